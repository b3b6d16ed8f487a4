# An indented statement where no block is open.
print("never printed")
a = 1
b = 2


def f():
    return a + b


c = 3
    d = 4
print(f())
