from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c["a"], c["z"])
print(sorted(c.elements()), c.total(), len(c))
c.update("alakazam")
print(c)
c.subtract({"a": 9, "k": 2})
print(c)
print(Counter(["x", "y", "x"]), Counter({"red": 4, "blue": 2}), Counter(cats=4, dogs=8))
print(Counter(), Counter().most_common(), dict(Counter("aab")))
words = "the cat and the hat and the bat".split()
top = Counter(words).most_common(3)
for word, n in top:
    print(f"{word}: {n}")
del c["zzz"]
del c["a"]
print("a" in c, list(c)[:3])
