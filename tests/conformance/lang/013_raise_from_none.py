def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no such key: " + str(k)) from None


try:
    lookup({}, "q")
except LookupError as e:
    print("message:", e)
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)
    print("context kept:", type(e.__context__).__name__)

try:
    raise ValueError("plain")
except ValueError as e:
    print("plain suppress:", e.__suppress_context__, e.__cause__, e.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    print("implicit suppress:", e.__suppress_context__)
    print("implicit context:", type(e.__context__).__name__)

err = ValueError("manual")
err.__cause__ = KeyError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)
