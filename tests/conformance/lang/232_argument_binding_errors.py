def check(label, thunk):
    try:
        thunk()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)

def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b, c): pass
def f4(a, b, c, d): pass
def fd(a, b=2): pass
def fdd(a, b=2, c=3): pass
def fk(a, *, k): pass
def fk2(a, *, k, m, n=1): pass
def fkd(a, b=1, *, k=2): pass
def fpo(a, b, /, c): pass
def fpo2(a, b=1, /, *, k): pass
def fva(a, *args, k): pass
def fkw(a, /, **kw): return kw
def fall(a, b=1, /, c=2, *args, d, e=5, **kw): pass
def fonlykw(*, a, b): pass

# missing positional
check("f1()", lambda: f1())
check("f2()", lambda: f2())
check("f2(1)", lambda: f2(1))
check("f3()", lambda: f3())
check("f3(b=1)", lambda: f3(b=1))
check("f4()", lambda: f4())
check("fd()", lambda: fd())
check("fdd(b=1)", lambda: fdd(b=1))
check("fpo()", lambda: fpo())
check("fpo(1)", lambda: fpo(1))
# missing keyword-only
check("fk(1)", lambda: fk(1))
check("fk2(1)", lambda: fk2(1))
check("fk2(1, m=2)", lambda: fk2(1, m=2))
check("fonlykw()", lambda: fonlykw())
check("fva(1, 2, 3)", lambda: fva(1, 2, 3))
check("fk()", lambda: fk())
# too many positional
check("f0(1)", lambda: f0(1))
check("f0(1, 2)", lambda: f0(1, 2))
check("f1(1, 2)", lambda: f1(1, 2))
check("f2(1, 2, 3)", lambda: f2(1, 2, 3))
check("fd(1, 2, 3)", lambda: fd(1, 2, 3))
check("fdd(1, 2, 3, 4)", lambda: fdd(1, 2, 3, 4))
check("fk(1, 2)", lambda: fk(1, 2))
check("fk(1, 2, k=3)", lambda: fk(1, 2, k=3))
check("fk2(1, 2, k=3, m=4)", lambda: fk2(1, 2, k=3, m=4))
check("fk2(1, 2, 3, k=3, m=4, n=5)", lambda: fk2(1, 2, 3, k=3, m=4, n=5))
check("fkd(1, 2, 3, k=4)", lambda: fkd(1, 2, 3, k=4))
check("fkd(1, 2, 3)", lambda: fkd(1, 2, 3))
check("fk(1, 2, a=3)", lambda: fk(1, 2, a=3))
check("fonlykw(1)", lambda: fonlykw(1))
check("fonlykw(1, a=2)", lambda: fonlykw(1, a=2))
check("fpo(1, 2, 3, 4)", lambda: fpo(1, 2, 3, 4))
# unexpected keyword
check("f1(x=1)", lambda: f1(x=1))
check("f1(1, x=1)", lambda: f1(1, x=1))
check("f0(x=1, y=2)", lambda: f0(x=1, y=2))
check("f2(1, 2, 3, x=1)", lambda: f2(1, 2, 3, x=1))
check("fk(1, k=1, j=2)", lambda: fk(1, k=1, j=2))
# multiple values
check("f2(1, a=2)", lambda: f2(1, a=2))
check("f2(1, 2, b=3)", lambda: f2(1, 2, b=3))
check("f2(1, 2, 3, a=1)", lambda: f2(1, 2, 3, a=1))
check("fd(1, 2, b=3, x=4)", lambda: fd(1, 2, b=3, x=4))
check("fd(1, 2, x=4, b=3)", lambda: fd(1, 2, x=4, b=3))
# positional-only passed as keyword
check("fpo(a=1, b=2, c=3)", lambda: fpo(a=1, b=2, c=3))
check("fpo(1, b=2, c=3)", lambda: fpo(1, b=2, c=3))
check("fpo(1, 2, c=3, b=4)", lambda: fpo(1, 2, c=3, b=4))
check("fpo2(a=1, k=2)", lambda: fpo2(a=1, k=2))
check("fpo2(1, zz=3, b=2, k=2)", lambda: fpo2(1, zz=3, b=2, k=2))
check("fpo2(1, zz=3, k=2)", lambda: fpo2(1, zz=3, k=2))
print(fkw(1, a=2))
check("fall()", lambda: fall())
check("fall(1)", lambda: fall(1))
check("fall(1, a=2, b=3, d=4)", lambda: fall(1, a=2, b=3, d=4))
check("fall(1, c=3, d=4, c2=5)", lambda: fall(1, c=3, d=4, c2=5))
check("fall(1, 2, 3, 4, 5, d=1, c=3)", lambda: fall(1, 2, 3, 4, 5, d=1, c=3))

# methods and lambdas and nested
class C:
    def m(self, a): pass
    def n(self): pass
    @classmethod
    def cm(cls, a, *, k): pass
    @staticmethod
    def sm(a, b): pass
    def __init__(self, x=None): pass
    class Inner:
        def deep(self, q): pass
c = C()
check("c.m()", lambda: c.m())
check("c.m(1, 2)", lambda: c.m(1, 2))
check("c.n(1)", lambda: c.n(1))
check("C.m()", lambda: C.m())
check("C.cm()", lambda: C.cm())
check("C.cm(1)", lambda: C.cm(1))
check("C.sm(1)", lambda: C.sm(1))
check("C(1, 2)", lambda: C(1, 2))
check("C(y=1)", lambda: C(y=1))
check("C.Inner().deep()", lambda: C.Inner().deep())
check("c.m(a=1, b=2)", lambda: c.m(a=1, b=2))
check("c.m(1, self=2)", lambda: c.m(1, self=2))
g = lambda x, y: None
check("lambda()", lambda: g())
check("lambda(1, 2, 3)", lambda: g(1, 2, 3))
check("lambda(z=1)", lambda: g(1, 2, z=1))
def outer():
    def inner(p, q, r): pass
    return inner
check("inner()", lambda: outer()())
def gen(a, b):
    yield a
check("gen()", lambda: gen())
async def co(a, *, b): pass
check("co()", lambda: co())
check("co(1)", lambda: co(1))
check("co(1, 2)", lambda: co(1, 2))
def star(*args, **kwargs): pass
check("star ok", lambda: star(1, 2, x=3))
check("dup **", lambda: f2(**{"a": 1}, **{"a": 2}))
check("dup * and kw", lambda: f2(*[1], **{"a": 2}))
