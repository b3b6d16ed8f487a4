def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} extra {sorted(rest.items())}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty-ish mapping"
    return "not a mapping"


print(handle({"type": "click", "x": 1, "y": 2}))
print(handle({"type": "click", "x": 1, "y": 2, "extra": 3}))
print(handle({"type": "key", "key": "q", "shift": True, "alt": False}))
print(handle({"type": "scroll"}))
print(handle({"other": 1}))
print(handle([1, 2]))

match {1: "one", 2: "two"}:
    case {1: v}:
        print("int key", v)

match {"a": {"b": [1, 2]}}:
    case {"a": {"b": [_, second]}}:
        print("nested", second)

match {"n": 5}:
    case {"n": int(n)} if n > 3:
        print("guarded", n)

match {"k": None}:
    case {"k": None}:
        print("None value")
