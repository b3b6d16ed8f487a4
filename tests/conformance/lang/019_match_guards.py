def classify(n):
    match n:
        case int() if n < 0:
            return "negative"
        case int() if n == 0:
            return "zero"
        case int() if n % 2 == 0:
            return "positive even"
        case int():
            return "positive odd"
        case _:
            return "not int"


for v in [-3, 0, 4, 7, "s"]:
    print(v, classify(v))

calls = []


def check(tag, result):
    calls.append(tag)
    return result


match 5:
    case 1 if check("g1", True):
        print("no")
    case x if check("g2", False):
        print("no")
    case x if check("g3", True):
        print("matched third with", x)
print(calls)

match (1, 2):
    case (a, b) if a > b:
        print("a > b")
    case (a, b) if a < b:
        print("a < b", a, b)

match [3, 4]:
    case [x, y] if (s := x + y) > 5:
        print("sum", s)
