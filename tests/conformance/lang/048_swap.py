a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = "x", "y", "z"
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4, 5]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
i, lst[i] = 2, "set"
print(i, lst)
x = [10, 20]
x[0], x[1] = x[1], x[0]
print(x)


def rev(seq):
    s = list(seq)
    lo, hi = 0, len(s) - 1
    while lo < hi:
        s[lo], s[hi] = s[hi], s[lo]
        lo, hi = lo + 1, hi - 1
    return s


print(rev("abcdef"), rev([1]), rev([]))
fib = [0, 1]
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
print(p, q)
