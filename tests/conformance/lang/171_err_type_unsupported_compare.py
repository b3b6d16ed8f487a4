print(1 < 2, "a" < "b", [1] < [2], (1, "a") < (1, "b"))
try:
    1 < "2"
except TypeError as e:
    print("caught:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("caught:", e)
try:
    None > None
except TypeError as e:
    print("caught:", e)
print(1 == "1", [] == (), None == 0)
mixed = [3, 1, "2"]
print("sorting", mixed)
mixed.sort()
print(mixed)
