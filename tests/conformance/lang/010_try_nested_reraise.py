def level3():
    raise ValueError("from level3")


def level2():
    try:
        level3()
    except ValueError:
        print("level2 saw it, re-raising")
        raise


def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught:", e)
        return "handled"


print(level1())

try:
    try:
        raise TypeError("first")
    except TypeError as e:
        err = e
        raise
except TypeError as e2:
    print("same object:", e2 is err)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replacement")
except ValueError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__)

def bare_raise_in_handler():
    try:
        raise KeyError("key")
    except KeyError:
        try:
            raise IndexError("idx")
        except IndexError:
            pass
        raise


try:
    bare_raise_in_handler()
except Exception as e:
    print("bare raise re-raised", type(e).__name__, e)
