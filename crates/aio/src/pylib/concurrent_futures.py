# Loopscope's concurrent.futures: Future and ThreadPoolExecutor on virtual threads.
#
# The driver runs virtual threads one at a time with a simulated GIL, so blocking work
# (time.sleep) overlaps and CPU-bound work does not speed up, as under CPython.

import _aioloop
import time as _time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

# How long a blocked wait (Future.result, shutdown) sleeps between looks.
_POLL = 0.0005


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception is not None:
                return f'<Future state=finished raised {type(self._exception).__name__}>'
            return f'<Future state=finished returned {type(self._result).__name__}>'
        return f'<Future state={self._state.lower()}>'

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state == _CANCELLED:
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                import sys
                print(f'exception calling callback for {self!r}: {exc!r}', file=sys.stderr)

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
            return
        fn(self)

    def _wait(self, timeout):
        deadline = None if timeout is None else _time.monotonic() + timeout
        while not self.done():
            if deadline is not None and _time.monotonic() >= deadline:
                raise TimeoutError()
            _aioloop.sleep(_POLL)

    def result(self, timeout=None):
        self._wait(timeout)
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait(timeout)
        if self._state == _CANCELLED:
            raise CancelledError()
        return self._exception

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class Executor:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for f in futures:
                yield f.result(timeout)
        return results()


def _cpu_count():
    return 2


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work = []
        self._alive = 0
        self._started = 0
        self._shutdown = False
        self._initializer = initializer
        self._initargs = initargs
        if not thread_name_prefix:
            thread_name_prefix = f'ThreadPoolExecutor-{ThreadPoolExecutor._counter}'
            ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        self._work.append(_WorkItem(f, fn, args, kwargs))
        if self._alive < self._max_workers:
            name = f'{self._thread_name_prefix}_{self._started}'
            self._started += 1
            self._alive += 1
            _aioloop.start_thread(self._worker, name)
        return f

    def _worker(self):
        try:
            if self._initializer is not None:
                self._initializer(*self._initargs)
            while self._work:
                item = self._work.pop(0)
                item.run()
                del item
        finally:
            self._alive -= 1

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            while self._work:
                self._work.pop(0).future.cancel()
        if wait:
            while self._alive > 0:
                _aioloop.sleep(_POLL)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    deadline = None if timeout is None else _time.monotonic() + timeout
    while True:
        done = {f for f in fs if f.done()}
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f.exception() is not None for f in done):
            break
        if len(done) == len(fs):
            break
        if deadline is not None and _time.monotonic() >= deadline:
            break
        _aioloop.sleep(_POLL)
    return done, fs - done


def as_completed(fs, timeout=None):
    pending = list(fs)
    while pending:
        for f in list(pending):
            if f.done():
                pending.remove(f)
                yield f
        if pending:
            _aioloop.sleep(_POLL)


from concurrent.futures.process import ProcessPoolExecutor
