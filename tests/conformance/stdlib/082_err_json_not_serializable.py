import json

print(json.dumps({"ok": [1, 2]}))
print(json.dumps({"bad": {1, 2}}))
