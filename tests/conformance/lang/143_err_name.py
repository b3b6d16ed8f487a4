def compute(values):
    total = 0
    for v in values:
        total += v
    return total


print("sum:", compute([1, 2, 3]))
known = {"alpha": 1}
print("known keys:", list(known))
try:
    print(undefined_thing_one)
except NameError as e:
    print("caught first:", e)


def uses_missing():
    return completely_unknown_name * 2


print("about to fail")
print(uses_missing())
print("never printed")
