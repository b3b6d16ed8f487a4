# A worker of a process pool lives for many jobs: what a job leaves in the worker's module
# (a counter, a cache) is there for the next job it runs. With one worker every job runs
# in the same process, so the counter goes up and the cache fills.
from concurrent.futures import ProcessPoolExecutor

calls = 0
cache = {}


def count(_):
    global calls
    calls += 1
    return calls


def slow_square(n):
    if n in cache:
        return f"{n}*{n} = {cache[n]} (remembered)"
    cache[n] = n * n
    return f"{n}*{n} = {cache[n]}"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(list(pool.map(count, range(5))))
        for n in [3, 4, 3, 3, 4]:
            print(pool.submit(slow_square, n).result())
    print("calls in the parent:", calls)
