# ProcessPoolExecutor: map keeps the order of its inputs, submit returns a future, and
# values of many kinds cross to a worker and back by value.
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def echo(value):
    return value


def bump(items):
    items.append('added in the worker')
    return items


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_point(n):
    return Point(n, n + 1)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(square, range(8))))
        print(list(pool.map(pow, [2, 3], [10, 5])))
        future = pool.submit(square, 12)
        print(future.result(), future.done())
        values = (None, True, 2 ** 100, -1.5, 'héllo', b'\x00\xff', [1, {'a': (2,)}],
                  frozenset([4]), float('inf'))
        print(pool.submit(echo, values).result())
        print(sorted(pool.submit(echo, {3, 1, 2}).result()))
        mine = ['mine']
        print(pool.submit(bump, mine).result(), mine)
        p = pool.submit(make_point, 3).result()
        print(type(p).__name__, p.x, p.y)
        print(pool.submit(echo, square).result() is square)
    try:
        pool.submit(square, 1)
    except RuntimeError as e:
        print('after shutdown:', e)
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print(e)
