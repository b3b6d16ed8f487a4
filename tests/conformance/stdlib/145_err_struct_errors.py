# struct's errors: range checks in each byte order (native packers name the C type,
# standard ones quote the code), non-numbers, bad formats, buffer sizes and offsets, and
# argument mistakes, all with CPython's exception types and messages.
import struct


def attempt(fn, *args, **kwargs):
    try:
        print("ok", fn(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


for code in "bBhHiIlLqQ":
    for order in "@<>":
        for value in (2**70, 2**63, 2**32, 70000, 300, -1, -129, 2.5, "1"):
            try:
                struct.pack(order + code, value)
            except Exception as e:
                print(order + code, value, type(e).__name__, e)

for code in "nNP":
    for value in (2**64, -2**63 - 1, -1, 1.0):
        attempt(struct.pack, code, value)
attempt(struct.pack, "<n", 1)
attempt(struct.pack, ">P", 1)

# Floats.
for fmt in ("<e", ">e", "<f", "@f", "d"):
    for value in (1e300, 65520.0, 10**5, 2**400, "x", None):
        try:
            print(fmt, value if not isinstance(value, int) else "int", struct.pack(fmt, value).hex())
        except Exception as e:
            print(fmt, type(e).__name__, e)

# Characters, strings, booleans.
attempt(struct.pack, "c", b"ab")
attempt(struct.pack, "c", "a")
attempt(struct.pack, "s", "text")
attempt(struct.pack, "p", 5)

class Falsy:
    def __bool__(self):
        raise ValueError("no truth here")

class BadIndex:
    def __index__(self):
        return 1.5

attempt(struct.pack, "?", Falsy())
attempt(struct.pack, "i", BadIndex())
attempt(struct.pack, "d", BadIndex())

# Bad formats.
for fmt in ("z", "3", "i3", "2 i", "<>i", "i<", "i\0", "é", 12, None,
            "99999999999999999999q", "9999999999999999999i"):
    attempt(struct.calcsize, fmt)
attempt(struct.Struct, b"\xff")
attempt(struct.pack, bytearray(b"i"), 1)
attempt(struct.pack, [], 1)

# Counts of values.
attempt(struct.pack, "i")
attempt(struct.pack, "2i", 1, 2, 3)
attempt(struct.pack, "x", 1)
attempt(struct.pack)
attempt(struct.Struct("hh").pack, 1)

# Buffer sizes and offsets.
attempt(struct.unpack, "i", b"abc")
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack, "<h", bytearray(b"\x01\x02"))
attempt(struct.unpack_from, "i", b"abcdef", 3)
attempt(struct.unpack_from, "i", b"abcdef", -3)
attempt(struct.unpack_from, "i", b"abcdef", -10)
attempt(struct.unpack_from, "i", b"abcdef", 2.0)
attempt(struct.unpack_from, "i", b"abcdef", 2**70)
buf = bytearray(6)
attempt(struct.pack_into, "i", buf, 3, 1)
attempt(struct.pack_into, "i", buf, -3, 1)
attempt(struct.pack_into, "i", buf, -7, 1)
attempt(struct.pack_into, "i", buf, 2**70, 1)
attempt(struct.pack_into, "i", b"abcdef", 0, 1)
attempt(struct.pack_into, "i", buf)
attempt(struct.pack_into, "i")
attempt(struct.pack_into)
attempt(struct.pack_into, "<hh", buf, 0, 5, "x")
print(buf.hex())
attempt(struct.iter_unpack, "i", b"abcdefg")
attempt(struct.iter_unpack, "", b"")
attempt(struct.iter_unpack, "i", 5)

# Argument mistakes.
s = struct.Struct("<h")
attempt(struct.calcsize)
attempt(struct.calcsize, format="i")
attempt(struct.unpack, "i")
attempt(struct.unpack_from, "i")
attempt(struct.unpack_from, "i", b"abcd", offst=0)
attempt(struct.unpack_from, format="i", buffer=b"abcd")
attempt(struct.unpack_from, "i", b"abcd", 0, 0)
attempt(struct.pack, "i", 1, extra=2)
attempt(struct.Struct)
attempt(struct.Struct, "i", "h")
attempt(struct.Struct, fmt="i")
attempt(s.unpack)
attempt(s.unpack, buffer=b"ab")
attempt(s.unpack_from, b"ab", 0, 1)
attempt(s.unpack_from, b"ab", offset=0, buffer=b"ab")
attempt(s.iter_unpack)
attempt(s.pack, 1, x=1)
attempt(struct.Struct.pack, 5)
try:
    s.anything = 1
except AttributeError as e:
    print("AttributeError", e)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
struct.pack(">h", 40000)
