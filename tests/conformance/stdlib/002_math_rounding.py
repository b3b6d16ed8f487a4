import math

for x in [2.5, -2.5, 3.7, -3.7, 0.0, -0.0, 5, True, 1e20]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(10**30 + 0.5), math.ceil(-1e-9))


class Money:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


m = Money()
print(math.floor(m), math.ceil(m), math.trunc(m))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-1.5, 2))
