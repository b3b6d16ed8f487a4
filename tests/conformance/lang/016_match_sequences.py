def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [a, *mid, z] if len(mid) < 3:
            return f"first {a} mid {mid} last {z}"
        case [*_, last]:
            return f"long, last {last}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4], list(range(8)), "ab", 7, range(2)]:
    print(repr(v), "->", seq(v))


def nested(p):
    match p:
        case [(x1, y1), (x2, y2)]:
            return (x2 - x1, y2 - y1)
        case [[_, _], *others]:
            return ("others", len(others))
    return None


print(nested([(0, 0), (3, 4)]))
print(nested([[1, 2], 3, 4, 5]))
print(nested([1]))

match (1, [2, [3, 4]]):
    case (a, [b, [c, d]]):
        print(a + b + c + d)

match [1, 2, 3]:
    case (1, 2, 3):
        print("tuple pattern matches list")

match [1, "x"]:
    case [int(), str()]:
        print("typed elements")
