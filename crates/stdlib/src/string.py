"""Loopscope's string: the character-class constants, capwords, and Template ($-style
substitution with CPython 3.11's placeholder rules and error messages)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, and join with sep (or one space)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


_ID_START = "_" + ascii_letters
_ID_CHARS = _ID_START + digits


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (kind, start, end, name) for each placeholder: kind is 'escaped',
        'named', 'braced' or 'invalid'."""
        s = self.template
        delim = self.delimiter
        i = 0
        while True:
            i = s.find(delim, i)
            if i < 0:
                return
            j = i + len(delim)
            if s.startswith(delim, j):
                yield "escaped", i, j + len(delim), None
                i = j + len(delim)
                continue
            if j < len(s) and s[j] in _ID_START:
                k = j + 1
                while k < len(s) and s[k] in _ID_CHARS:
                    k += 1
                yield "named", i, k, s[j:k]
                i = k
                continue
            if j < len(s) and s[j] == "{" and j + 1 < len(s) and s[j + 1] in _ID_START:
                k = j + 2
                while k < len(s) and s[k] in _ID_CHARS:
                    k += 1
                if k < len(s) and s[k] == "}":
                    yield "braced", i, k + 1, s[j + 1:k]
                    i = k + 1
                    continue
            yield "invalid", i, j, None
            i = j

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _substitute(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        out = []
        pos = 0
        for kind, start, end, name in self._scan():
            out.append(self.template[pos:start])
            pos = end
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(end)
                out.append(self.template[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.template[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(self.template[pos:])
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if kind == "invalid":
                self._invalid(end)
            if name is not None and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        return all(kind != "invalid" for kind, _, _, _ in self._scan())
