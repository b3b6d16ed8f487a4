import json

print(json.dumps({"name": "Ada", "age": 36, "langs": ["en", "fr"], "active": True, "spouse": None}))
print(json.dumps([1, 2.5, -0.0, 1e100, 1e-7, 3.0, 123456789012345678901234567890]))
print(json.dumps("caf\u00e9 \u2603 \U0001f600"), json.dumps("caf\u00e9", ensure_ascii=False))
print(json.dumps("quote\" backslash\\ newline\n tab\t bell\x07"))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(""), json.dumps(None))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps({"a": [1, {"b": [2, {"c": []}]}]}))
print(json.dumps({"z": 1, "a": 2}, separators=(",", ":")))
print(json.dumps(0.1 + 0.2), json.dumps(1 / 3), json.dumps(100.0), json.dumps(True))
