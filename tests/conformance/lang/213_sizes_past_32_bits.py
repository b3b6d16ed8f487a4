# Sizes computed from Python ints are exact or refused, never truncated to a machine word:
# a range's length past 2**32 is exact; sequences too large to build raise MemoryError;
# counts past 64 bits raise OverflowError, with CPython's messages.
big = 2**32 + 3
print(len(range(big)), len(range(0, big * 3, 3)), range(big)[-1])
for make in [
    lambda: [0] * 2**62,
    lambda: (0,) * 2**62,
    lambda: b"a" * 2**62,
    lambda: "a" * 2**62,
    lambda: bytearray(2**62),
    lambda: bytes(2**62),
    lambda: "a".ljust(2**62),
    lambda: "a".center(2**62),
    lambda: [0] * 2**63,
    lambda: bytearray(2**63),
    lambda: len(range(2**63)),
]:
    try:
        r = make()
        print("built", len(r))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
x = [1, 2]
try:
    x *= 2**62
except MemoryError as e:
    print("MemoryError", repr(str(e)), x)
print(len("ab" * 3), len([None] * 0), len(b"xy" * -1))
