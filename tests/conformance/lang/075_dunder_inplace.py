class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self

    def __add__(self, o):
        print("  __add__")
        return Acc(self.v + o)

    def __imul__(self, o):
        self.v *= o
        return self

    def __repr__(self):
        return f"Acc({self.v})"

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a *= 3
print(a, a is orig)
try:
    a -= 1
except TypeError as e:
    print("TypeError:", e)

class NoInplace:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return NoInplace(self.v + o)

n = NoInplace(1)
old = n
n += 1
print(n.v, n is old)

lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
try:
    t = (1, [2])
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e, t)
