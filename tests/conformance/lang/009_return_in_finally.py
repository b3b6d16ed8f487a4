def f1():
    try:
        return "try"
    finally:
        return "finally"


def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def f3():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


def f4():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            if i == 2:
                print("finally with i =", i)


def f5():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


def f6():
    value = "original"
    try:
        return value
    finally:
        value = "changed"


print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
