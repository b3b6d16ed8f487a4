print("{} and {}".format("a", "b"))
print("{1} then {0} then {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[0]}".format(["first", "second"]))
print("{d[key]} {o.real}".format(d={"key": "val"}, o=3))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{:.3f} {:5d} {:x}".format(3.14159, 42, 255))
print("{{literal braces}} {}".format(1))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:{}}|".format("w", 7))
print("{0:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9))
print("{}{}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print(format(12.5, ".1e"), format(255, "b"), format("s", "^5"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{:,}".format(1234567), "{:_b}".format(255))
print("{0:>{1}}".format(3, 4), "{:%}".format(0.25))
print("{:5}|{:5}|".format(12, "ab"))
