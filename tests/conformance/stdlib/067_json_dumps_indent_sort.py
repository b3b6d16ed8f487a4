import json

data = {"name": "widget", "tags": ["a", "b"], "dims": {"w": 2, "h": 3}, "empty": [], "none": {}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="--"))
print(json.dumps({"b": 1, "a": {"d": 4, "c": 3}}, sort_keys=True))
print(json.dumps([1, 2], indent=0))
print(json.dumps({"k": "v"}, indent=2, separators=(",", " = ")))
print(json.dumps(data, indent=None, separators=(", ", ": ")))
