x = "global"

def outer():
    x = "enclosing"

    def inner():
        return x

    def inner_local():
        x = "local"
        return x

    return inner(), inner_local(), x

print(outer(), x)

def uses_builtin():
    return len("abc")

def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")

print(uses_builtin(), shadows_builtin(), len("ab"))

def read_global():
    return x

print(read_global())

class Scope:
    x = "class"

    def method(self):
        return x

    def method_class(self):
        return self.x

print(Scope().method(), Scope().method_class())

def loop_scope():
    for i in range(3):
        pass
    return i

print(loop_scope())
if True:
    block_var = "no block scope"
print(block_var)
print(sorted(k for k in locals() if k in ("x", "outer", "Scope")))
