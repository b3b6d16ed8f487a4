# UUID's argument errors and messages, ordering, hashing, immutability and copies.
import copy
from uuid import UUID


def attempt(label, make):
    try:
        print(label, "->", make())
    except (TypeError, ValueError, AttributeError, AssertionError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


attempt("nothing", lambda: UUID())
attempt("two forms", lambda: UUID("12345678123456781234567812345678", int=5))
attempt("short", lambda: UUID("12345678-1234-5678-1234-56781234567"))
attempt("long", lambda: UUID("12345678-1234-5678-1234-5678123456789"))
attempt("bad digit", lambda: UUID("1234567812345678123456781234567g"))
attempt("spaces", lambda: UUID(" 12345678123456781234567812345678 "))
attempt("upper urn", lambda: UUID("URN:UUID:12345678123456781234567812345678"))
attempt("upper hex", lambda: UUID("ABCDEF00123456781234567812345678"))
attempt("bytes 2", lambda: UUID(bytes=b"ab"))
attempt("bytes_le 17", lambda: UUID(bytes_le=bytes(17)))
attempt("int -1", lambda: UUID(int=-1))
attempt("int 2**128", lambda: UUID(int=2**128))
attempt("int max", lambda: UUID(int=2**128 - 1))
attempt("fields 3", lambda: UUID(fields=(1, 2, 3)))
for k in range(6):
    fields = [0] * 6
    fields[k] = 1 << (32, 16, 16, 8, 8, 48)[k]
    attempt(f"field {k + 1}", lambda: UUID(fields=tuple(fields)))
attempt("version 0", lambda: UUID(int=0, version=0))
attempt("version 6", lambda: UUID(int=0, version=6))

a, b, c = UUID(int=1), UUID(int=2), UUID(int=2**127)
print(a < b, b < c, c > a, a <= a, b >= c, a == UUID(int=1), a != b)
print(a == 1, a != "x", sorted([c, a, b]) == [a, b, c], max(a, b, c) is c)
print(hash(a) == hash(UUID(int=1)), hash(a) == hash(1), len({a, UUID(int=1), b}))
attempt("order int", lambda: a < 1)

for action in (lambda: setattr(a, "int", 5), lambda: setattr(a, "x", 1)):
    attempt("set", action)
print(a.int)
print(copy.copy(c) == c, copy.deepcopy(c) == c, copy.deepcopy({"id": c})["id"])
attempt("format spec", lambda: format(a, "s"))
print(format(a, ""), str(a) == format(a))
