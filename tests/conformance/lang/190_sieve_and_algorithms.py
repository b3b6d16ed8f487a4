def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]


print(sieve(60))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))


def binary_search(arr, target):
    lo, hi = 0, len(arr) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


data = list(range(0, 100, 7))
print([binary_search(data, t) for t in [0, 7, 49, 50, 98, 99]])


def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs


print(bubble([5, 2, 9, 1, 5, 6]))
print(["".join("#" if (r + c) % 2 else "." for c in range(6)) for r in range(3)])
collatz = [27]
while collatz[-1] != 1:
    v = collatz[-1]
    collatz.append(v // 2 if v % 2 == 0 else 3 * v + 1)
print(len(collatz), max(collatz))
