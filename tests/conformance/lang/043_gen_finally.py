def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        print("close", name)


for item in resource("A"):
    print("item", item)

for item in resource("B"):
    print("item", item)
    if item == "B1":
        break
print("after break")

g = resource("C")
print(next(g))
g.close()


def nested_gen():
    try:
        yield from resource("D")
    finally:
        print("outer finally")


n = nested_gen()
print(next(n))
print(next(n))
n.close()
print("done")


def exc_in_body():
    try:
        yield 1
        raise ValueError("inside")
    finally:
        print("finally runs before error escapes")


try:
    for v in exc_in_body():
        print("v", v)
except ValueError as e:
    print("caught", e)
