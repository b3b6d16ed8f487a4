# Collections running while a program builds and drops cyclic structures never touch
# what is still reachable: live graphs keep every edge, builtin subclasses, closures,
# generators and exceptions in cycles are freed, and gc.collect() from a finaliser or a
# key function is harmless.
import gc
import weakref

gc.set_threshold(50, 3, 3)


class Node:
    def __init__(self, k):
        self.k = k
        self.edges = []


def build(n, seed):
    nodes = [Node(i) for i in range(n)]
    x = seed
    for node in nodes:
        for _ in range(3):
            x = (x * 1103515245 + 12345) % 2**31
            node.edges.append(nodes[x % n])
    return nodes


def checksum(nodes):
    total = 0
    for node in nodes:
        for e in node.edges:
            total = (total * 31 + e.k) % 1000003
    return total


kept = []
sums = []
for round_ in range(30):
    g = build(40, round_)
    if round_ % 3 == 0:
        kept.append(g[0])
        sums.append(checksum(g))
    del g
gc.collect()
# What is kept still reaches its whole graph.
for first, expected in zip(kept, sums):
    seen = {}
    stack = [first]
    while stack:
        n = stack.pop()
        if n.k in seen:
            continue
        seen[n.k] = n
        stack.extend(n.edges)
    print(len(seen), checksum([seen[k] for k in sorted(seen)]) == checksum(sorted(seen.values(), key=lambda n: n.k)), end="; ")
print()


# Builtin subclasses in cycles.
class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, 2])
ml.append(ml)
md = MyDict(a=1)
md["self"] = md
rl, rd = weakref.ref(ml), weakref.ref(md)
del ml, md
gc.collect()
print("subclasses freed:", rl() is None, rd() is None)


# An exception that refers to itself through its arguments.
class Boom(Exception):
    pass


try:
    box = []
    err = Boom(box)
    box.append(err)
    raise err
except Boom as e:
    caught = weakref.ref(e)
del err, box
gc.collect()
print("exception freed:", caught() is None)

# Bound methods and tuples stored on the instance.
class Holder:
    def __init__(self):
        self.cb = self.method
        self.pair = (self, [self])

    def method(self):
        return 1


h = Holder()
rh = weakref.ref(h)
del h
gc.collect()
print("holder freed:", rh() is None)

# gc.collect() from inside a finaliser and from a key function.
class Nested:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("nested collect returns", gc.collect())


Nested()
print("outer", gc.collect())
print(sorted([3, 1, 2], key=lambda v: (gc.collect(), v)[1]))

# Generators referring to themselves through a list, with a `with` block.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)


def worker(box):
    with CM():
        yield len(box)


box = []
w = worker(box)
box.append(w)
next(w)
del w, box
gc.collect()
print("done")
