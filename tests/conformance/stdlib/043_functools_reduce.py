from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4, 5]), reduce(lambda a, b: a * b, range(1, 7)))
print(reduce(operator.add, [], 0), reduce(operator.add, [42]), reduce(max, [3, 9, 2, 7]))
print(reduce(lambda acc, ch: ch + acc, "hello", ""))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
