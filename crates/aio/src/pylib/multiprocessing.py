# Loopscope's multiprocessing: only what ProcessPoolExecutor's callers reach for. Our
# process pool always starts its workers as CPython's 'spawn' method does.

import _aioloop


class BaseContext:
    def __init__(self, method):
        self._method = method

    def get_start_method(self):
        return self._method

    def cpu_count(self):
        return cpu_count()

    def __repr__(self):
        return f'<multiprocessing.context.{self._method.capitalize()}Context object>'


def get_context(method=None):
    if method is None:
        method = 'spawn'
    if method not in ('spawn', 'fork', 'forkserver'):
        raise ValueError(f'cannot find context for {method!r}')
    return BaseContext(method)


def get_start_method(allow_none=False):
    return 'spawn'


def cpu_count():
    return _aioloop.cpu_count()
