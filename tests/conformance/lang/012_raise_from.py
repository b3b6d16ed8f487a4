class AppError(Exception):
    pass


def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError("missing " + key) from e


try:
    load("z")
except AppError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    raise RuntimeError("outer") from ValueError("explicit")
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__)
    print("context:", e.__context__)

try:
    raise RuntimeError("class cause") from ValueError
except RuntimeError as e:
    print("cause from class:", repr(e.__cause__))

print(load("a"))

try:
    try:
        raise ValueError("first")
    except ValueError as first:
        raise TypeError("second") from first
except TypeError as t:
    chain = []
    cur = t
    while cur is not None:
        chain.append(str(cur))
        cur = cur.__cause__
    print(chain)
