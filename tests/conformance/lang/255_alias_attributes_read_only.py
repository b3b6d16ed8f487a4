# A generic alias's and a union's members are read-only and they take no other attributes.
a = list[int]
for stmt in ["a.__origin__ = 1", "del a.__origin__", "a.__args__ = ()", "a.foo = 1"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, type(e).__name__, e)
print(a, a.__origin__, a.__args__)
u = int | str
for stmt in ["u.__args__ = ()", "u.x = 1"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, type(e).__name__, e)
print(u)
