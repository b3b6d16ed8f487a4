def risky(n):
    try:
        print("try block", n)
        if n == 0:
            raise ValueError("original problem")
        return n
    finally:
        print("finally block", n)
        if n == 0:
            raise KeyError("raised in finally")


print(risky(1))
try:
    risky(0)
except KeyError as e:
    print("caught:", repr(e), "| context:", repr(e.__context__))
print("uncaught run")
risky(0)
