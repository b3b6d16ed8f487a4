print(int("42"), int(4.9), int(-4.9), int(True), int(" 7 "))
print(float("3.5"), float(2), float(" -1e3 "), float("inf"), float(True))
print(str(42), str(3.0), str(None), str([1, "a"]), str((1,)), str({"k": "v"}))
print(repr("s"), repr(1.0), repr([1, "a"]), repr(None))
print(bool("False"), bool(0.0), bool([]), bool({0}), bool(0j))
print(list("ab"), tuple([1, 2]), set([1, 1]), dict([(1, 2)]), frozenset([2]) == {2})
print(list({"a": 1, "b": 2}), list({"a": 1}.items()), tuple(range(3)))
print(int("1" * 20), str(10 ** 20), float(10 ** 20))
print(complex(1, 2), complex("3+4j"), abs(complex(3, 4)), (1 + 2j).real, (1 + 2j).imag)
print(int(float("1e10")), str(1e100), str(-1.0e-7))
try:
    int("3.5")
except ValueError as e:
    print("ValueError:", e)
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(str(b"x"), bytes([120]), list(b"x"), bytes("x", "utf-8"))
print(1 + int("2"), str(1) + "2", float("1") + 1)
try:
    "1" + 2
except TypeError as e:
    print("TypeError:", e)
