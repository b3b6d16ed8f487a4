class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return self.a * 31 + self.b

    def __repr__(self):
        return f"Key({self.a}, {self.b})"


d = {Key(1, 2): "first"}
print(d[Key(1, 2)])
d[Key(1, 2)] = "replaced"
print(len(d), d)
s = {Key(0, 1), Key(0, 1), Key(1, 0)}
print(len(s))
print(hash(Key(2, 3)))
print(Key(5, 5) in {Key(5, 5)})


class EqNoHash:
    def __eq__(self, other):
        return True


print(EqNoHash.__hash__)
try:
    {EqNoHash()}
except TypeError as e:
    print("TypeError:", e)

print(hash(1), hash(True), hash(0), hash(-1), hash(-2))
print(hash(1.0) == hash(1), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({"a": 1})
except TypeError as e:
    print("TypeError:", e)


class Collide:
    def __hash__(self):
        return 7


c1, c2 = Collide(), Collide()
print(len({c1, c2}), len({c1, c1}))
