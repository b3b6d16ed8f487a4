# _random.Random.seed takes no keywords; pow and divmod on int subclasses and on a class with
# a three-argument __pow__, and the dunders that reach them.
import random, _random
r = _random.Random()
for stmt in ["r.seed(a=1)", "r.seed(x=1)", "r.seed(5)", "random.seed(a=3)"]:
    try:
        exec(stmt); print(stmt, "ok")
    except Exception as e:
        print(stmt, type(e).__name__, e)
print(random.random())
class P(int):
    pass
print(pow(P(2), 10, 7), divmod(P(7), 2), divmod(7, P(2)), P(3).__rdivmod__(10), P(3).__pow__(2, 5))
class Q:
    def __pow__(self, e, m=None):
        return ("Q", e, m)
print(pow(Q(), 2, 3), Q() ** 2)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(e)
