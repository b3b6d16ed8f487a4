# warnings: formatwarning's text, and programs replacing formatwarning or showwarning.
import contextlib
import io
import sys
import warnings

warnings.simplefilter("always")


def shown(body):
    """Run body with stderr captured; print what the warnings wrote there."""
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        body()
    print(buf.getvalue().replace(__file__, "PROG"), end="")


print("-- formatwarning")
print(repr(warnings.formatwarning("hello", UserWarning, "no_such_file.py", 3)))
print(repr(warnings.formatwarning("hello", UserWarning, "no_such_file.py", 3, line="   x = 1   ")))
print(repr(warnings.formatwarning(RuntimeWarning("inst"), RuntimeWarning, "f.py", 0, line="")))
print(repr(warnings.formatwarning("m", DeprecationWarning, "f.py", "12", line="y")))

print("-- showwarning to a file")
buf = io.StringIO()
warnings.showwarning("to a file", FutureWarning, "somewhere.py", 10, file=buf, line="call()")
print(repr(buf.getvalue()))
shown(lambda: warnings.showwarning("to stderr", UserWarning, "x.py", 1, line="pass"))

print("-- the stderr of the moment")
class ToStdout:
    def write(self, text):
        print("stdout got:", text.replace(__file__, "PROG"), end="")
        return len(text)

def write_to_stdout():
    saved = sys.stderr
    sys.stderr = ToStdout()
    try:
        warnings.warn("printed on stdout")
    finally:
        sys.stderr = saved
write_to_stdout()

print("-- a replaced formatwarning")
original_format = warnings.formatwarning
def short(message, category, filename, lineno, line=None):
    return f"[{category.__name__} at line {lineno}] {message} ({line!r})\n"
warnings.formatwarning = short
shown(lambda: warnings.warn("short form"))
shown(lambda: warnings.showwarning("direct", UserWarning, "f.py", 5))
print(repr(warnings.formatwarning("called", UserWarning, "f.py", 6)))
warnings.formatwarning = original_format

print("-- a replaced showwarning")
original_show = warnings.showwarning
def collect(message, category, filename, lineno, file=None, line=None):
    print("collect:", type(message).__name__, message, category.__name__,
          filename == __file__, lineno, file, line)
warnings.showwarning = collect
warnings.warn("to collect")
warnings.warn(SyntaxWarning("odd syntax"))
with warnings.catch_warnings(record=True) as log:
    warnings.warn("recorded instead")
print(len(log), warnings.showwarning is collect)
warnings.showwarning = "not callable"
try:
    warnings.warn("nowhere to go")
except TypeError as e:
    print("TypeError:", e)
warnings.showwarning = original_show
shown(lambda: warnings.warn("back to normal"))
