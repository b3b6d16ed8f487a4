class Dynamic:
    real = "real attribute"

    def __init__(self):
        self.inst = "instance attribute"

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"no attribute {name}")

d = Dynamic()
print(d.real)
print(d.inst)
print(d.get_value())
print(hasattr(d, "missing"))
print(getattr(d, "missing", "default"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)

class Proxy:
    def __init__(self, target):
        self._target = target
        self._log = []

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p._log)
