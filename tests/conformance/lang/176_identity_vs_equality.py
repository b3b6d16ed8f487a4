a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, c is not a)
c.append(3)
print(a, b)
print(None is None, type(None) is type(None), True is True)
x = ()
y = ()
print(x == y, len(x) == len(y))


class Always:
    def __eq__(self, other):
        return True


o = Always()
print(o == 1, o == None, o is None, [o] == [5], o in [1, 2])
nan = float("nan")
lst = [nan]
print(nan == nan, nan is nan, nan in lst, lst == lst, [nan] == [nan])
d1 = {"k": [1]}
d2 = {"k": [1]}
print(d1 == d2, d1 is d2, d1["k"] is d2["k"])
s = "text"
print(s == "te" + "xt")


def f():
    return []


print(f() == f(), f() is f())
print(1 == 1.0, 1 == True, "1" == 1, 0 == False == 0.0)
