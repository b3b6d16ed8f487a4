n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while else ran, n =", n)

n = 0
while n < 10:
    if n == 4:
        print("breaking at", n)
        break
    n += 1
else:
    print("not printed")

while False:
    print("never")
else:
    print("else on zero iterations")


def find_divisor(k):
    d = 2
    while d * d <= k:
        if k % d == 0:
            return d
        d += 1
    else:
        return None


print([find_divisor(k) for k in [7, 9, 15, 17, 49, 97]])

total = 0
i = 10
while i:
    i -= 1
    if i % 2:
        continue
    total += i
print("even sum", total)

stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
