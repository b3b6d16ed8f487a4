eg = ExceptionGroup("top", [
    ValueError("bad value"),
    ExceptionGroup("nested", [TypeError("bad type"), ValueError("another")]),
    KeyError("key"),
])
sub = eg.subgroup(ValueError)
print(sub.message, [repr(e) for e in sub.exceptions])
print([repr(e) for e in sub.exceptions[1].exceptions])
print(eg.subgroup(OSError))
print(eg.subgroup(Exception) is eg)
only_type = eg.subgroup(TypeError)
print(only_type, only_type.exceptions[0].exceptions)
pred = eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested")
print(pred.exceptions[0].message)
derived = eg.derive([RuntimeError("r")])
print(type(derived).__name__, derived.message, derived.exceptions)


def flatten(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from flatten(e)
        else:
            yield e


print([str(e) for e in flatten(eg)])
eg.add_note("note on group")
s = eg.subgroup(KeyError)
print(s.__notes__)
try:
    raise eg
except ExceptionGroup as caught:
    print("caught plain:", caught.message, len(caught.exceptions))
