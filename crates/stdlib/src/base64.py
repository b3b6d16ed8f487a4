"""Loopscope's base64: RFC 4648's base64, base32 and base16 encodings, and base85 and
Ascii85, behaving as CPython 3.11's base64 module does.

Base64 and hex go through binascii (in Rust); base32 and the base85 family are done here.
"""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """What the decoders accept: bytes-like objects, or str of ASCII characters."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % s.__class__.__name__)


def _as_bytes(s):
    """An encoder's input: a bytes-like object (memoryview's complaint otherwise)."""
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                    % type(s).__name__)


def _swap_pair(data, old, new):
    """`data` with old[0] and old[1] replaced by new[0] and new[1] at once."""
    a, b = old[0:1], old[1:2]
    x, y = new[0:1], new[1:2]
    if a == b:
        return data.replace(a, y)
    return x.join(part.replace(b, y) for part in data.split(a))


# Base64

def b64encode(s, altchars=None):
    """Base64 of the bytes-like `s`; `altchars` (2 bytes) replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        if not isinstance(altchars, bytes_types):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(altchars).__name__)
        return _swap_pair(encoded, b'+/', bytes(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode base64 `s` (bytes or ASCII str). Characters outside the alphabet are
    skipped unless `validate`, which raises binascii.Error for them."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap_pair(bytes(s), altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode base64 in the standard alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with the URL- and filename-safe alphabet: '-' for '+', '_' for '/'."""
    return _swap_pair(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    """Decode base64 in the URL- and filename-safe alphabet."""
    s = _bytes_from_decode_data(s)
    return b64decode(_swap_pair(bytes(s), b'-_', b'+/'))


# Base32

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Characters each count of trailing input bytes (1-4) leaves, and the pad after them.
_B32_TAIL = {1: 2, 2: 4, 3: 5, 4: 7}
_b32_values = {}


def _b32encode(alphabet, s):
    s = _as_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        digits = bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
        if len(chunk) < 5:
            kept = _B32_TAIL[len(chunk)]
            digits = digits[:kept] + b'=' * (8 - kept)
        out += digits
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    values = _b32_values.get(alphabet)
    if values is None:
        values = _b32_values[alphabet] = {c: i for i, c in enumerate(alphabet)}
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = bytes(s).replace(b'0', b'O').replace(b'1', map01)
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    pads = total - len(s)
    out = bytearray()
    n = 0
    for i in range(0, len(s), 8):
        n = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | v
        out += n.to_bytes(5, 'big')
    if pads not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if pads and out:
        # The last group's digits stand for its first bytes only.
        kept = (43 - 5 * pads) // 8
        out[-5:] = (n << (5 * pads)).to_bytes(5, 'big')[:kept]
    return bytes(out)


def b32encode(s):
    """Base32 of the bytes-like `s`."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode base32 `s`. `casefold` accepts lowercase; `map01` (b'L' or b'I') reads
    the digit 0 as O and 1 as that letter."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the extended hex alphabet (RFC 4648 section 7)."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decode base32 in the extended hex alphabet."""
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# Base16

def b16encode(s):
    """Uppercase hex of the bytes-like `s`."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode uppercase hex (any case with `casefold`)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# Base85 and Ascii85

_A85_START = b'<~'
_A85_END = b'~>'
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85_values = None


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    """Each 4-byte big-endian word as 5 digits, `z` for zero words and `y` for four
    spaces when folded; unless `pad`, a short last word keeps only the digits it needs."""
    b = _as_bytes(b)
    padding = -len(b) % 4
    if padding:
        b = b + bytes(padding)
    groups = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and word == 0:
            groups.append(b'z')
        elif foldspaces and word == 0x20202020:
            groups.append(b'y')
        else:
            digits = []
            for _ in range(5):
                word, d = divmod(word, 85)
                digits.append(alphabet[d])
            groups.append(bytes(reversed(digits)))
    if padding and not pad:
        if groups[-1] == b'z':
            groups[-1] = alphabet[0:1] * 5
        groups[-1] = groups[-1][:-padding]
    return b''.join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of the bytes-like `b`: `foldspaces` writes four spaces as 'y', `wrapcol`
    breaks lines, `pad` keeps a padded last group, `adobe` adds the <~ ~> frame."""
    result = _85encode(b, bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 `b`; `adobe` expects the ~> end (and strips a <~ start)."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % (_A85_END,))
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                out += _a85_word(group)
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        # A short last group stands for one byte fewer than its digits, read as if
        # padded with the largest digit.
        kept = len(group) - 1
        out += _a85_word(group + [84] * (5 - len(group)))[:kept]
    return bytes(out)


def _a85_word(digits):
    n = 0
    for d in digits:
        n = n * 85 + d
    if n > 0xffffffff:
        raise ValueError('Ascii85 overflow')
    return n.to_bytes(4, 'big')


def b85encode(b, pad=False):
    """Base85 (as git and Mercurial use it) of the bytes-like `b`; `pad` keeps a padded
    last group."""
    return _85encode(b, _B85_ALPHABET, pad)


def b85decode(b):
    """Decode base85 `b`."""
    global _b85_values
    if _b85_values is None:
        _b85_values = {c: i for i, c in enumerate(_B85_ALPHABET)}
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        n = 0
        for j, c in enumerate(b[i:i + 5]):
            v = _b85_values.get(c)
            if v is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            n = n * 85 + v
        if n > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += n.to_bytes(4, 'big')
    if padding:
        del out[-padding:]
    return bytes(out)


# The RFC 2045 (MIME) interface: lines of at most 76 characters.

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Read binary file `input` to its end and write its base64, line by line, to
    binary file `output`."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode the base64 lines of binary file `input` into binary file `output`."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    """Base64 of the bytes-like `s` in lines of 76 characters, each ending in a newline."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    """Decode base64 lines (bytes-like `s`)."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
