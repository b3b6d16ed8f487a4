# Chains of operators, attributes, calls, subscripts, conditional expressions and
# `elif`s nest one level per link. CPython compiles them up to a depth of 3000
# (statements and expressions counted alike) and refuses deeper ones with
# RecursionError; flat shapes (`and`/`or`, comparisons, string concatenation) have no
# such limit. The sources are built here and compiled with exec/compile.


class A:
    def m(self):
        return self


a = A()
a.a = a
a.l = [a]
lst = []
lst.append(lst)


def f():
    return f


c = 0

SHAPES = {
    "binary +": lambda n: "r = 1" + " + 1" * n,
    "binary mixed": lambda n: "r = 7" + "".join([" * 3", " % 1000003", " // 2"][i % 3] for i in range(n)),
    "unary -": lambda n: "r = " + "-" * n + "7",
    "unary ~": lambda n: "r = " + "~" * n + "7",
    "not": lambda n: "r = " + "not " * n + "c",
    "attribute": lambda n: "r = a" + ".a" * n + " is a",
    "method call": lambda n: "r = a" + ".m()" * (n // 2) + " is a",
    "call": lambda n: "r = f" + "()" * n + " is f",
    "subscript": lambda n: "r = lst" + "[0]" * n + " is lst",
    "mixed postfix": lambda n: "r = a" + ".l[0].m()" * (n // 4) + " is a",
    "conditional": lambda n: "r = " + "c if c else " * n + "'end'",
    "if not": lambda n: "if " + "not " * n + "c:\n    r = 'yes'\nelse:\n    r = 'no'",
    "elif": lambda n: "if c:\n    r = 0\n" + "".join(f"elif c == {i}:\n    r = {i}\n" for i in range(1, n)) + "else:\n    r = 'else'",
    "power": lambda n: "r = " + "1 ** " * n + "2",
    "lambda": lambda n: "r = callable(" + "lambda: " * n + "5)",
}


def run(name, n):
    src = SHAPES[name](n)
    ns = {"a": a, "lst": lst, "f": f, "c": c}
    try:
        exec(src, ns)
    except (RecursionError, MemoryError, SyntaxError) as e:
        return f"{type(e).__name__}: {e}"
    return repr(ns["r"])


for name in SHAPES:
    print(name, [run(name, n) for n in (10, 1000, 2900)])

for name in SHAPES:
    if name not in ("power", "lambda"):
        print(name, "too deep:", run(name, 3100))

# Far too deep: left-recursive chains still raise RecursionError. (Right-recursive ones,
# unary operators, conditional expressions and `elif`s, exhaust CPython's parser first
# there, a MemoryError.)
for name in ("binary +", "binary mixed", "attribute", "method call", "call", "subscript", "mixed postfix"):
    print(name, "far too deep:", run(name, 50000))

# Deep trees are also compiled in eval mode, and kept and run again.
code = compile("x" + " + x" * 2900, "<deep>", "eval")
print(eval(code, {"x": 1}), eval(code, {"x": "ab"})[:6])
code = compile("-" * 2900 + "x", "<deep>", "eval")
print(eval(code, {"x": 5}))
try:
    compile("x" + " + x" * 5000, "<deep>", "eval")
except RecursionError as e:
    print("eval mode:", type(e).__name__, e)

# A function body with a deep chain, compiled and called many times.
src = "def g(x):\n    return x" + " + x" * 2900 + "\n"
ns = {}
exec(src, ns)
print([ns["g"](i) for i in range(3)])

# Flat shapes have no depth to run out of.
print(eval("1" + " and 1" * 50000 + " and 'last'"))
print(eval("0" + " or 0" * 50000 + " or 'last'"))
print(eval("1" + " < 2" * 50000))
print(len(eval("'ab'" + " 'cd'" * 50000)))
print(len(eval("[" + "1, " * 50000 + "]")))

# Tracebacks through a deep chain point at the right link.
try:
    exec("r = a" + ".a" * 2000 + ".missing")
except AttributeError as e:
    print(e)
