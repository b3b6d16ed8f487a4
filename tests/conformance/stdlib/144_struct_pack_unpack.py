# struct: every format code in each byte order, native alignment and padding, repeat
# counts, the Struct class, pack_into/unpack_from with offsets, and iter_unpack.
import struct

# A record laid out natively (aligned) and in the standard sizes (packed).
for fmt in ("@bhiq", "=bhiq", "<bhiq", ">bhiq", "!bhiq", "bhiq"):
    data = struct.pack(fmt, -1, 300, -70000, 2**40)
    print(f"{fmt:6} {struct.calcsize(fmt):2} {data.hex()} {struct.unpack(fmt, data)}")

# Alignment: each native item starts at a multiple of its size; '0q' aligns only.
for fmt in ("bq", "qb", "b0q", "b0qb", "bxh", "chd", "?e", "5s2xI", "3p2i", "c3xi"):
    print(fmt, struct.calcsize("@" + fmt), struct.calcsize("<" + fmt))
print(struct.calcsize("bP"), struct.calcsize("bn"), struct.calcsize("bN"), struct.calcsize("il"))

# Unsigned, long, size_t and pointer codes at their limits.
print(struct.pack("<BHIQ", 255, 65535, 2**32 - 1, 2**64 - 1).hex())
print(struct.unpack("<BHIQ", b"\xff" * 15))
print(struct.unpack("@lLnNP", struct.pack("@lLnNP", -2**63, 2**64 - 1, -5, 5, 2**64 - 1)))
print(struct.pack(">lL", -2**31, 2**32 - 1).hex(), struct.pack("@P", -1).hex())

# Characters, booleans, strings and Pascal strings.
print(struct.pack("3c", b"a", b"b", b"c"), struct.unpack("2c", b"xy"))
print(struct.pack("???", 0, [1], "x"), struct.unpack("??", b"\x00\x07"))
print(struct.pack("5s", b"hi"), struct.pack("2s", b"hello"), struct.pack("s", bytearray(b"zz")))
print(struct.pack("5p", b"hi"), struct.pack("3p", b"hello"), struct.unpack("5p", b"\x09abcd"))
print(struct.pack("0s", b"gone"), struct.unpack("4s", b"a\x00b\x00"))

# Floats: doubles round-trip exactly, 'f' rounds to single precision, 'e' to half.
for x in (0.1, 1 / 3, -2.5e-8, 1e300, float("inf"), -0.0):
    f32 = struct.unpack("<f", struct.pack("<f", x if abs(x) < 1e38 else x / 1e270))[0]
    print(x, struct.unpack(">d", struct.pack(">d", x))[0], f32, struct.pack(">f", f32).hex())
for x in (1.0, 0.1, 65504.0, 65519.99, 6e-08, 2**-25, 2**-25 * 1.0001, -3.0e-5, 1 / 3):
    raw = struct.pack("<e", x)
    print(x, raw.hex(), struct.unpack("<e", raw)[0], struct.pack(">e", x).hex())
nan = struct.unpack("<e", b"\x00\x7e")[0]
print(nan, nan != nan, struct.pack("<e", float("-nan")).hex(), struct.pack("<e", -float("inf")).hex())
print(struct.pack("@f", 1e300).hex(), struct.unpack("<3f", struct.pack("<3f", 0.1, 1 / 3, 1234.5)))
print(struct.pack("d", 7), struct.pack("<e", True), struct.pack("<f", 3))

# Objects with __index__ and __float__ are accepted.
class Seven:
    def __index__(self):
        return 7

class Half:
    def __float__(self):
        return 0.5

print(struct.pack(">hId", Seven(), Seven(), Half()).hex(), struct.pack("<e", Seven()).hex())

# The Struct class.
rec = struct.Struct("<I8sd")
print(rec.format, rec.size, type(rec.format).__name__, struct.Struct(b">h").format)
packed = rec.pack(7, b"widget", 9.75)
print(packed.hex(), rec.unpack(packed))
print(type(rec).__name__, type(rec).__module__, isinstance(rec, struct.Struct))

class Header(struct.Struct):
    def __init__(self):
        super().__init__(">HH")
        self.kind = "header"

h = Header()
print(h.pack(1, 2), h.size, h.kind, type(h).__mro__[1])
rec.__init__("<h")
print(rec.format, rec.size, rec.pack(-2))

# pack_into and unpack_from, with positive and negative offsets.
buf = bytearray(16)
struct.pack_into("<hh", buf, 2, 258, -1)
struct.pack_into(">I", buf, -4, 0xDEADBEEF)
print(buf.hex())
print(struct.unpack_from("<hh", buf, 2), struct.unpack_from(">I", buf, offset=-4))
print(struct.unpack_from("<H", buf), struct.unpack_from("<H", bytes(buf), 3))
s = struct.Struct(">HB")
s.pack_into(buf, 0, 0xABCD, 0xEF)
print(buf.hex(), s.unpack_from(buf), s.unpack_from(buffer=buf, offset=1))

# iter_unpack walks a buffer record by record.
it = struct.iter_unpack("<hB", bytes(range(9)))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(it).__name__, list(struct.Struct(">I").iter_unpack(b"")))
for pair in struct.iter_unpack("2s", b"aabbcc"):
    print(pair, end=" ")
print()

# Whitespace between items is ignored; repeat counts apply to the next code.
print(struct.calcsize("< 2h \t 3x i\n"), struct.pack("2h 2x", 1, 2), struct.calcsize(""))
print(struct.pack("0c"), struct.calcsize("100s"), struct.calcsize("4611686018427387904s"))
struct._clearcache()
print(sorted(struct.__all__))
