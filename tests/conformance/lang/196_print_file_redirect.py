# Where print writes: file=, sep/end/flush, contextlib.redirect_stdout, a reassigned
# sys.stdout, and an object with a write method.
import contextlib
import io
import sys

buf = io.StringIO()
print("hello", "world", sep=", ", end="!\n", file=buf)
print(1, 2, 3, file=buf, flush=True)
print(repr(buf.getvalue()))

with contextlib.redirect_stdout(io.StringIO()) as captured:
    print("captured line")
    print("another")
print("got:", captured.getvalue().splitlines())


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

    def flush(self):
        pass


u = Upper()
print("to upper", 42, file=u)
print(u.parts)

saved = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
text = sys.stdout.getvalue()
sys.stdout = saved
print("restored; hidden was", repr(text))

print("to stderr", file=sys.stderr)
print(file=buf)
print(*["a", "b"], sep="")
print("x", end="")
print("y")
sys.stdout.write("written directly\n")
print(sys.stdout is sys.__stdout__)
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("err text", file=sys.stderr)
print("stderr captured:", repr(err.getvalue()))
