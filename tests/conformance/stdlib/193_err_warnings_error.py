# warnings: under the "error" action an uncaught warning ends the program with its traceback.
import warnings


def check(value):
    if value < 0:
        warnings.warn(f"negative value {value}", UserWarning, stacklevel=2)
    return abs(value)


print(check(-1))
warnings.filterwarnings("error", message="negative")
try:
    check(-2)
except UserWarning as e:
    print("caught:", e)
print(check(3))
check(-4)
print("not reached")
