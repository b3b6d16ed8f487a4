# An except block that runs long enough to be paused and resumed by the scheduler still
# forgets its exception when it ends: sys.exc_info() is clear after it, a bare raise there
# has nothing to re-raise, and implicit chaining links each exception to the right one.
import sys


def busy(n):
    total = 0
    for i in range(n):
        total += i
    return total


try:
    raise ValueError("first")
except ValueError:
    busy(300_000)
print(sys.exc_info())

try:
    try:
        raise KeyError("inner")
    except KeyError:
        busy(300_000)
        raise TypeError("replacing")
except TypeError as e:
    print(repr(e), repr(e.__context__))
print(sys.exc_info())

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

e = None
for i in range(3000):
    try:
        try:
            raise e if e is not None else KeyError(i)
        except BaseException:
            raise ValueError(i)
    except (KeyError, ValueError) as k:
        e = k
n = 0
while e is not None:
    n += 1
    e = e.__context__
print("chain", n)
