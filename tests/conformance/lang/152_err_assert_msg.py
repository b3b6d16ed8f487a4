def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n


print(check_positive(5))
try:
    check_positive(0)
except AssertionError as e:
    print("caught:", e)
values = [3, 2, 1, 0, -1]
for v in values:
    print("checking", v)
    check_positive(v)
print("unreached")
