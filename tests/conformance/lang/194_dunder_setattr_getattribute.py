class Recorder:
    def __setattr__(self, name, value):
        print("  set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("  del", name)
        object.__delattr__(self, name)


r = Recorder()
r.x = 1
r.x += 1
print(r.x)
del r.x
print(hasattr(r, "x"))


class ReadOnly:
    def __init__(self):
        object.__setattr__(self, "value", 10)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")


ro = ReadOnly()
print(ro.value)
try:
    ro.value = 5
except AttributeError as e:
    print("AttributeError:", e)


class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return "from __getattribute__"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


g = GA()
g.normal = 5
print(g.magic, g.normal, g.absent)
