def outer():
    x = 1

    def inner():
        nonlocal x
        x += 10
        return x

    print("inner returns", inner())
    print("x after", x)
    inner()
    return x


print(outer())


def two_levels():
    value = "a"

    def middle():
        def innermost():
            nonlocal value
            value = value + "c"
        nonlocal value
        value = value + "b"
        innermost()

    middle()
    return value


print(two_levels())


def accumulate():
    items = []
    total = 0

    def add(v):
        nonlocal total
        items.append(v)
        total += v
        return total

    return add, lambda: (items, total)


add, state = accumulate()
print(add(3), add(4), add(5))
print(state())
