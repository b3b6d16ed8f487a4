order = []


def deco(name):
    order.append("factory " + name)

    def apply(f):
        order.append("apply " + name)

        def w(*a):
            return name + "(" + f(*a) + ")"
        return w
    return apply


@deco("outer")
@deco("middle")
@deco("inner")
def base(x):
    return x


print(order)
print(base("v"))


def bold(f):
    return lambda: "<b>" + f() + "</b>"


def italic(f):
    return lambda: "<i>" + f() + "</i>"


@bold
@italic
def text():
    return "hello"


@italic
@bold
def text2():
    return "hello"


print(text())
print(text2())
