# warnings: by default a DeprecationWarning is shown when code in __main__ triggers it,
# and ignored when it comes from another module; pending deprecations, import and resource
# warnings are always ignored.
import contextlib
import io
import sys
import types
import warnings


def shown(body):
    """Run body with stderr captured; print what the warnings wrote there."""
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        body()
    print(buf.getvalue().replace(__file__, "PROG"), end="")


# A module of its own, made from source: its code's warnings come from 'helpers'.
helpers = types.ModuleType("helpers")
helpers.__file__ = "helpers_not_a_file.py"
sys.modules["helpers"] = helpers
exec(compile(
    "import warnings\n"
    "def old():\n"
    "    warnings.warn('helpers.old is deprecated', DeprecationWarning)\n"
    "def old_for_caller():\n"
    "    warnings.warn('call something else', DeprecationWarning, stacklevel=2)\n"
    "def pending():\n"
    "    warnings.warn('soon deprecated', PendingDeprecationWarning, stacklevel=2)\n",
    "helpers_not_a_file.py", "exec"), helpers.__dict__)


def in_main():
    warnings.warn("deprecated in main", DeprecationWarning)


print("-- defaults")
def defaults():
    in_main()
    in_main()
    helpers.old()
    helpers.old_for_caller()
    helpers.pending()
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("import", ImportWarning)
    warnings.warn("resource", ResourceWarning)
shown(defaults)

print("-- recorded with the defaults in place")
with warnings.catch_warnings(record=True) as log:
    in_main()
    helpers.old()
    helpers.old_for_caller()
for w in log:
    print(w.category.__name__, w.message, w.filename == __file__, w.lineno)

print("-- with simplefilter('always')")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    in_main()
    helpers.old()
    helpers.old_for_caller()
    helpers.pending()
    warnings.warn("resource", ResourceWarning)
for w in log:
    print(w.category.__name__, w.message, w.filename == __file__, w.lineno)

print("-- a filter for the helpers module")
with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("always", category=DeprecationWarning, module="help")
    helpers.old()
    helpers.old_for_caller()
for w in log:
    print(w.category.__name__, w.message, w.filename == __file__, w.lineno)
print("registry in helpers:", "__warningregistry__" in helpers.__dict__)
print("registry in main:", "__warningregistry__" in globals())
