def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(4)], ackermann(3, 3))


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, it in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([it] + rest)
    return out


print(permutations([1, 2, 3]))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(10), is_odd(7), is_even(7))


def depth(x):
    return 1 + max((depth(e) for e in x), default=0) if isinstance(x, list) else 0


print(depth([1, [2, [3, [4]]], []]), depth(5), depth([]))
