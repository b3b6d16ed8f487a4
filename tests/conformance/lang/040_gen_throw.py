def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("generator handled", e)
            n = 100

g = resilient()
print(next(g), next(g))
print(g.throw(ValueError("reset")))
print(next(g))

def fragile():
    yield 1
    yield 2

f = fragile()
print(next(f))
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("propagated out", repr(e))
try:
    next(f)
except StopIteration:
    print("generator is finished after throw")

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup ran")

w = with_finally()
print(next(w))
try:
    w.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("caught", e)

def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "returned after throw"

r = returns_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)
