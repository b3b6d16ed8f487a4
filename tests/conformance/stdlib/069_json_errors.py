import json

docs = ["", " ", "{", '{"a"', '{"a":', '{"a":1', '{"a":1,}', "{1:2}", "[", "[1,]", "[1 2]",
        '"abc', '"a\\x"', '"a\\u12"', '"a\nb"', "tru", "01", "1.", "[1,2]x", '{"a" 1}',
        "  \n [1,\n  x]", "\ufeff[]", "infinity"]
for doc in docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e.msg, e.pos, e.lineno, e.colno)
        print("   ", e)
print(issubclass(json.JSONDecodeError, ValueError))
for bad in [{1, 2}, {(1, 2): 3}, object]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
try:
    json.loads(42)
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
