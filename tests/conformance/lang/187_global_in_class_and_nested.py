total = 0


class Tracker:
    global total
    total = 100
    local_to_class = "class var"


print(total, Tracker.local_to_class)


def outer():
    def inner():
        global total
        total += 1
    inner()
    inner()


outer()
print(total)


def make():
    global made_here

    def set_it(v):
        global made_here
        made_here = v
    set_it("value from nested")
    return made_here


print(make(), made_here)
g = {"k": 1}


def mutate_without_global():
    g["k"] += 1


mutate_without_global()
print(g)


def rebinding_requires_global():
    global g
    g = "rebound"


rebinding_requires_global()
print(g)
print("total" in globals(), globals()["total"])
