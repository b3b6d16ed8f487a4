# What cannot cross to a worker fails the way CPython's pickle fails: through the future.
import threading
from concurrent.futures import ProcessPoolExecutor


def echo(value):
    return value


def make_adder():
    def add(x):
        return x + 1
    return add


def give_back_a_lambda():
    return lambda: 2


def describe(e):
    # Drop the object's address, which differs from run to run.
    return f'{type(e).__module__}.{type(e).__qualname__}: {str(e).split(" at 0x")[0]}'


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        for bad in [lambda: 1, threading.Lock(), threading.RLock(), (x for x in [])]:
            future = pool.submit(echo, bad)
            try:
                future.result()
            except Exception as e:
                print(describe(e))
        try:
            pool.submit(make_adder()).result()
        except Exception as e:
            print(describe(e))
        try:
            pool.submit(give_back_a_lambda).result()
        except Exception as e:
            print(describe(e))
        print(pool.submit(echo, 'still works').result())
