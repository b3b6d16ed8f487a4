# Loopscope's regular-expression parser (for `re`): turns a pattern into a tree of tuples
# that `_re_match` compiles into a program, resolving the flags in force at each node, and
# raises `re.error` with CPython 3.11's messages and positions.
#
# Nodes: ('lit', ch) · ('one', kind, arg) a single character (see `_re_match`) ·
# ('cat', [nodes]) · ('alt', [nodes]) · ('group', index, node) · ('rep', min, max, greedy,
# node) with max None for no limit · ('atomic', node) · ('at', kind) · ('ref', index,
# icase) · ('look', behind, negative, node) · ('cond', index, yes, no).

from _re_chars import (FLAG_ASCII, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE,
                       FLAG_DOTALL, FLAG_UNICODE, FLAG_VERBOSE, MAXGROUPS,
                       MAXREPEAT, _DIGITS, _WHITESPACE, _FLAG_LETTERS, _TYPE_FLAGS,
                       _case_set, error)
from _re_compile import width
from _re_escape import EscapeParser


class _State:
    """What the parse knows so far: flags, groups (numbers, names, which are open)."""

    def __init__(self, flags, original):
        self.flags = flags
        self.original = original
        self.groups = 1
        self.names = {}
        self.open = set()
        self.grouprefpos = {}

    def open_group(self, name, at):
        gid = self.groups
        self.groups += 1
        if self.groups > MAXGROUPS:
            raise self.error('too many groups', at)
        if name is not None:
            old = self.names.get(name)
            if old is not None:
                raise self.error('redefinition of group name %r as group %d; was group %d'
                                 % (name, gid, old), at)
            self.names[name] = gid
        self.open.add(gid)
        return gid

    def error(self, msg, pos):
        return error(msg, self.original, pos)


