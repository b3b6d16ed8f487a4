import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

rows = [("pear", 3, 0.5), ("apple", 5, 1.25), ("fig", 5, 0.25)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 2)))
print(itemgetter(0)(rows[1]), itemgetter(2, 0)(rows[0]), itemgetter("k")({"k": "v"}))
print(repr(itemgetter(1)), repr(attrgetter("a.b", "c")), repr(methodcaller("split", ",", maxsplit=1)))


class City:
    def __init__(self, name, pop, country):
        self.name, self.pop, self.country = name, pop, country


class Country:
    def __init__(self, code):
        self.code = code


cities = [City("Oslo", 700, Country("NO")), City("Bergen", 285, Country("NO")), City("Lund", 90, Country("SE"))]
print([c.name for c in sorted(cities, key=attrgetter("pop"))])
print(attrgetter("name", "pop")(cities[0]), attrgetter("country.code")(cities[2]))
print(methodcaller("upper")("abc"), methodcaller("replace", "a", "o")("banana"))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul(4, 2), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 2), operator.pow(2, 8), operator.neg(3), operator.pos(-3))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt("a", "b"), operator.ge(2, 3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 4))
print(operator.not_([]), operator.truth("x"), operator.is_(None, None), operator.contains("team", "ea"))
print(operator.concat([1], [2]), operator.getitem([5, 6], 1), operator.countOf([1, 2, 1], 1), operator.indexOf("xyz", "z"))
print(reduce(operator.mul, range(1, 6)), list(map(operator.sub, [10, 20], [1, 2])))
