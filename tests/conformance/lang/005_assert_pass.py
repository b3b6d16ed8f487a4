assert True
assert 1 == 1, "never shown"
print("simple asserts passed")

try:
    assert 1 == 2
except AssertionError as e:
    print("caught", repr(e), e.args)

try:
    assert False, "custom message"
except AssertionError as e:
    print("caught", repr(e), str(e))

try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("args", e.args)

calls = []


def msg():
    calls.append("msg called")
    return "lazy"


assert 3 > 2, msg()
print(calls)
try:
    assert 3 < 2, msg()
except AssertionError as e:
    print(e, calls)

x = 10
assert x > 5 and x < 20
print("done")
