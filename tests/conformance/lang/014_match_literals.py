def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case 3.5:
            return "three and a half"
        case True:
            return "true"
        case None:
            return "none"
        case _:
            return "other"


for v in [0, 1, 2, -1, "hello", b"raw", 3.5, True, None, False, "x", 99]:
    print(repr(v), "->", describe(v))


def complex_lit(z):
    match z:
        case 1 + 2j:
            return "complex"
        case -3 - 1j:
            return "neg complex"
    return "no"


print(complex_lit(1 + 2j), complex_lit(-3 - 1j), complex_lit(0))

match 1.0:
    case 1:
        print("1.0 matches literal 1")
