def cap(x):
    match x:
        case 0:
            return "zero"
        case n:
            return "captured " + repr(n)


print(cap(0))
print(cap(5))
print(cap([1, 2]))

match (1, 2):
    case (a, b) as pair:
        print("a", a, "b", b, "pair", pair)


class Color:
    RED = "red"
    GREEN = "green"


def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case other:
            return "unknown " + other


print(color("red"), color("green"), color("blue"))

match 42:
    case x if x > 40:
        print("big", x)

print("x still bound after match:", x)

match {"k": [1, 2, 3]}:
    case {"k": [first, *rest]}:
        print(first, rest)

match "text":
    case str() as s:
        print("str capture", s)
