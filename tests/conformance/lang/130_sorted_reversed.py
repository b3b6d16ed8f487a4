print(sorted([3, 1, 2]), sorted("cab"), sorted((9, 8)), sorted({3, 1, 2}))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
orig = [5, 3, 4]
new = sorted(orig)
print(orig, new, orig is new)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), tuple(reversed((1, 2))))
r = reversed([1, 2])
print(next(r), next(r), next(r, None))
print("".join(reversed("stressed")))
print(list(reversed({"x": 1, "y": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 11


print(list(reversed(Seq())))


class CustomRev:
    def __reversed__(self):
        return iter(["custom", "reversed"])


print(list(reversed(CustomRev())))
print(sorted([], reverse=True), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.casefold))
