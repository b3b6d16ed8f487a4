import json

doc = '{"name": "Ada", "age": 36, "scores": [9.5, 8, -1.25e2], "ok": true, "x": null, "nested": {"a": []}}'
obj = json.loads(doc)
print(obj, type(obj["age"]).__name__, type(obj["scores"][0]).__name__)
print(json.loads("[]"), json.loads("{}"), json.loads('"text"'), json.loads("  42  "), json.loads("-0"))
print(json.loads('"\\u00e9\\n\\t\\"\\\\\\/"'), json.loads('"\\ud83d\\ude00"'))
print(json.loads("12345678901234567890123"), json.loads("1E3"), json.loads("1.5e-3"))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'{"bytes": true}'))
print(json.loads('[1, 2]') == [1, 2], json.loads('{"k": [1, {"z": false}]}')["k"][1]["z"])
print(json.loads('\n\t{ "spaced" :\r\n [ 1 , 2 ] }\n'))