class Parser(EscapeParser):
    def __init__(self, text, original, flags, is_bytes):
        self.s = text
        self.n = len(text)
        self.i = 0
        self.is_bytes = is_bytes
        self.state = _State(flags, original)
        # CPython reads a backslash and the character after it as one token, one token
        # ahead: a pattern ending in a lone backslash fails there as soon as the parse
        # has read what comes before it.
        self.trailing = None
        i = 0
        while i < self.n:
            if text[i] == '\\':
                if i + 1 == self.n:
                    self.trailing = i
                i += 2
            else:
                i += 1

    def error(self, msg, pos=None):
        if self.trailing is not None and self.i >= self.trailing:
            return self.state.error('bad escape (end of pattern)', self.trailing)
        return self.state.error(msg, self.i if pos is None else pos)

    def token(self, at):
        """The token at `at` as CPython names it in messages: a character, or a
        backslash and the character after it."""
        if self.s[at] == '\\':
            return self.s[at:at + 2]
        return self.s[at]

    # -- the structure -------------------------------------------------------------------

    def parse(self):
        node = self.parse_alt(0, True)
        if self.i < self.n:
            # Only a ')' stops the top-level alternation early.
            raise self.error('unbalanced parenthesis')
        return node

    def parse_alt(self, depth, top):
        start = self.i
        branches = [self.parse_seq(depth, top and start == 0)]
        while self.i < self.n and self.s[self.i] == '|':
            self.i += 1
            branches.append(self.parse_seq(depth, False))
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def skip_verbose(self):
        s = self.s
        while self.i < self.n:
            c = s[self.i]
            if c in _WHITESPACE:
                self.i += 1
            elif c == '#':
                j = s.find('\n', self.i)
                self.i = self.n if j < 0 else j + 1
                if self.trailing is not None and self.i > self.trailing:
                    raise self.error('bad escape (end of pattern)')
            else:
                break

    def parse_seq(self, depth, at_start):
        items = []
        s = self.s
        while True:
            if self.state.flags & FLAG_VERBOSE:
                self.skip_verbose()
            if self.i >= self.n:
                break
            c = s[self.i]
            if c == '|' or c == ')':
                break
            here = self.i
            if c in '*+?{':
                rep = self.parse_repeat_bounds()
                if rep is None:
                    # A '{' that does not start {m,n} is a literal.
                    self.i += 1
                    items.append(self.lit('{'))
                    continue
                lo, hi = rep
                if not items or items[-1][0] == 'at' or items[-1] is None:
                    raise self.error('nothing to repeat', here)
                last = items[-1]
                if last[0] == 'rep' or last[0] == 'atomic_rep':
                    raise self.error('multiple repeat', here)
                if last[0] == 'flagsonly':
                    raise self.error('nothing to repeat', here)
                greedy = True
                possessive = False
                if self.i < self.n and s[self.i] == '?':
                    self.i += 1
                    greedy = False
                elif self.i < self.n and s[self.i] == '+':
                    self.i += 1
                    possessive = True
                node = ('rep', lo, hi, greedy, last)
                if possessive:
                    node = ('atomic_rep', node)
                items[-1] = node
                continue
            self.i += 1
            if c == '(':
                node = self.parse_group(here, depth, at_start and all(
                    it[0] == 'flagsonly' for it in items))
                if node is None:
                    continue
                items.append(node)
            elif c == '[':
                items.append(self.parse_class(here))
            elif c == '.':
                kind = 'anyall' if self.state.flags & FLAG_DOTALL else 'any'
                items.append(('one', kind, None))
            elif c == '^':
                items.append(('at', 'bol_m' if self.state.flags & FLAG_MULTILINE else 'bos'))
            elif c == '$':
                items.append(('at', 'eol_m' if self.state.flags & FLAG_MULTILINE else 'eol'))
            elif c == '\\':
                items.append(self.parse_escape(here))
            else:
                items.append(self.lit(c))
        items = [('atomic', it[1]) if it[0] == 'atomic_rep' else it for it in items]
        if len(items) == 1:
            return items[0]
        return ('cat', items)

    def lit(self, c):
        if self.state.flags & FLAG_IGNORECASE:
            folded = _case_set(c, self.ascii_case())
            if len(folded) > 1:
                return ('one', 'litset', folded)
        return ('lit', c)

    def ascii_case(self):
        return self.is_bytes or bool(self.state.flags & (FLAG_ASCII | FLAG_LOCALE))

    def parse_repeat_bounds(self):
        """At one of '*+?{': the bounds of a repeat, or None for a literal '{'."""
        s = self.s
        c = s[self.i]
        if c == '*':
            self.i += 1
            return 0, None
        if c == '+':
            self.i += 1
            return 1, None
        if c == '?':
            self.i += 1
            return 0, 1
        start = self.i
        j = self.i + 1
        while j < self.n and s[j] in _DIGITS:
            j += 1
        lo_text = s[self.i + 1:j]
        hi_text = lo_text
        comma = False
        if j < self.n and s[j] == ',':
            comma = True
            k = j + 1
            while k < self.n and s[k] in _DIGITS:
                k += 1
            hi_text = s[j + 1:k]
            j = k
        if j >= self.n or s[j] != '}' or (not lo_text and j == start + 1):
            return None
        if not lo_text and not comma:
            return None
        self.i = j + 1
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else None
        if lo >= MAXREPEAT or (hi is not None and hi >= MAXREPEAT):
            raise OverflowError('the repetition number is too large')
        if hi is not None and hi < lo:
            raise self.error('min repeat greater than max repeat', start + 1)
        return lo, hi

    def find_token(self, terminator):
        """Where `terminator` next stands as a token of its own (not escaped), or -1."""
        s = self.s
        j = self.i
        while j < self.n:
            c = s[j]
            if c == terminator:
                return j
            j += 2 if c == '\\' else 1
        return -1

    def parse_name(self, terminator):
        s = self.s
        j = self.find_token(terminator)
        if j < 0:
            at = self.i
            self.i = self.n
            if at >= self.n:
                raise self.error('missing group name', at)
            raise self.error('missing %s, unterminated name' % terminator, at)
        at = self.i
        name = s[at:j]
        self.i = j + 1
        if not name:
            raise self.error('missing group name', at)
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, at)
        return name

    def parse_group(self, here, depth, at_start):
        s = self.s
        if self.i < self.n and s[self.i] == '?':
            self.i += 1
            if self.i >= self.n:
                raise self.error('unexpected end of pattern')
            c = s[self.i]
            self.i += 2 if c == '\\' else 1
            if c == ':':
                return self.finish_group(here, None, depth)
            if c == 'P':
                if self.i >= self.n:
                    raise self.error('unexpected end of pattern')
                c2_at = self.i
                c2 = s[self.i]
                self.i += 2 if c2 == '\\' else 1
                if c2 == '<':
                    name_at = self.i
                    name = self.parse_name('>')
                    gid = self.state.open_group(name, name_at)
                    return self.finish_group(here, gid, depth)
                if c2 == '=':
                    name_at = self.i
                    name = self.parse_name(')')
                    gid = self.state.names.get(name)
                    if gid is None:
                        raise self.error('unknown group name %r' % name, name_at)
                    if gid in self.state.open:
                        raise self.error('cannot refer to an open group', name_at)
                    return ('ref', gid, bool(self.state.flags & FLAG_IGNORECASE))
                raise self.error('unknown extension ?P' + self.token(c2_at), here + 1)
            if c == '#':
                j = self.find_token(')')
                if j < 0:
                    self.i = self.n
                    raise self.error('missing ), unterminated comment', here)
                self.i = j + 1
                return None
            if c == '=' or c == '!':
                node = self.parse_alt(depth + 1, False)
                self.close(here)
                return ('look', False, c == '!', node)
            if c == '<':
                if self.i >= self.n:
                    raise self.error('unexpected end of pattern')
                c2_at = self.i
                c2 = s[self.i]
                self.i += 2 if c2 == '\\' else 1
                if c2 == '=' or c2 == '!':
                    node = self.parse_alt(depth + 1, False)
                    self.close(here)
                    lo, hi = width(node)
                    if lo != hi:
                        raise error('look-behind requires fixed-width pattern')
                    return ('look', True, c2 == '!', node)
                raise self.error('unknown extension ?<' + self.token(c2_at), here + 1)
            if c == '>':
                node = self.parse_alt(depth + 1, False)
                self.close(here)
                return ('atomic', node)
            if c == '(':
                return self.parse_conditional(here, depth)
            if c in _FLAG_LETTERS or c == '-':
                return self.parse_flags(here, c, depth, at_start)
            raise self.error('unknown extension ?' + self.token(here + 2), here + 1)
        gid = self.state.open_group(None, here)
        return self.finish_group(here, gid, depth)

    def close(self, here):
        if self.i >= self.n or self.s[self.i] != ')':
            raise self.error('missing ), unterminated subpattern', here)
        self.i += 1

    def finish_group(self, here, gid, depth):
        node = self.parse_alt(depth + 1, False)
        self.close(here)
        if gid is None:
            return node if node[0] != 'rep' else ('cat', [node])
        self.state.open.discard(gid)
        return ('group', gid, node)

    def parse_conditional(self, here, depth):
        s = self.s
        name_at = self.i
        j = self.find_token(')')
        if j < 0:
            self.i = self.n
            if name_at >= self.n:
                raise self.error('missing group name', name_at)
            raise self.error('missing ), unterminated name', name_at)
        name = s[self.i:j]
        self.i = j + 1
        if not name:
            raise self.error('missing group name', name_at)
        if name.isidentifier():
            gid = self.state.names.get(name)
            if gid is None:
                raise self.error('unknown group name %r' % name, name_at)
        else:
            # CPython reads the number with int(), spaces, sign and underscores allowed.
            try:
                gid = int(name)
            except ValueError:
                gid = -1
            if gid < 0:
                raise self.error('bad character in group name %r' % name, name_at)
            if gid == 0:
                raise self.error('bad group number', name_at)
            if gid >= MAXGROUPS:
                raise self.error('invalid group reference %d' % gid, name_at)
        yes = self.parse_seq(depth + 1, False)
        no = None
        if self.i < self.n and s[self.i] == '|':
            self.i += 1
            no = self.parse_seq(depth + 1, False)
            if self.i < self.n and s[self.i] == '|':
                raise self.error('conditional backref with more than two branches')
        self.close(here)
        self.state.grouprefpos.setdefault(gid, name_at)
        return ('cond', gid, yes, no)

    def parse_flags(self, here, c, depth, at_start):
        s = self.s
        add = 0
        remove = 0
        while c in _FLAG_LETTERS:
            flag = _FLAG_LETTERS[c]
            if self.is_bytes and flag == FLAG_UNICODE:
                raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            if not self.is_bytes and flag == FLAG_LOCALE:
                raise self.error("bad inline flags: cannot use 'L' flag with a str pattern")
            add |= flag
            kinds = add & _TYPE_FLAGS
            if kinds & (kinds - 1):
                raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            if self.i >= self.n:
                raise self.error('missing -, : or )')
            c = s[self.i]
            self.i += 2 if c == '\\' else 1
        if c == ')':
            if not at_start:
                raise self.error('global flags not at the start of the expression', here)
            if (add & _TYPE_FLAGS) and (add & _TYPE_FLAGS) & ((add & _TYPE_FLAGS) - 1):
                raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            self.state.flags |= add
            return ('flagsonly',)
        if c == '-':
            if self.i >= self.n:
                raise self.error('missing flag')
            c = s[self.i]
            self.i += 2 if c == '\\' else 1
            if c not in _FLAG_LETTERS:
                msg = 'unknown flag' if c.isalpha() else 'missing flag'
                raise self.error(msg, self.i - (2 if c == '\\' else 1))
            while c in _FLAG_LETTERS:
                flag = _FLAG_LETTERS[c]
                if flag & _TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                remove |= flag
                if self.i >= self.n:
                    raise self.error('missing :')
                c = s[self.i]
                self.i += 2 if c == '\\' else 1
            if c != ':':
                msg = 'unknown flag' if c.isalpha() else 'missing :'
                raise self.error(msg, self.i - (2 if c == '\\' else 1))
        elif c != ':':
            msg = 'unknown flag' if c.isalpha() else 'missing -, : or )'
            raise self.error(msg, self.i - (2 if c == '\\' else 1))
        if add & remove:
            raise self.error('bad inline flags: flag turned on and off', self.i - 1)
        saved = self.state.flags
        flags = saved | add
        if add & _TYPE_FLAGS:
            flags = (flags & ~_TYPE_FLAGS) | (add & _TYPE_FLAGS)
        self.state.flags = flags & ~remove
        try:
            node = self.parse_alt(depth + 1, False)
        finally:
            self.state.flags = saved
        self.close(here)
        return node if node[0] != 'rep' else ('cat', [node])

    # -- escapes -------------------------------------------------------------------------


