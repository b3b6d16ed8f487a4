class P:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        pass


p = P(1, 2)
print(vars(p))
p.z = 3
print(vars(p))
vars(p)["w"] = 4
print(p.w, p.__dict__ is vars(p))
print(sorted(k for k in vars(P) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(callable(p), callable(P), callable(p.m), callable(print), callable(len), callable(lambda: 0))
print(callable(None), callable("s"), callable([]), callable(P.m), callable(type))


class Call:
    def __call__(self):
        return "called"


print(callable(Call()), Call()())


def f():
    pass


f.attr = "function attribute"
print(vars(f))
print(sorted(vars(P(0, 0)).items()))
