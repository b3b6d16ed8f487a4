def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fact_rec(n):
    return 1 if n < 2 else n * fact_rec(n - 1)


f50 = fact(50)
print(f50)
print(f50 == fact_rec(50))
print(len(str(f50)))
digits = str(f50)
print(len(digits) - len(digits.rstrip("0")), "trailing zeros")
print(sum(int(d) for d in digits))
print(fact(25) // fact(23))
print(f50 % (10 ** 9 + 7))
print([fact(n) for n in range(11)])


def comb(n, k):
    return fact(n) // (fact(k) * fact(n - k))


print(comb(50, 25), comb(10, 3))
print(fact(30) / fact(28))
