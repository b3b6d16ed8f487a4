# warnings: filterwarnings and simplefilter, each action, the filters list, resetwarnings.
import contextlib
import io
import warnings


def shown(body):
    """Run body with stderr captured; print what the warnings wrote there."""
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        body()
    print(buf.getvalue().replace(__file__, "PROG"), end="")


def twice(text, category=UserWarning):
    for _ in range(2):
        warnings.warn(text, category)


def filters():
    for action, message, category, module, lineno in warnings.filters:
        print(" ", action, message, category.__name__, module, lineno)


print("-- the defaults")
filters()
print(warnings.defaultaction, warnings.onceregistry)

print("-- always")
warnings.simplefilter("always")
shown(lambda: twice("always shown"))

print("-- ignore")
warnings.simplefilter("ignore")
shown(lambda: twice("never shown"))

print("-- error")
warnings.simplefilter("error")
try:
    warnings.warn("now an exception")
except UserWarning as e:
    print("caught", type(e).__name__, e, e.args)
try:
    warnings.warn(RuntimeWarning("the instance itself"))
except RuntimeWarning as e:
    print("caught", type(e).__name__, e)

print("-- once: one per message anywhere")
warnings.simplefilter("once")
def once():
    twice("only once")
    warnings.warn("only once")
    warnings.warn("only once", RuntimeWarning)
shown(once)

print("-- module: one per message per module")
warnings.simplefilter("module")
def module():
    twice("per module")
    warnings.warn("per module")
shown(module)

print("-- default: one per message per line")
warnings.simplefilter("default")
def default():
    twice("per line")
    warnings.warn("per line")
shown(default)

print("-- by category, message and line")
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("always")
warnings.filterwarnings("ignore", category=RuntimeWarning)
warnings.filterwarnings("error", message="fatal")
warnings.filterwarnings("ignore", message="quiet.*please")
warnings.filterwarnings("ignore", category=UserWarning, lineno=87)
def mixed():
    warnings.warn("loud")
    warnings.warn("a runtime one", RuntimeWarning)
    warnings.warn("QUIET now please")
    warnings.warn("not quiet now")
    try:
        warnings.warn("Fatal mistake")
    except UserWarning as e:
        print("error:", e)
    warnings.warn("line 87 is ignored")
    warnings.warn("a future one", FutureWarning)
shown(mixed)
filters()

print("-- by module")
warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", module="__ma")
shown(lambda: warnings.warn("module __main__ starts with __ma"))
warnings.filterwarnings("always", module="__main__$")
shown(lambda: warnings.warn("but __main__$ is in front"))

print("-- append and moving to the front")
warnings.resetwarnings()
warnings.simplefilter("ignore", UserWarning)
warnings.simplefilter("error", UserWarning, append=True)
warnings.simplefilter("ignore", UserWarning, append=True)
filters()
warnings.simplefilter("error", UserWarning)
filters()
try:
    warnings.warn("error is first")
except UserWarning as e:
    print("error:", e)

print("-- default action when nothing matches")
warnings.resetwarnings()
shown(lambda: twice("falls to defaultaction"))
warnings.defaultaction = "always"
shown(lambda: twice("defaultaction always"))
warnings.defaultaction = "default"

print("-- bad filters")
for call in (
    lambda: warnings.simplefilter("loud"),
    lambda: warnings.filterwarnings("error", category=int),
    lambda: warnings.filterwarnings("error", category="x"),
    lambda: warnings.filterwarnings("error", lineno=1.5),
    lambda: warnings.simplefilter("error", lineno=-1),
    lambda: warnings.filterwarnings("error", message=5),
    lambda: warnings.filterwarnings("error", module=None),
):
    try:
        call()
    except AssertionError as e:
        print("AssertionError:", e)
warnings.filters.insert(0, ("sometimes", None, Warning, None, 0))
try:
    warnings.warn("odd action")
except RuntimeError as e:
    print("RuntimeError:", e)
