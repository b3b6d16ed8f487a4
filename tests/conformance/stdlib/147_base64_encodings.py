# base64: RFC 4648's base64 (standard, URL-safe, custom alphabets, strict validation),
# base32 and its hex alphabet, base16, base85 and Ascii85, the MIME line interface, and
# their errors.
import base64
import binascii
import io


def attempt(fn, *args, **kwargs):
    try:
        print("ok", fn(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


raw = b"\xfb\xff\xfe binary \x00 data"
print(base64.b64encode(raw), base64.standard_b64encode(raw), base64.urlsafe_b64encode(raw))
print(base64.b64encode(raw, altchars=b"*!"), base64.b64encode(raw, b"/+"))
print(base64.b64decode(base64.b64encode(raw)) == raw, base64.b64decode("+/+/"))
print(base64.b64decode("-_-_", "-_"), base64.urlsafe_b64decode("-__-"), base64.urlsafe_b64decode(b"+//+"))
print(base64.b64decode(b"YW Jj\n"), base64.standard_b64decode("YWJj"), base64.b64decode(bytearray(b"YQ==")))
for text in ("YWJj", "YW Jj", "YWJj=", "YQ==", "YQ===", "YQ=a", "Y", "=", "YQ"):
    try:
        print(repr(text), base64.b64decode(text, validate=True))
    except binascii.Error as e:
        print(repr(text), "binascii.Error:", e)
attempt(base64.b64encode, "text")
attempt(base64.b64encode, b"x", b"-")
attempt(base64.b64decode, "é")
attempt(base64.b64decode, 5)
attempt(base64.b64decode, b"YQ", b"-")
attempt(base64.urlsafe_b64decode, [])

# Base32 and base32hex for every leftover length.
for n in range(8):
    chunk = b"abcdefg"[:n]
    enc, hexenc = base64.b32encode(chunk), base64.b32hexencode(chunk)
    print(n, enc, hexenc, base64.b32decode(enc) == chunk, base64.b32hexdecode(hexenc) == chunk)
print(base64.b32decode("mfrgg===", casefold=True), base64.b32hexdecode("c5h66===", True))
print(base64.b32decode("MF0GG===", map01=b"L"), base64.b32decode("MF1GG===", map01="I"))
for text in ("MFRGG==", "MFRGG1==", "mfrgg===", "========", "M=======", "MFR=====", "MF=GG==="):
    attempt(base64.b32decode, text)
attempt(base64.b32decode, "MF1GG===", map01="LI")
attempt(base64.b32encode, "text")

# Base16.
print(base64.b16encode(b"\x01\xab\xff"), base64.b16decode("01ABFF"), base64.b16decode(b"01abff", casefold=True))
attempt(base64.b16decode, "01abff")
attempt(base64.b16decode, "01A")
attempt(base64.b16decode, "0G")

# Base85 and Ascii85.
msg = b"hello world"
print(base64.b85encode(msg), base64.b85encode(msg, pad=True), base64.b85decode(base64.b85encode(msg)))
print(base64.b85encode(b"\x00" * 4), base64.b85encode(b""), base64.b85decode(b"Xk~0{Zy<MXa%^"))
attempt(base64.b85decode, b"Xk~0{Zy<MXa%^M\"")
attempt(base64.b85decode, b"~~~~~")
print(base64.a85encode(msg), base64.a85encode(b"\x00" * 4 + b"    abc", foldspaces=True, adobe=True))
print(base64.a85encode(bytes(range(30)), wrapcol=16, adobe=True))
print(base64.a85encode(b"\x00" * 5), base64.a85encode(b"\x00" * 5, pad=True))
print(base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True), base64.a85decode("z y", foldspaces=True))
print(base64.a85decode(b"BOu!rD]j7BEbo7"), base64.a85decode(b"87cURD]i,\"Ebo80"))
for text in (b"BOu!rD]j7BEbo7~>", b"Bz", b"uuuuu", b"BO{u"):
    attempt(base64.a85decode, text)
attempt(base64.a85decode, b"BOu", adobe=True)

# The MIME interface: lines of 76 characters.
block = bytes(range(100))
lines = base64.encodebytes(block)
print(lines)
print(base64.decodebytes(lines) == block, base64.encodebytes(b""), base64.decodebytes(b"YW\nJj\n"))
attempt(base64.encodebytes, "text")
attempt(base64.decodebytes, "YWJj")
source, sink = io.BytesIO(block * 2), io.BytesIO()
base64.encode(source, sink)
print(sink.getvalue().count(b"\n"), len(sink.getvalue()))
back = io.BytesIO()
base64.decode(io.BytesIO(sink.getvalue()), back)
print(back.getvalue() == block * 2)
print(sorted(base64.__all__))
