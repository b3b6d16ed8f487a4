# WeakMethod: a bound method that does not keep its object alive; and weak references
# to instances of subclasses of ref.
import weakref


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by=1):
        self.count += by
        return self.count


c = Counter()
wm = weakref.WeakMethod(c.bump, lambda r: print("method gone", r() is None))
print(wm()(5), wm()(2), type(wm).__name__, isinstance(wm, weakref.ref))
print(wm == weakref.WeakMethod(c.bump), wm == weakref.WeakMethod(Counter().bump))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del c
print(wm())


class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=""):
        return super().__new__(cls, ob, callback)


target = Counter()
t = Tagged(target, None, tag="mine")
print(t.tag, t() is target, type(t).__name__, t is weakref.ref(target))
del target
print(t())
