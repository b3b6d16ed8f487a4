x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

lst = [0, 1, 2, 3, 4, 5, 6, 7]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class Obj:
    pass


o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), hasattr(o, "other"))

a, b, c = 1, 2, 3
del a, c
print(b)
print("a" in globals(), "b" in globals())


def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "unbound: " + str(e)


print(f())
