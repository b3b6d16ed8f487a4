# Loopscope's re: regular expressions with CPython 3.11's behaviour, written anew. The
# parser is `_re_parse` (with `_re_escape` for escapes and classes), what the modules share
# `_re_chars` (flags, `re.error`, character classes), the compiler to a flat program
# `_re_compile`, the backtracking matcher `_re_match`, sub's templates `_re_template`; here
# are RegexFlag, Pattern and Match, the module's functions and the cache of compiled
# patterns. bytes patterns and subjects run as their latin-1 decoding.

import enum

import _re_chars
import _re_compile
import _re_parse
import _re_template
import _re_match
from _re_chars import error

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I',
           'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

__version__ = '2.2.1'

_MAXSIZE = 9223372036854775807


class RegexFlag(enum.IntFlag):
    ASCII = A = _re_chars.FLAG_ASCII
    IGNORECASE = I = _re_chars.FLAG_IGNORECASE
    LOCALE = L = _re_chars.FLAG_LOCALE
    UNICODE = U = _re_chars.FLAG_UNICODE
    MULTILINE = M = _re_chars.FLAG_MULTILINE
    DOTALL = S = _re_chars.FLAG_DOTALL
    VERBOSE = X = _re_chars.FLAG_VERBOSE
    TEMPLATE = T = _re_chars.FLAG_TEMPLATE
    DEBUG = _re_chars.FLAG_DEBUG
    NOFLAG = 0

    def __repr__(self):
        value = self._value_
        if value == 0:
            return 're.NOFLAG'
        names = []
        rest = value
        for m in RegexFlag:
            if m._value_ & value:
                names.append('re.' + m._name_)
                rest &= ~m._value_
        if rest:
            names.append(hex(rest))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)


A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG
NOFLAG = RegexFlag.NOFLAG

