def pair():
    shared = []

    def push(v):
        shared.append(v)

    def peek():
        return list(shared)

    return push, peek

push, peek = pair()
push(1)
push(2)
print(peek())

def outer():
    x = 1

    def mid():
        def inner():
            return x
        return inner

    f = mid()
    x = 2
    return f

print(outer()())

def rebind_in_nested():
    total = 0

    def add_all(*vals):
        nonlocal total
        for v in vals:
            total += v

    add_all(1, 2)
    add_all(3)
    return total

print(rebind_in_nested())

def closure_over_param(p):
    return lambda: p * 2

fs = [closure_over_param(n) for n in "ab"]
print([f() for f in fs])

def class_in_function(value):
    class Holder:
        def get(self):
            return value
    return Holder()

print(class_in_function("held").get())
