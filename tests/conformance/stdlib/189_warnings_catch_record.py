# warnings: catch_warnings restores the filters and showwarning; record=True lists the
# warnings as WarningMessage objects instead of showing them.
import contextlib
import io
import warnings


def where(filename):
    return "PROG" if filename == __file__ else filename


print("-- record")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(FutureWarning("third"))
    warnings.warn("first")
print(type(log).__name__, len(log))
for w in log:
    print(type(w).__name__, w.category.__name__, type(w.message).__name__, w.message,
          where(w.filename), w.lineno, w.line, w.file, w.source)
print(str(log[0]).replace(repr(__file__), "'PROG'"))

print("-- filters are restored")
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(len(warnings.filters) == len(before) + 1)
    warnings.warn("hidden")
print(warnings.filters == before)

print("-- nested, with the default filter inside")
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("default")
        for _ in range(3):
            warnings.warn("inner")
    warnings.warn("outer")
    warnings.warn("outer")
print([str(w.message) for w in inner], [str(w.message) for w in outer])

print("-- action argument (3.11)")
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("raised", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", e)
with warnings.catch_warnings(record=True, action="ignore") as log:
    warnings.warn("ignored")
print(log)

print("-- showwarning is restored")
def mine(message, category, filename, lineno, file=None, line=None):
    print("mine:", message, category.__name__, lineno)
original = warnings.showwarning
warnings.showwarning = mine
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print(warnings.showwarning is mine)
    warnings.warn("recorded, not shown by mine")
print(warnings.showwarning is mine, len(log))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("shown by mine")
warnings.showwarning = original

print("-- reprs and misuse")
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
cm = warnings.catch_warnings()
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
with cm:
    try:
        cm.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)

print("-- WarningMessage")
m = warnings.WarningMessage(UserWarning("made"), UserWarning, "file.py", 7)
print(m)
print(m.message, m.category, m.filename, m.lineno, m.file, m.line, m.source)
m = warnings.WarningMessage("text", None, "f.py", 1, line="x = 1")
print(m)
print(warnings.WarningMessage._WARNING_DETAILS)
