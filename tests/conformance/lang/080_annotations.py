x: int = 5
y: "not evaluated string" = "s"
z: list[int]
print(x, y)
print(__annotations__)
try:
    z
except NameError as e:
    print("NameError:", e)


def f(a: int, b: str = "d", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]


print(f("not an int", 3.5))
print(f.__annotations__["a"].__name__, f.__annotations__["return"].__name__)
print(sorted(f.__annotations__))


class C:
    count: int = 0
    name: str
    items: "list[str]"

    def method(self) -> None:
        self.attr: int = 1
        local: float = 2.0
        print("local", local)


print(C.__annotations__["count"].__name__, C.__annotations__["items"])
print(C.count, hasattr(C, "name"))
c = C()
c.method()
print(c.attr)
v: int = "string anyway"
print(v)


def g():
    q: int
    return "ok"


print(g(), g.__annotations__)
lst = [0]
lst[0]: int = 9
print(lst)
