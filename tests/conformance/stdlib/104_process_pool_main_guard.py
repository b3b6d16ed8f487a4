# Workers start as CPython's spawn method starts them: the program runs again as module
# __mp_main__, so code under the `if __name__ == "__main__":` guard runs only in the parent.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

LIMIT = 3


def where(x):
    return __name__, x * LIMIT


if __name__ == "__main__":
    LIMIT = 100  # only the parent sees this: workers run the module afresh
    spawn = multiprocessing.get_context('spawn')
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        print(sorted(pool.map(where, [1, 2, 3])))
    print(__name__, LIMIT)
