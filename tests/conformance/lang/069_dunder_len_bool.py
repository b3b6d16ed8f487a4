class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

print(len(Bag()), len(Bag(1, 2, 3)))
print(bool(Bag()), bool(Bag(0)))
if not Bag():
    print("empty bag is falsy")

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__ called")
        return self.on

    def __len__(self):
        return 99

    def __repr__(self):
        return f"Flag({self.on})"

print(bool(Flag(True)), bool(Flag(False)))
print("and:", Flag(False) and "unreached")
print("or:", Flag(False) or "fallback")
print(len(Flag(False)))
print(not Flag(True))

class Plain:
    pass

print(bool(Plain()))

class BadLen:
    def __len__(self):
        return -1

try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
print([x for x in [Bag(), Bag(1), 0, "", "s", [], [0]] if x].__len__())
