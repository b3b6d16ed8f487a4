from functools import partial


def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square(base=7))
print(square.func is power, square.args, square.keywords)
two_to = partial(power, 2)
print(two_to(10), two_to.args, two_to.keywords)
print(repr(partial(print, sep="-")), partial(print, sep="-").func is print)
p = partial(partial(power, 3), exponent=4)
print(p(), p.args, p.keywords, p.func is power)
basetwo = partial(int, base=2)
print(basetwo("10010"), [basetwo(s) for s in ["1", "11", "111"]])
greet = partial("{greeting}, {name}!".format, greeting="Hello")
print(greet(name="Ada"), greet(name="Bob", greeting="Hi"))
try:
    partial(42)
except TypeError as e:
    print("TypeError", e)
