def f(x):
    match x:
        case [_, _, _]:
            return "three things"
        case (_, [_, _] as inner):
            return f"pair with inner {inner}"
        case {"a": _}:
            return "has a"
        case _:
            return "fallback"


print(f([1, 2, 3]))
print(f((9, [8, 7])))
print(f({"a": None, "b": 2}))
print(f(12))
print(f("abc"))

match 3:
    case 1:
        print("one")
    case 2:
        print("two")
print("no case matched, no error")

match [1, 2, 3, 4]:
    case [1, *_]:
        print("starts with 1")

match (1, (2, 3)):
    case (1 as one, (2, 3) as tail) as whole:
        print(one, tail, whole)

match "value":
    case _ if False:
        print("not here")
    case _:
        print("last wildcard")
