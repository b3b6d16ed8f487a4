"""decimal's text: numeric strings read as CPython's C decimal reads them (underscores
dropped anywhere, Unicode digits and spaces accepted), the scientific and engineering
strings of the specification, and format specs as libmpdec applies them.

Numbers travel as (sign, coefficient, exponent): a nonnegative int coefficient, and an
int exponent or 'F' (infinity), 'n' (NaN) or 'N' (sNaN) with the payload as coefficient.
"""

from _decimal_base import shed, ndigits, pow10


def _ascii_form(s):
    """s with underscores dropped and Unicode digits and spaces made ASCII, stripped;
    None if it holds another non-ASCII character."""
    if not s.isascii():
        chars = []
        for ch in s:
            if ch < '\x80':
                chars.append(ch)
            elif ch.isspace():
                chars.append(' ')
            elif ch.isdecimal():
                chars.append(str(int(ch)))
            else:
                return None
        s = ''.join(chars)
    if '_' in s:
        s = s.replace('_', '')
    return s.strip()


def parse(text):
    """(sign, coeff, exp) of a numeric string, or None if it is not one."""
    s = _ascii_form(text)
    if not s:
        return None
    sign = 0
    first = s[0]
    if first == '-' or first == '+':
        sign = 1 if first == '-' else 0
        s = s[1:]
        if not s:
            return None
    if not ('0' <= s[0] <= '9' or s[0] == '.'):
        low = s.lower()
        if low == 'inf' or low == 'infinity':
            return sign, 0, 'F'
        if low.startswith('nan'):
            kind, payload = 'n', s[3:]
        elif low.startswith('snan'):
            kind, payload = 'N', s[4:]
        else:
            return None
        if not payload:
            return sign, 0, kind
        if not payload.isdigit():
            return None
        return sign, int(payload), kind
    cut = s.find('e')
    if cut < 0:
        cut = s.find('E')
    exp = 0
    if cut >= 0:
        tail = s[cut + 1:]
        s = s[:cut]
        digits = tail[1:] if tail[:1] in ('+', '-') else tail
        if not digits.isdigit():
            return None
        exp = int(tail)
    dot = s.find('.')
    if dot >= 0:
        whole = s[:dot]
        frac = s[dot + 1:]
        digits = whole + frac
        exp -= len(frac)
    else:
        digits = s
    if not digits.isdigit():
        return None
    return sign, int(digits), exp


def special_text(sign, coeff, exp):
    text = '-' if sign else ''
    if exp == 'F':
        return text + 'Infinity'
    text += 'NaN' if exp == 'n' else 'sNaN'
    return text + str(coeff) if coeff else text


def sci_string(sign, coeff, exp, eng=False, capitals=1):
    """The specification's to-scientific-string (or to-engineering-string)."""
    if exp.__class__ is str:
        return special_text(sign, coeff, exp)
    digits = str(coeff)
    nd = len(digits)
    left = exp + nd
    if exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif coeff == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        body = '0.' + '0' * -dot + digits
    elif dot >= nd:
        body = digits + '0' * (dot - nd)
    else:
        body = digits[:dot] + '.' + digits[dot:]
    e = left - dot
    if e:
        body += ('E' if capitals else 'e') + ('+' if e > 0 else '') + str(e)
    return '-' + body if sign else body


def _fail():
    return ValueError('invalid format string')


def _parse_spec(spec):
    """fill, align, sign, z, zero, width, comma, precision, type of a format spec."""
    fill = ' '
    align = None
    n = len(spec)
    i = 0
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == 'z':
        z = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        if align is not None:
            raise _fail()
        zero = True
        fill, align = '0', '='
        i += 1
    start = i
    while i < n and '0' <= spec[i] <= '9':
        i += 1
    width = int(spec[start:i]) if i > start else 0
    comma = False
    if i < n and spec[i] == ',':
        comma = True
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and '0' <= spec[i] <= '9':
            i += 1
        if i == start:
            raise _fail()
        prec = int(spec[start:i])
    typ = ''
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise _fail()
    if i != n:
        raise _fail()
    if typ == 'n' and comma:
        raise _fail()
    return fill, align, sign, z, zero, width, comma, prec, typ


