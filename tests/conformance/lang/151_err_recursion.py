import sys

print("limit:", sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(100))
try:
    depth(100000)
except RecursionError as e:
    print("caught:", e)
print("still fine:", depth(50))


def forever(n):
    return forever(n + 1)


print("starting unbounded recursion")
forever(0)
