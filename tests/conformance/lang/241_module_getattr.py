# PEP 562: a module's own __getattr__ answers for the names it lacks — attribute access,
# `from m import name`, getattr with a default and hasattr; names it has never reach it.
import sys
import types

m = types.ModuleType("lazy")
m.present = "here"
calls = []


def module_getattr(name):
    calls.append(name)
    if name.startswith("computed_"):
        return name.upper()
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")


m.__getattr__ = module_getattr
sys.modules["lazy"] = m

print(m.present, m.computed_one)
from lazy import computed_two
print(computed_two)
print(getattr(m, "missing", "default"), hasattr(m, "computed_three"), hasattr(m, "nope"))
try:
    m.absent
except AttributeError as e:
    print("AttributeError:", e)
try:
    from lazy import absent
except ImportError as e:
    print("ImportError:", e)
print(calls)
