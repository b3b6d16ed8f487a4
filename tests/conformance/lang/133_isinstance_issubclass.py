class A:
    pass


class B(A):
    pass


class C:
    pass


b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ()))
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(True, int), isinstance("s", (list, (tuple, str))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(A, object))
print(issubclass(bool, int), issubclass(int, float), issubclass(type, object), isinstance(A, type))
print(isinstance(None, type(None)), isinstance([], list), isinstance({}, dict), isinstance(len, object))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type))
try:
    isinstance(b, "A")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
print(type(b) is B, type(b) is A, type(b) == B)
print(isinstance(b, A | C), issubclass(int, int | str))
