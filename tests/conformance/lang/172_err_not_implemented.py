class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Blob(Shape):
    pass


print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("caught:", e)
print(issubclass(NotImplementedError, RuntimeError))
print(NotImplemented.__class__.__name__)
shapes = [Square(1), Square(2), Blob()]
for s in shapes:
    print(s.describe())
