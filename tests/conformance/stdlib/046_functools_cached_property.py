from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def mean(self):
        self.computed += 1
        print("computing mean")
        return sum(self.values) / len(self.values)


d = Dataset([1, 2, 3, 4])
print(d.mean, d.mean, d.computed)
print("mean" in d.__dict__, d.__dict__["mean"])
d.mean = 100
print(d.mean)
del d.mean
print(d.mean, d.computed)
print(type(Dataset.mean).__name__, Dataset.mean.attrname)
e = Dataset([10])
print(e.mean, e.computed)
