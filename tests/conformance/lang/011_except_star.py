def raiser():
    raise ExceptionGroup("group", [
        ValueError("v1"),
        TypeError("t1"),
        ValueError("v2"),
        KeyError("k"),
    ])


try:
    raiser()
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("KeyErrors:", [repr(e) for e in eg.exceptions])

try:
    try:
        raiser()
    except* ValueError as eg:
        print("handled values only:", len(eg.exceptions))
except ExceptionGroup as rest:
    print("remaining:", type(rest).__name__, rest.message)
    print([type(e).__name__ for e in rest.exceptions])

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", type(eg).__name__, [str(e) for e in eg.exceptions])

try:
    raise ExceptionGroup("g", [OSError("o")])
except* (OSError, ValueError) as eg:
    print("tuple match:", [type(e).__name__ for e in eg.exceptions])
else:
    print("no")
finally:
    print("finally after except*")

try:
    pass
except* Exception:
    print("not run")
else:
    print("else ran")
