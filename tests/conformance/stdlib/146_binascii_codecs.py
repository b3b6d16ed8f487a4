# binascii: hex with separators, base64 decoded leniently and strictly, uu lines, CRC-32
# and CRC-CCITT, and the errors for bad input or arguments.
import binascii


def attempt(fn, *args, **kwargs):
    try:
        print("ok", fn(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(0, 256, 17))
print(binascii.hexlify(data), binascii.b2a_hex(bytearray(b"\x00\xff")))
for sep, group in (("-", 1), (b":", 2), (" ", -2), ("_", 3), ("|", 100), (".", 0)):
    print(repr(sep), group, binascii.hexlify(data[:7], sep, group))
print(binascii.hexlify(b"", "-", 2), binascii.hexlify(data=b"\x01\x02", sep="/"))
print(binascii.unhexlify(b"DEADbeef"), binascii.a2b_hex("00ff10"), binascii.unhexlify(bytearray(b"41")))
attempt(binascii.unhexlify, "abc")
attempt(binascii.unhexlify, "zz")
attempt(binascii.unhexlify, "é0")
attempt(binascii.unhexlify, 12)
attempt(binascii.hexlify, "text")
attempt(binascii.hexlify, b"ab", "::")
attempt(binascii.hexlify, b"ab", 5)
attempt(binascii.hexlify, b"ab", "\u0101")
attempt(binascii.hexlify, b"ab", ":", "2")
attempt(binascii.hexlify)

# base64: lines, no newline, every length of padding.
for n in range(7):
    chunk = b"Python!"[:n]
    print(n, binascii.b2a_base64(chunk), binascii.b2a_base64(chunk, newline=False))
print(binascii.b2a_base64(bytes(range(256)))[:40])
cases = ["aGVsbG8gd29ybGQ=", "aGVsbG8gd29ybGQ", "aGVs bG8*gd29y\nbGQ=", "", "=", "==aGk=",
         "aGk=x", "aGk==", "aG=k", "a===", "YQ=x=", "YQ===", "abcde", "abcdefghi", "YWJj\n",
         "Y!W!J!j", "YQ", "YQ=", "YQ=="]
for text in cases:
    results = []
    for strict in (False, True):
        try:
            results.append(binascii.a2b_base64(text, strict_mode=strict))
        except binascii.Error as e:
            results.append("Error: %s" % e)
    print(repr(text), *results)
print(binascii.a2b_base64(bytearray(b"YWJj")), binascii.a2b_base64(b"YWJj"))
attempt(binascii.a2b_base64, "é")
attempt(binascii.a2b_base64, 3.5)
attempt(binascii.a2b_base64, b"YQ==", True)
attempt(binascii.b2a_base64, "text")
attempt(binascii.b2a_base64, b"a", nl=False)
attempt(binascii.b2a_base64, b"a", newline="no")

# CRCs: whole or in pieces, any starting value taken modulo 2**32.
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b""), binascii.crc32(b"", -1), binascii.crc32(b"abc", 2**70 + 5), binascii.crc32(b"abc", 5))
print(binascii.crc32(bytes(range(256)) * 4), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"hello", -1))
print(binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"", 0x1234))
attempt(binascii.crc32, "text")
attempt(binascii.crc32, b"a", 1.5)
attempt(binascii.crc32)
attempt(binascii.crc32, b"", 0, 1)
attempt(binascii.crc_hqx, b"a")

# uu: one line of at most 45 bytes.
line = binascii.b2a_uu(b"Cat said meow!")
print(line, binascii.a2b_uu(line), binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"\x00\x00\x00", backtick=True))
print(binascii.a2b_uu(b""), binascii.a2b_uu(b"#86)C\n"), binascii.a2b_uu(b"$86)C"), binascii.a2b_uu(b"!  ` \r\n"))
attempt(binascii.b2a_uu, b"x" * 46)
attempt(binascii.a2b_uu, b"#a")
attempt(binascii.a2b_uu, b"!!!!!X")

print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__module__, binascii.Error("boom"))
