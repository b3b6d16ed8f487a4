# warnings: with the default filters a warning is shown once per location, on stderr.
import contextlib
import io
import warnings


def shown(body):
    """Run body with stderr captured; print what the warnings wrote there."""
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        body()
    print(buf.getvalue().replace(__file__, "PROG"), end="")


class MyWarning(UserWarning):
    pass


def loop():
    for i in range(3):
        warnings.warn("same place")
    warnings.warn("another place")
    warnings.warn("same place")


print("-- once per location")
shown(loop)
print("-- again: already shown at these lines")
shown(loop)

print("-- categories")
def categories():
    warnings.warn("a user warning")
    warnings.warn("at run time", RuntimeWarning)
    warnings.warn("in the future", FutureWarning)
    warnings.warn("a bytes thing", BytesWarning)
    warnings.warn("my own", MyWarning)
    warnings.warn(MyWarning("an instance"))
    warnings.warn(RuntimeWarning("instance wins"), UserWarning)
    warnings.warn("dep", PendingDeprecationWarning)
    warnings.warn("unclosed", ResourceWarning)
    warnings.warn("importing", ImportWarning)
    warnings.warn(42)
shown(categories)

print("-- a message that differs is shown again at the same line")
def differing():
    for word in ["one", "two", "one"]:
        warnings.warn("word " + word)
shown(differing)

print("-- bad categories")
for bad in (int, 5, "x", None.__class__, Exception):
    try:
        warnings.warn("m", bad)
    except TypeError as e:
        print("TypeError:", e)

print("-- the registry")
reg = globals().get("__warningregistry__")
print(type(reg).__name__, ("same place", UserWarning, 21) in reg)
print(sorted(str(k[0]) for k in reg if isinstance(k, tuple)))

print("-- source")
shown(lambda: warnings.warn("with a source", ResourceWarning, source=object()))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    shown(lambda: warnings.warn("with a source", ResourceWarning, source=object()))
print(warnings.__all__)