def parse(pattern, flags):
    """(tree, flags, groups, groupindex) of a str or bytes pattern."""
    is_bytes = not isinstance(pattern, str)
    text = pattern.decode('latin-1') if is_bytes else pattern
    p = Parser(text, pattern, flags, is_bytes)
    tree = p.parse()
    tree = _strip_flags(tree)
    st = p.state
    for gid, at in st.grouprefpos.items():
        if gid >= st.groups:
            raise error('invalid group reference %d' % gid, pattern, at)
    return tree, st.flags, st.groups - 1, st.names


def _strip_flags(node):
    """The tree without the ('flagsonly',) markers global inline flags leave."""
    k = node[0]
    if k == 'flagsonly':
        return ('cat', [])
    if k == 'cat':
        return ('cat', [_strip_flags(n) for n in node[1] if n[0] != 'flagsonly'])
    if k == 'alt':
        return ('alt', [_strip_flags(n) for n in node[1]])
    if k == 'group':
        return ('group', node[1], _strip_flags(node[2]))
    if k == 'rep':
        return ('rep', node[1], node[2], node[3], _strip_flags(node[4]))
    if k == 'atomic':
        return ('atomic', _strip_flags(node[1]))
    if k == 'look':
        return ('look', node[1], node[2], _strip_flags(node[3]))
    if k == 'cond':
        no = node[3]
        return ('cond', node[1], _strip_flags(node[2]),
                None if no is None else _strip_flags(no))
    return node
