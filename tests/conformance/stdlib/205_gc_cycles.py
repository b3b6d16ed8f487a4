# The cycle collector: unreachable cycles of instances, dicts, lists, closures and
# generators are freed by gc.collect(), which returns how many objects it found.
import gc


class Node:
    def __init__(self, name):
        self.name = name


# Nothing to collect yet (the program made no cycles).
gc.collect()
print("empty:", gc.collect())

# Two instances referring to each other.
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("pair:", gc.collect())

# An instance referring to itself.
n = Node("self")
n.me = n
del n
print("self:", gc.collect())

# A dict and a list that hold themselves.
d = {}
d["d"] = d
lst = [1, 2]
lst.append(lst)
del d, lst
print("containers:", gc.collect())

# A ring of three lists.
x, y, z = [], [], []
x.append(y)
y.append(z)
z.append(x)
del x, y, z
print("ring:", gc.collect())

# A cycle still referenced from outside is kept, and so is what it reaches.
keep = Node("keep")
keep.me = keep
keep.data = [Node("inner")]
print("kept:", gc.collect(), keep.data[0].name)

# Reachable from a live object through the cycle: nothing is freed.
holder = [keep]
del keep
print("held:", gc.collect(), holder[0].me.name)
holder.clear()
print("released:", gc.collect())

# A recursive closure: the function refers to itself through its cell.
def make():
    def again(k):
        return 0 if k == 0 else again(k - 1)
    return again

import weakref

f = make()
print(f(3))
r = weakref.ref(f)
del f
print("closure alive before:", r() is not None)
gc.collect()
print("closure freed:", r() is None)

# A set inside a cycle.
s = set()
holder = Node("set-holder")
s.add(holder)
holder.s = s
del s, holder
print("set:", gc.collect())

# Many cycles at once.
for i in range(100):
    m = Node(i)
    m.me = m
del m
print("many:", gc.collect())
print("again:", gc.collect())
