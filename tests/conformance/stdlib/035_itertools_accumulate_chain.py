import itertools
import operator

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate([])))
print(list(itertools.accumulate("abc")))
print(list(itertools.chain([1, 2], (3,), "ab")), list(itertools.chain()))
print(list(itertools.chain.from_iterable(["abc", [1, 2], range(2)])))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(list(itertools.chain(*nested)), sum(itertools.chain.from_iterable(nested)))
