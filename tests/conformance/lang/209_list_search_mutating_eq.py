# `x in list`, list.index, list.count and list.remove compare in place: an __eq__ that
# shrinks or grows the list is seen by the next step (CPython re-reads the length).


class Shrink:
    def __init__(self, items, name):
        self.items = items
        self.name = name

    def __eq__(self, other):
        print("  compare", self.name, "len", len(self.items))
        if len(self.items) > 2:
            self.items.pop()
        return False

    __hash__ = object.__hash__


class Grow:
    def __init__(self, items, name):
        self.items = items
        self.name = name

    def __eq__(self, other):
        print("  compare", self.name, "len", len(self.items))
        if len(self.items) < 5:
            self.items.append(other)
        return False

    __hash__ = object.__hash__


def shrinking():
    items = []
    items.extend(Shrink(items, i) for i in range(6))
    return items


print("in shrinking:", 99 in shrinking())
print("count shrinking:", shrinking().count(99))
try:
    shrinking().index(99, 0, 6)
except ValueError as e:
    print("index shrinking:", e)
try:
    shrinking().remove(99)
except ValueError as e:
    print("remove shrinking:", e)

grown = [Grow(None, "g")]
grown[0].items = grown
print("in growing:", "needle" in grown, len(grown))
grown = [Grow(None, "g")]
grown[0].items = grown
print("index growing:", grown.index("needle"), len(grown))
grown = [Grow(None, "g")]
grown[0].items = grown
print("count growing:", grown.count("needle"), len(grown))
grown = [Grow(None, "g")]
grown[0].items = grown
grown.remove("needle")
print("remove growing:", len(grown))


class DropBefore:
    """Equal, after removing the items in front of it."""

    def __init__(self, items):
        self.items = items

    def __eq__(self, other):
        del self.items[0]
        return True

    def __repr__(self):
        return "DropBefore"

    __hash__ = object.__hash__


items = ["a", "b"]
d = DropBefore(items)
items.extend([d, "c"])
items.remove("x")
print("remove after drop:", items)

nums = [1, 2, 3, 2.0, 2]
print(2.0 in nums, nums.index(2.0), nums.count(2), nums.index(2, 2), nums.index(2, -2))
nums.remove(2.0)
print(nums)
big = list(range(20_000))
print(all(i in big for i in range(0, 20_000, 997)), -1 in big)
print(big.index(19_999), big.count(5))
print((1, 2.0) in [(1, 2), (3, 4)], [1] in [[0], [1]])
