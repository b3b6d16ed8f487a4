raw = ["10", " 20 ", "-3", "0x1f", "forty"]
parsed = []
for s in raw[:3]:
    parsed.append(int(s))
print(parsed)
try:
    int(raw[3])
except ValueError as e:
    print("caught:", e)
print(int(raw[3], 16))
try:
    float("nope")
except ValueError as e:
    print("caught:", e)
print("parsing", repr(raw[4]))
value = int(raw[4])
print("unreached", value)
