# CPU-bound jobs on a process pool: the same four jobs on WORKERS workers. The time includes
# starting the pool's workers, as a user's program pays it.
import time
from concurrent.futures import ProcessPoolExecutor

WORKERS = 1
JOBS = 4


def work(n):
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(work, [2_000_000] * JOBS))
    print(results[0], len(results))
    print("#t", time.perf_counter() - start)
