# Loopscope's re, its replacement templates (for `re.sub` and `Match.expand`): `\1`,
# `\g<name>`, `\g<0>` and the escapes CPython 3.11 accepts there, with its errors.

from _re_chars import error

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                     'v': '\v', '\\': '\\'}
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _parse_template(pattern, template):
    """A template as a list of literal strings and group numbers."""
    is_bytes = not isinstance(template, str)
    text = bytes(template).decode('latin-1') if is_bytes else template
    items = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups

    def err(msg, pos):
        return error(msg, template, pos)

    while i < n:
        c = text[i]
        if c != '\\':
            j = text.find('\\', i)
            if j < 0:
                j = n
            lit.append(text[i:j])
            i = j
            continue
        here = i
        i += 1
        if i >= n:
            raise err('bad escape (end of pattern)', here)
        c = text[i]
        i += 1
        gid = None
        if c == 'g':
            if i >= n or text[i] != '<':
                raise err('missing <', i)
            i += 1
            j = text.find('>', i)
            if j < 0:
                if i >= n:
                    raise err('missing group name', i)
                raise err('missing >, unterminated name', i)
            name = text[i:j]
            if not name:
                raise err('missing group name', i)
            if name.isdecimal() and name.isascii():
                gid = int(name)
                if gid > groups:
                    raise err('invalid group reference %d' % gid, i)
            elif name.isidentifier():
                gid = pattern.groupindex.get(name)
                if gid is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                raise err('bad character in group name %r' % name, i)
            i = j + 1
        elif c == '0':
            j = i
            while j < n and j < i + 2 and text[j] in '01234567':
                j += 1
            lit.append(chr(int('0' + text[i:j], 8)))
            i = j
        elif c in '123456789':
            if (i + 1 < n + 0 and c in '01234567' and text[i] in '01234567'
                    and i + 1 < n and text[i + 1] in '01234567'):
                value = int(text[here + 1:here + 4], 8)
                if value > 0o377:
                    raise err('octal escape value %s outside of range 0-0o377'
                              % text[here:here + 4], here)
                lit.append(chr(value))
                i = here + 4
                continue
            j = i
            if j < n and text[j] in '0123456789':
                j += 1
            gid = int(text[here + 1:j])
            if gid > groups:
                raise err('invalid group reference %d' % gid, here + 1)
            i = j
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c in _LETTERS:
            raise err('bad escape \\' + c, here)
        else:
            lit.append('\\' + c)
        if gid is not None:
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(gid)
    if lit:
        items.append(''.join(lit))
    if is_bytes:
        items = [it.encode('latin-1') if isinstance(it, str) else it for it in items]
    return items


def template_items(pattern, template):
    """`template` as a list of literal pieces and group numbers (cached)."""
    if pattern._bytes:
        if isinstance(template, str):
            raise TypeError('expected a bytes-like object, str found')
        template = bytes(template)
    elif not isinstance(template, str):
        raise TypeError('expected str instance, %s found' % type(template).__name__)
    key = (type(template), template, pattern)
    items = _template_cache.get(key)
    if items is None:
        if (b'\\' if pattern._bytes else '\\') not in template:
            items = [template] if template else []
        else:
            items = _parse_template(pattern, template)
        if len(_template_cache) >= 512:
            _template_cache.clear()
        _template_cache[key] = items
    return items


def expand(m, items):
    """A Match's expansion of template items."""
    out = []
    for it in items:
        if isinstance(it, int):
            v = m._get(it)
            if v is not None:
                out.append(v)
        else:
            out.append(it)
    return m._src[0:0].join(out)


_template_cache = {}


def clear():
    _template_cache.clear()
