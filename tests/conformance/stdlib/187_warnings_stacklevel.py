# warnings: stacklevel says which caller a warning is reported at.
import contextlib
import io
import warnings

warnings.simplefilter("always")


def shown(body):
    """Run body with stderr captured; print what the warnings wrote there."""
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        body()
    print(buf.getvalue().replace(__file__, "PROG"), end="")


def old_api(level):
    warnings.warn(f"old_api is old (stacklevel={level})", DeprecationWarning, stacklevel=level)


def wrapper(level):
    old_api(level)


def outer(level):
    wrapper(level)


class Thing:
    def method(self):
        warnings.warn("from a method", stacklevel=2)

    @classmethod
    def build(cls):
        warnings.warn("from a classmethod", stacklevel=2)
        return cls()


def levels():
    for level in (0, 1, 2, 3, 4):
        outer(level)
    Thing().method()
    Thing.build()
    def closure():
        return lambda: warnings.warn("from a lambda in a closure", stacklevel=2)
    closure()()
    sorted([3, 1, 2], key=lambda x: warnings.warn("in a key", stacklevel=1) or x)
    [warnings.warn("in a comprehension") for _ in range(1)]


shown(levels)

print("-- past the outermost frame")
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    warnings.warn("at module level", stacklevel=1)
    warnings.warn("above the module", stacklevel=2)
    warnings.warn("far above", stacklevel=50)
print(buf.getvalue().replace(__file__, "PROG"), end="")

print("-- with recording")
with warnings.catch_warnings(record=True) as log:
    old_api(2)
    outer(3)
for w in log:
    print(w.category.__name__, w.filename == __file__, w.lineno, w.line, str(w.message))
