# Loopscope's regular expressions (for `re`): what the parser and the matcher share —
# the flag bits, `re.error`, and character classes (`CharClass`: characters, ranges,
# categories such as Unicode `\w` by str.isalnum's rules, case folding).

FLAG_TEMPLATE = 1
FLAG_IGNORECASE = 2
FLAG_LOCALE = 4
FLAG_MULTILINE = 8
FLAG_DOTALL = 16
FLAG_UNICODE = 32
FLAG_VERBOSE = 64
FLAG_DEBUG = 128
FLAG_ASCII = 256

_FLAG_LETTERS = {'i': FLAG_IGNORECASE, 'L': FLAG_LOCALE, 'm': FLAG_MULTILINE,
                 's': FLAG_DOTALL, 'x': FLAG_VERBOSE, 'a': FLAG_ASCII, 'u': FLAG_UNICODE}
_TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

_DIGITS = '0123456789'
_OCT = '01234567'
_HEX = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_SIMPLE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                   'v': '\v', '\\': '\\'}
_CATEGORIES = 'dDsSwW'


class error(Exception):
    """A pattern that is not a regular expression: `msg`, and where (`pattern`, `pos`,
    `lineno`, `colno`)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        else:
            self.lineno = None
            self.colno = None
            text = msg
        Exception.__init__(self, text)


error.__module__ = 're'



def _hex_prefix(digits):
    out = ''
    for d in digits:
        if d not in _HEX:
            break
        out += d
    return out


def _case_set(c, ascii_only):
    """The characters that match `c` when case is ignored: itself, its lower, upper and
    title cases, and the rest of its set in `_FOLD_SETS`."""
    if ascii_only:
        if c.isascii():
            return frozenset((c, c.lower(), c.upper()))
        return frozenset((c,))
    out = {c}
    for v in (c.lower(), c.upper(), c.swapcase(), c.title()):
        if len(v) == 1:
            out.add(v)
    more = _FOLD.get(c)
    if more is not None:
        out.update(more)
    return frozenset(out)


# Characters sre takes as one when case is ignored beyond a character's lower, upper and
# title cases (Unicode's simple case mappings, such as KELVIN SIGN with k and K, or the
# Greek symbol forms), derived from python3 3.11.
_FOLD_SETS = ('Ii\u0131\u0130', 'Kk\u212a', 'Ss\u017f', '\u00b5\u039c\u03bc',
              '\u00c5\u00e5\u212b', '\u00df\u1e9e', '\u0345\u0399\u03b9\u1fbe',
              '\u0392\u03b2\u03d0', '\u0395\u03b5\u03f5', '\u0398\u03b8\u03d1\u03f4',
              '\u039a\u03ba\u03f0', '\u03a0\u03c0\u03d6', '\u03a1\u03c1\u03f1',
              '\u03a3\u03c2\u03c3', '\u03a6\u03c6\u03d5', '\u03a9\u03c9\u2126',
              '\u0412\u0432\u1c80', '\u0414\u0434\u1c81', '\u041e\u043e\u1c82',
              '\u0421\u0441\u1c83', '\u0422\u0442\u1c84\u1c85', '\u042a\u044a\u1c86',
              '\u0462\u0463\u1c87', '\u1c88\ua64a\ua64b', '\u1e60\u1e61\u1e9b',
              '\u0390\u1fd3', '\u03b0\u1fe3', '\ufb05\ufb06')
_FOLD = {}
for _set in _FOLD_SETS:
    for _ch in _set:
        _FOLD[_ch] = _set
del _set, _ch


class CharClass:
    """A character class: characters, code-point ranges and categories (`da` is ASCII
    digits, `wu` Unicode word characters, …), negated or not; answers from a cache."""

    __slots__ = ('negated', 'chars', 'ranges', 'cats', 'icase', 'ascii_case', 'cache')

    def __init__(self, negated, chars, ranges, cats, icase, ascii_case):
        self.negated = negated
        self.chars = frozenset(chars)
        self.ranges = tuple(ranges)
        self.cats = tuple(cats)
        self.icase = icase
        self.ascii_case = ascii_case
        self.cache = {}

    def test(self, ch):
        r = self.cache.get(ch)
        if r is None:
            r = self.compute(ch)
            self.cache[ch] = r
        return r

    def compute(self, ch):
        if self.icase:
            found = False
            for v in _case_set(ch, self.ascii_case):
                if self.positive(v):
                    found = True
                    break
        else:
            found = self.positive(ch)
        return found != self.negated

    def positive(self, ch):
        if ch in self.chars:
            return True
        o = ord(ch)
        for lo, hi in self.ranges:
            if lo <= o <= hi:
                return True
        for cat in self.cats:
            if category(cat, ch):
                return True
        return False


def category(cat, ch):
    kind = cat[0]
    if cat[1] == 'a':
        if kind == 'd':
            return '0' <= ch <= '9'
        if kind == 'D':
            return not ('0' <= ch <= '9')
        if kind == 's':
            return ch in _WHITESPACE
        if kind == 'S':
            return ch not in _WHITESPACE
        word = ch.isascii() and (ch.isalnum() or ch == '_')
        return word if kind == 'w' else not word
    if kind == 'd':
        return ch.isdecimal()
    if kind == 'D':
        return not ch.isdecimal()
    if kind == 's':
        return ch.isspace() or ch in '\x1c\x1d\x1e\x1f'
    if kind == 'S':
        return not (ch.isspace() or ch in '\x1c\x1d\x1e\x1f')
    word = ch.isalnum() or ch == '_'
    return word if kind == 'w' else not word
