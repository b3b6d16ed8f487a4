def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
print(greet.__defaults__)

counter = 5


def captured(x=counter):
    return x


counter = 99
print(captured())


def make_default():
    print("default expression evaluated")
    return 7


def use(v=make_default()):
    return v


print("after def")
print(use(), use(), use(1))


def none_default(items=None):
    if items is None:
        items = []
    items.append(len(items))
    return items


print(none_default(), none_default(), none_default([9]))

greet.__defaults__ = ("Howdy", "~")
print(greet("Ed"))
