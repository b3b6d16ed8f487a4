def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"


print(connect("a"))
print(connect("b", port=443, secure=True))
print(connect(secure=True, host="c"))
try:
    connect("d", 8080)
except TypeError as e:
    print("TypeError:", e)


def required_kw(*, name, age):
    return name, age


print(required_kw(age=3, name="x"))
try:
    required_kw(name="x")
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)


def after_varargs(*values, sep=", "):
    return sep.join(str(v) for v in values)


print(after_varargs(1, 2, 3))
print(after_varargs(1, 2, 3, sep="|"))
try:
    required_kw(nme="x", age=1)
except TypeError as e:
    print("TypeError:", e)
print(connect.__kwdefaults__)
print(required_kw.__code__.co_kwonlyargcount)
