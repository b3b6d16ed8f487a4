for i in range(3):
    print("i", i)
else:
    print("for else ran")

for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("i after break", i)

for x in []:
    print("never")
else:
    print("empty iterable else")


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return True
    return False


print([n for n in range(30) if is_prime(n)])

for row in range(3):
    for col in range(3):
        if col > row:
            break
    else:
        print("inner completed for row", row)

for ch in "abc":
    pass
print("loop var persists:", ch)

for i in range(3):
    continue
else:
    print("else after continue-only loop, i =", i)
