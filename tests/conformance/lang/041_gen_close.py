def worker():
    try:
        while True:
            yield "working"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally on close")


w = worker()
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")

w.close()
print("second close is a no-op")

unstarted = worker()
unstarted.close()
print("closing unstarted runs nothing")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def quiet():
    try:
        yield 1
    except GeneratorExit:
        print("quiet exit, returning")
        return


q = quiet()
next(q)
print(q.close())
