# weakref.ref: the referent while it lives, None after; callbacks run when it goes,
# newest first, and not for references that went before it.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


def report(tag):
    def callback(r):
        print("callback", tag, "sees", r())
    return callback


n = Node("a")
plain = weakref.ref(n)
print(plain() is n, weakref.ref(n) is plain, plain.__callback__)
first = weakref.ref(n, report("first"))
second = weakref.ref(n, report("second"))
short = weakref.ref(n, report("short-lived"))
del short
print("count", weakref.getweakrefcount(n), len(weakref.getweakrefs(n)))
print(first == second, first is second, hash(first) == hash(n))
other = Node("b")
print(weakref.ref(other) == first)
print("dropping a")
del n
print("after", plain(), first(), weakref.getweakrefcount(other))
print(hash(first) == hash(first))
try:
    hash(weakref.ref(Node("c")))
except TypeError as e:
    print("TypeError:", e)
for value in (1, "text", [1], {"k": 1}, (1,), None):
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError:", e)


def function():
    return "called"


print(weakref.ref(function)()(), weakref.ref(Node)().__name__)


def gen():
    yield 1


g = gen()
print(weakref.ref(g)() is g, isinstance(plain, weakref.ReferenceType), weakref.ref is weakref.ReferenceType)


class Loud:
    def __del__(self):
        print("__del__ runs before the callbacks")


loud = Loud()
r = weakref.ref(loud, lambda r: print("callback after __del__"))
del loud
print("end")
