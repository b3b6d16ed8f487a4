from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p, p.x, p.y, p == Point(1, 2), p == Point(2, 1), p != Point(1, 3))
print(Point(x=5, y=6), Point(7, y=8))
p.x = 10
print(p, Point.__eq__(p, (10, 2)))
print(Point.__hash__, Point.__match_args__)


@dataclass()
class Item:
    name: str
    price: float
    quantity: int = 1

    def total(self):
        return self.price * self.quantity


items = [Item("pen", 1.5, 4), Item("book", 12.0)]
for it in items:
    print(it, it.total())
print(sum(i.total() for i in items))
match p:
    case Point(x=10, y=y):
        print("matched y", y)
