def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("  zero division")
        return None
    except TypeError as e:
        print("  type error:", e)
        return None
    else:
        print("  else ran, r =", r)
        return r


print(attempt(2))
print(attempt(0))
print(attempt("s"))


def multi(v):
    try:
        if v == 1:
            raise KeyError("k")
        if v == 2:
            raise IndexError("i")
        if v == 3:
            raise ValueError("v")
        return "no error"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__


for v in range(4):
    print(v, multi(v))

try:
    pass
except Exception:
    print("never")
else:
    print("else without error")

try:
    try:
        raise ValueError("inner")
    except KeyError:
        print("wrong handler")
    else:
        print("no")
except ValueError as e:
    print("outer caught", e)

e = "before"
try:
    raise RuntimeError("x")
except RuntimeError as e:
    pass
print("e" in dir())
