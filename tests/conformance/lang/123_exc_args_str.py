cases = [
    ValueError(),
    ValueError("one"),
    ValueError("a", 2),
    ValueError(42),
    KeyError("k"),
    KeyError(),
    KeyError("a", "b"),
    IndexError("list index out of range"),
    Exception(None),
    Exception(""),
    Exception(("tuple",)),
    StopIteration(5),
]
for e in cases:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)

try:
    {}["missing"]
except KeyError as e:
    print(str(e), e.args)
try:
    [].pop()
except IndexError as e:
    print(str(e), e.args)
try:
    int("x")
except ValueError as e:
    print(e.args)
err = RuntimeError("first")
err.args = ("changed", 1)
print(err, err.args)
print(str(UnicodeError("u")), repr(SystemExit(0)))
