class Obj:
    cls_attr = "class-level"

    def __init__(self):
        self.a = 1

    def method(self):
        return "method called"


o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "fallback"))
print(getattr(o, "method")())
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
setattr(o, "b", 2)
setattr(o, "a", 10)
print(o.a, o.b)
print(hasattr(o, "a"), hasattr(o, "b"), hasattr(o, "nope"), hasattr(o, "method"), hasattr(Obj, "a"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    delattr(o, "b")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(o, "with space", "odd")
print(getattr(o, "with space"))
setattr(Obj, "added", lambda self: "added method")
print(o.added())
for name in ["a", "cls_attr", "zzz"]:
    print(name, getattr(o, name, None))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr([], "append").__name__, getattr("abc", "upper")())
