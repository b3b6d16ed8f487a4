handlers = {"a": lambda: "handler a", "b": "not a function"}
print(handlers["a"]())
try:
    handlers["b"]()
except TypeError as e:
    print("caught:", e)
try:
    (1, 2)()
except TypeError as e:
    print("caught:", e)
try:
    [1, 2](0)
except TypeError as e:
    print("caught:", e)
print(callable(handlers["a"]), callable(handlers["b"]))
count = 5
print("calling an int")
count()
