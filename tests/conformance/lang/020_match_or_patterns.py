def kind(cmd):
    match cmd.split():
        case ["quit"] | ["exit"] | ["q"]:
            return "quit"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "go " + direction
        case ["take", item] | ["get", item]:
            return "take " + item
        case ["drop", *items] if items:
            return "drop " + ",".join(items)
    return "unknown"


for c in ["quit", "exit", "q", "go north", "go up", "take lamp", "get key",
          "drop a b c", "drop"]:
    print(repr(c), "->", kind(c))

for v in [1, 2, 3, 4, "a", (1, 2), [1, 3]]:
    match v:
        case 1 | 2 | 3:
            print(v, "small")
        case "a" | "b":
            print(v, "letter")
        case (1, 2) | [1, 3]:
            print(v, "pair")
        case _:
            print(v, "other")

match (0, 5):
    case (0, y) | (y, 0):
        print("y =", y)
match (6, 0):
    case (0, y) | (y, 0):
        print("y =", y)
