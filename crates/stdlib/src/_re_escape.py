# Loopscope's regular-expression parser, its escapes and character classes (for
# `re`): `\d`, `\x41`, octal escapes and group references, `[a-z\s]`, with CPython
# 3.11's errors. `_re_parse.Parser` inherits these methods.

from _re_chars import (FLAG_ASCII, FLAG_IGNORECASE, FLAG_LOCALE, _ASCII_LETTERS,
                       _CATEGORIES, _DIGITS, _HEX, _OCT, _SIMPLE_ESCAPES, _hex_prefix,
                       CharClass)


class EscapeParser:
    """Escapes and classes; the parser that inherits this gives `s`, `n`, `i`,
    `is_bytes`, `state`, `error`, `lit` and `ascii_case`."""

    def category(self, c):
        flags = self.state.flags
        ascii = self.is_bytes or bool(flags & (FLAG_ASCII | FLAG_LOCALE))
        return ('one', 'class', CharClass(False, (), (), (c + ('a' if ascii else 'u'),),
                                          False, True))

    def parse_escape(self, here):
        s = self.s
        if self.i >= self.n:
            raise self.error('bad escape (end of pattern)', here)
        c = s[self.i]
        self.i += 1
        if c in _CATEGORIES:
            return self.category(c)
        if c == 'A':
            return ('at', 'bos')
        if c == 'Z':
            return ('at', 'eos')
        if c == 'b' or c == 'B':
            ascii = self.is_bytes or bool(self.state.flags & (FLAG_ASCII | FLAG_LOCALE))
            return ('at', c + ('a' if ascii else 'u'))
        if c == '0':
            j = self.i
            while j < self.n and j < self.i + 2 and s[j] in _OCT:
                j += 1
            value = int('0' + s[self.i:j], 8)
            self.i = j
            return self.lit(chr(value))
        if c in '123456789':
            # Three octal digits make a character, otherwise one or two digits a group.
            if (self.i + 1 < self.n and c in _OCT and s[self.i] in _OCT
                    and s[self.i + 1] in _OCT):
                value = int(s[here + 1:here + 4], 8)
                if value > 0o377:
                    raise self.error('octal escape value \\%s outside of range 0-0o377'
                                     % s[here + 1:here + 4], here)
                self.i = here + 4
                return self.lit(chr(value))
            j = self.i
            if j < self.n and s[j] in _DIGITS:
                j += 1
            gid = int(s[here + 1:j])
            self.i = j
            if gid >= self.state.groups:
                raise self.error('invalid group reference %d' % gid, here + 1)
            if gid in self.state.open:
                raise self.error('cannot refer to an open group', here)
            return ('ref', gid, bool(self.state.flags & FLAG_IGNORECASE))
        ch = self.char_escape(c, here)
        return self.lit(ch)

    def char_escape(self, c, here):
        """The character an escape `\\c` (its backslash at `here`) stands for, outside or
        inside a class: simple escapes, \\x, \\u, \\U, \\N and the non-letters."""
        s = self.s
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == 'x':
            digits = s[self.i:self.i + 2]
            if len(digits) < 2 or not all(d in _HEX for d in digits):
                self.i += len(_hex_prefix(digits))
                raise self.error('incomplete escape \\x' + _hex_prefix(digits), here)
            self.i += 2
            return chr(int(digits, 16))
        if (c == 'u' or c == 'U') and not self.is_bytes:
            size = 4 if c == 'u' else 8
            digits = s[self.i:self.i + size]
            if len(digits) < size or not all(d in _HEX for d in digits):
                self.i += len(_hex_prefix(digits))
                raise self.error('incomplete escape \\%s%s' % (c, _hex_prefix(digits)), here)
            self.i += size
            value = int(digits, 16)
            if value > 0x10FFFF:
                raise self.error('bad escape \\%s%s' % (c, digits), here)
            return chr(value)
        if c == 'N' and not self.is_bytes:
            if self.i >= self.n or s[self.i] != '{':
                raise self.error('missing {', self.i)
            j = s.find('}', self.i)
            if j < 0:
                if self.i + 1 >= self.n:
                    raise self.error('missing character name', self.i + 1)
                raise self.error('missing }, unterminated name', self.i + 1)
            name = s[self.i + 1:j]
            if not name:
                raise self.error('missing character name', self.i + 1)
            ok = all(ch in _ASCII_LETTERS or ch in _DIGITS or ch in ' -' for ch in name)
            try:
                if not ok:
                    raise ValueError(name)
                # A string literal's escape names the character (spelt in two pieces so
                # that this file does not make the page download the names table).
                ch = eval('"\\' + 'N{' + name + '}"')
            except (SyntaxError, ValueError):
                raise self.error('undefined character name %r' % name, here) from None
            self.i = j + 1
            return ch
        if c in _ASCII_LETTERS:
            raise self.error('bad escape \\' + c, here)
        return c

    # -- classes -------------------------------------------------------------------------

    def parse_class(self, here):
        s = self.s
        negated = False
        if self.i < self.n and s[self.i] == '^':
            negated = True
            self.i += 1
        chars = []
        ranges = []
        cats = []
        first = True
        ascii = self.is_bytes or bool(self.state.flags & (FLAG_ASCII | FLAG_LOCALE))
        while True:
            if self.i >= self.n:
                raise self.error('unterminated character set', here)
            c = s[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_at = self.i
            item = self.class_item()
            if (self.i + 1 < self.n and s[self.i] == '-' and s[self.i + 1] != ']'):
                self.i += 1
                item2 = self.class_item()
                if item[0] == 'cat' or item2[0] == 'cat':
                    raise self.error('bad character range %s' % s[item_at:self.i], item_at)
                lo = ord(item[1])
                hi = ord(item2[1])
                if hi < lo:
                    raise self.error('bad character range %s' % s[item_at:self.i], item_at)
                ranges.append((lo, hi))
            elif item[0] == 'cat':
                cats.append(item[1] + ('a' if ascii else 'u'))
            else:
                chars.append(item[1])
        icase = bool(self.state.flags & FLAG_IGNORECASE)
        if not negated and not ranges and not cats and len(chars) == 1:
            return self.lit(chars[0])
        return ('one', 'class', CharClass(negated, chars, ranges, cats, icase,
                                          self.ascii_case()))

    def class_item(self):
        s = self.s
        c = s[self.i]
        here = self.i
        self.i += 1
        if c != '\\':
            return ('ch', c)
        if self.i >= self.n:
            raise self.error('unterminated character set', here - 0)
        c = s[self.i]
        self.i += 1
        if c in _CATEGORIES:
            return ('cat', c)
        if c == 'b':
            return ('ch', '\b')
        if c in _OCT:
            j = self.i
            while j < self.n and j < self.i + 2 and s[j] in _OCT:
                j += 1
            value = int(s[here + 1:j], 8)
            if value > 0o377:
                raise self.error('octal escape value \\%s outside of range 0-0o377'
                                 % s[here + 1:j], here)
            self.i = j
            return ('ch', chr(value))
        if c in _DIGITS:
            raise self.error('bad escape \\' + c, here)
        return ('ch', self.char_escape(c, here))
