def implicit():
    try:
        raise KeyError("original")
    except KeyError:
        raise ValueError("during handling")

try:
    implicit()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise ValueError("b") from k
except ValueError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        raise OSError("io")
    finally:
        raise RuntimeError("from finally")
except RuntimeError as e:
    print(repr(e.__context__))

def three_levels():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("k")
    except KeyError:
        raise IndexError("i")

try:
    three_levels()
except IndexError as e:
    cur = e
    names = []
    while cur:
        names.append(type(cur).__name__)
        cur = cur.__context__
    print(names)

try:
    raise ValueError("fresh")
except ValueError as e:
    print(e.__context__, e.__cause__)

try:
    try:
        raise TypeError("t")
    except TypeError:
        pass
    raise ValueError("after handled block")
except ValueError as e:
    print("context after handled block:", e.__context__)
