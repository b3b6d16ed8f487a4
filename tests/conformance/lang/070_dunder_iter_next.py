class Range2:
    def __init__(self, start, stop):
        self.cur = start
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v


r = Range2(3, 7)
print(list(r))
print(list(r))
print(sum(Range2(0, 5)))
print([x * 2 for x in Range2(0, 3)])
a, b = Range2(10, 12)
print(a, b)
it = iter(Range2(0, 2))
print(next(it), next(it), next(it, "done"))


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return iter(self.cards)


d = Deck(["A", "K", "Q"])
print(list(d), list(d), "K" in d)
for i, card in enumerate(d, 1):
    print(i, card)


class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(OldStyle()), 20 in OldStyle())
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(Range2(0, 4), reverse=True), max(Range2(1, 4)))