def _rounded_to(sign, coeff, exp, digits, rounding):
    """coeff/exp with at most `digits` digits, rounded."""
    nd = ndigits(coeff)
    if nd <= digits:
        return coeff, exp
    drop = nd - digits
    coeff, _ = shed(sign, coeff, drop, rounding)
    exp += drop
    if coeff == pow10(digits):
        coeff //= 10
        exp += 1
    return coeff, exp


def _group(digits):
    head = len(digits) % 3 or 3
    parts = [digits[:head]]
    for k in range(head, len(digits), 3):
        parts.append(digits[k:k + 3])
    return ','.join(parts)


def format_number(sign, coeff, exp, spec, rounding, capitals):
    """format(Decimal, spec) for a number given as (sign, coeff, exp)."""
    fill, align, signopt, z, zero, width, comma, prec, typ = _parse_spec(spec)
    if not typ:
        typ = 'G' if capitals else 'g'
    if exp.__class__ is str:
        body = special_text(0, coeff, exp)
        if typ == '%':
            body += '%'
        if zero:
            fill, align = ' ', '>'
    else:
        if typ in 'eE':
            if prec is None:
                digits = str(coeff)
                adjusted = exp + len(digits) - 1
            elif coeff == 0:
                digits = '0' * (prec + 1)
                adjusted = exp + prec
            else:
                coeff, exp = _rounded_to(sign, coeff, exp, prec + 1, rounding)
                digits = str(coeff)
                digits += '0' * (prec + 1 - len(digits))
                adjusted = exp + ndigits(coeff) - 1
            body = digits[0]
            if len(digits) > 1:
                body += '.' + digits[1:]
            body += typ + ('+' if adjusted >= 0 else '') + str(adjusted)
        elif typ in 'fF%':
            if typ == '%':
                exp += 2
            if prec is not None:
                if exp < -prec:
                    coeff, _ = shed(sign, coeff, -prec - exp, rounding)
                else:
                    coeff *= pow10(exp + prec)
                exp = -prec
            elif exp > 0:
                coeff *= pow10(exp)
                exp = 0
            digits = str(coeff)
            if exp < 0:
                digits = '0' * (1 - exp - len(digits)) + digits
                body = digits[:exp] + '.' + digits[exp:]
            else:
                body = digits
            if typ == '%':
                body += '%'
        else:
            if prec is not None:
                coeff, exp = _rounded_to(sign, coeff, exp, prec or 1, rounding)
            upper = typ == 'G'
            body = sci_string(0, coeff, exp, False, upper)
            if not upper:
                body = body.replace('E', 'e')
        if z and coeff == 0:
            sign = 0
    if sign:
        lead = '-'
    elif signopt == '-':
        lead = ''
    else:
        lead = signopt
    if comma or (zero and align == '=' and fill == '0'):
        end = 0
        while end < len(body) and '0' <= body[end] <= '9':
            end += 1
        intpart, rest = body[:end], body[end:]
        if intpart:
            if zero and fill == '0':
                want = width - len(lead) - len(rest)
                if comma:
                    grouped = _group(intpart)
                    while len(grouped) < want:
                        intpart = '0' + intpart
                        grouped = _group(intpart)
                    intpart = grouped
                elif len(intpart) < want:
                    intpart = '0' * (want - len(intpart)) + intpart
            elif comma:
                intpart = _group(intpart)
            body = intpart + rest
    pad = width - len(lead) - len(body)
    if pad <= 0:
        return lead + body
    if align is None:
        align = '>'
    if align == '<':
        return lead + body + fill * pad
    if align == '^':
        half = pad // 2
        return fill * half + lead + body + fill * (pad - half)
    if align == '=':
        return lead + fill * pad + body
    return fill * pad + lead + body