# The order Pattern's repr names flags in.
_REPR_FLAGS = (('re.TEMPLATE', 1), ('re.IGNORECASE', 2), ('re.LOCALE', 4),
               ('re.MULTILINE', 8), ('re.DOTALL', 16), ('re.UNICODE', 32),
               ('re.VERBOSE', 64), ('re.DEBUG', 128), ('re.ASCII', 256))


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags, prog, groups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self._prog = prog
        self.groups = groups
        self.groupindex = _mappingproxy(dict(groupindex))
        self._bytes = not isinstance(pattern, str)
        self._names = {v: k for k, v in groupindex.items()}

    def __repr__(self):
        flags = self.flags
        if not self._bytes and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    # -- running -------------------------------------------------------------------------

    def _subject(self, string):
        """The text to match of a subject: a bytes-like subject decodes as latin-1."""
        if self._bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            if isinstance(string, bytearray):
                string = bytes(string)
            elif not isinstance(string, bytes):
                raise TypeError("expected string or bytes-like object, got %r"
                                % type(string).__name__)
            return string.decode('latin-1')
        if isinstance(string, str):
            return string
        if isinstance(string, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(string).__name__)

    def _run(self, string, pos, endpos, anchored, match_all):
        text = self._subject(string)
        n = len(text)
        pos, endpos = _bounds(pos, endpos, n)
        if endpos < pos:
            return None
        found = _re_match.search(self._prog, text, pos, endpos, self.groups, anchored,
                                 match_all, False)
        if found is None:
            return None
        return Match(self, string, pos, endpos, found)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, True, False)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, True, True)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, False, False)

    def _iter(self, string, pos=0, endpos=_MAXSIZE):
        # The subject is checked at once, the matches found as they are asked for.
        text = self._subject(string)
        pos, endpos = _bounds(pos, endpos, len(text))
        found = _re_match.iterate(self._prog, text, pos, endpos, self.groups)
        return (Match(self, string, pos, endpos, f) for f in found)

    def _raw(self, string):
        """(matches as (start, end, marks), the subject to slice)."""
        text = self._subject(string)
        src = bytes(string) if isinstance(string, bytearray) else string
        return _re_match.iterate(self._prog, text, 0, len(text), self.groups), src

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        text = self._subject(string)
        src = bytes(string) if isinstance(string, bytearray) else string
        pos, endpos = _bounds(pos, endpos, len(text))
        out = []
        groups = self.groups
        empty = src[0:0]
        for a, b, marks in _re_match.iterate(self._prog, text, pos, endpos, groups):
            if groups == 0:
                out.append(src[a:b])
            elif groups == 1:
                out.append(src[marks[2]:marks[3]] if marks[2] >= 0 and marks[3] >= 0
                           else empty)
            else:
                out.append(tuple(src[marks[i]:marks[i + 1]]
                                 if marks[i] >= 0 and marks[i + 1] >= 0 else empty
                                 for i in range(2, 2 * groups + 2, 2)))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        found, src = self._raw(string)
        groups = self.groups
        for a, b, marks in found:
            if maxsplit and n >= maxsplit:
                break
            out.append(src[last:a])
            for i in range(2, 2 * groups + 2, 2):
                if marks[i] >= 0 and marks[i + 1] >= 0:
                    out.append(src[marks[i]:marks[i + 1]])
                else:
                    out.append(None)
            last = b
            n += 1
        out.append(src[last:])
        return out

    def subn(self, repl, string, count=0):
        items = None if callable(repl) else _re_template.template_items(self, repl)
        pieces = []
        last = 0
        n = 0
        found, src = self._raw(string)
        for got in found:
            if count and n >= count:
                break
            a, b, marks = got
            pieces.append(src[last:a])
            if items is None:
                r = repl(Match(self, string, 0, len(src), got))
                if r is not None:
                    pieces.append(r)
            else:
                for it in items:
                    if it.__class__ is not int:
                        pieces.append(it)
                    elif it == 0:
                        pieces.append(src[a:b])
                    elif marks[2 * it] >= 0 and marks[2 * it + 1] >= 0:
                        pieces.append(src[marks[2 * it]:marks[2 * it + 1]])
            last = b
            n += 1
        pieces.append(src[last:])
        return src[0:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __class_getitem__(cls, item):
        return cls


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern._iter(string, pos, endpos)

    def search(self):
        return next(self._it, None)


def _bounds(pos, endpos, n):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, found):
        self.re = pattern
        self.string = string
        # Groups of a bytearray subject are bytes.
        self._src = bytes(string) if isinstance(string, bytearray) else string
        self.pos = pos
        self.endpos = endpos
        start, end, marks = found
        marks[1] = end
        last = marks[0]
        marks[0] = start
        self._marks = marks
        self.lastindex = None if last < 0 else last
        self.lastgroup = None if last < 0 else pattern._names.get(last)

    def _index(self, g):
        if isinstance(g, str):
            idx = self.re.groupindex.get(g)
            if idx is not None:
                return idx
            raise IndexError('no such group')
        try:
            g = g.__index__()
        except Exception:
            raise IndexError('no such group') from None
        if 0 <= g <= self.re.groups:
            return g
        raise IndexError('no such group')

    def _get(self, idx, default=None):
        a = self._marks[2 * idx]
        b = self._marks[2 * idx + 1]
        if a < 0 or b < 0:
            return default
        return self._src[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(idx, default) for name, idx in self.re.groupindex.items()}

    def start(self, group=0):
        idx = self._index(group)
        a = self._marks[2 * idx]
        return a if a >= 0 and self._marks[2 * idx + 1] >= 0 else -1

    def end(self, group=0):
        idx = self._index(group)
        b = self._marks[2 * idx + 1]
        return b if b >= 0 and self._marks[2 * idx] >= 0 else -1

    def span(self, group=0):
        idx = self._index(group)
        return self.start(idx), self.end(idx)

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def expand(self, template):
        return _re_template.expand(self, _re_template.template_items(self.re, template))

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


# -- the module's functions -----------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


class _mappingproxy(dict):
    """A read-only view of the group names, printed as CPython's mappingproxy."""

    def __repr__(self):
        return 'mappingproxy(%r)' % (dict(self),)

    def __str__(self):
        return repr(dict(self))

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = _readonly
    __delitem__ = _readonly


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    flags = int(flags)
    is_bytes = isinstance(pattern, bytes)
    if is_bytes:
        if flags & _re_chars.FLAG_UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & _re_chars.FLAG_LOCALE and flags & _re_chars.FLAG_ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    else:
        if flags & _re_chars.FLAG_LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & _re_chars.FLAG_ASCII and flags & _re_chars.FLAG_UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    tree, final_flags, groups, names = _re_parse.parse(pattern, flags)
    if not is_bytes and not final_flags & _re_chars.FLAG_ASCII:
        final_flags |= _re_chars.FLAG_UNICODE
    prog = _re_compile.compile_tree(tree)
    p = Pattern(pattern, final_flags, prog, groups, names)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression caches."""
    _cache.clear()
    _re_template.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


class Scanner:
    """A simple tokenizer: `lexicon` is (pattern, action) pairs tried in order at each
    place; `scan` returns the actions' results and the text no pattern matched."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._phrases = [(_compile(phrase, flags), action) for phrase, action in lexicon]

    def scan(self, string):
        result = []
        i = 0
        while True:
            for phrase, action in self._phrases:
                m = phrase.match(string, i)
                if m is not None:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    text = bytes(pattern).decode('latin-1')
    return ''.join('\\' + c if c in _SPECIAL else c for c in text).encode('latin-1')


Pattern.__module__ = 're'
Match.__module__ = 're'
