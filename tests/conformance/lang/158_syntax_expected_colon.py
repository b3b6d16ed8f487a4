# Missing colon after an if header: the whole file fails to compile.
print("never printed")
value = 10


def helper(n):
    return n * 2


if value > 5
    print("big")
print(helper(value))
