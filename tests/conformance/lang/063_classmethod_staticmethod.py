class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date.is_leap(2024))
d = Date(2020, 1, 1)
print(d.is_leap(2023), d.from_string("2001-01-01"))
print(Date.count)


class Counter:
    instances = 0

    @classmethod
    def create(cls):
        cls.instances += 1
        return cls()

    @staticmethod
    def helper(a, b):
        return a * b


Counter.create()
Counter.create()
print(Counter.instances)
print(Counter.helper(6, 7), Counter().helper(2, 3))
print(type(Counter.__dict__["create"]).__name__)
print(type(Counter.__dict__["helper"]).__name__)
