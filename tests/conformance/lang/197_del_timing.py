# __del__ runs when the last reference goes: del, rebinding, leaving a function, a
# container emptied, and at the end of a with block that held the only reference.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Resource("a")
del r
print("after del")

r = Resource("b")
r = Resource("c")
print("after rebinding")


def use():
    local = Resource("d")
    print("using", local.name)


use()
print("after call")

items = [Resource("e"), Resource("f")]
items.clear()
print("after clear")

holder = {"k": Resource("g")}
holder["k"] = None
print("after overwrite")

x = Resource("h")
y = x
del x
print("still referenced")
del y
print("end")
r = None
print("done")
