# Loopscope's threading: threads are virtual threads run by the driver with a GIL.

import _aioloop
import time as _time

_POLL = 0.0005
_names = {}


class Thread:
    _count = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        Thread._count += 1
        self._target = target
        self._args = args
        self._kwargs = kwargs or {}
        self.name = name or f'Thread-{Thread._count}'
        self.daemon = bool(daemon)
        self._ident = None
        self._started = False
        self._done = False

    def __repr__(self):
        state = 'started' if self._started and not self._done else ('stopped' if self._done else 'initial')
        return f'<Thread({self.name}, {state})>'

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        _names[_aioloop.thread_ident()] = self
        try:
            self.run()
        finally:
            self._done = True

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        self._ident = _aioloop.start_thread(self._bootstrap, self.name)

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        deadline = None if timeout is None else _time.monotonic() + timeout
        while not self._done:
            if deadline is not None and _time.monotonic() >= deadline:
                return
            _aioloop.sleep(_POLL)

    def is_alive(self):
        return self._started and not self._done

    @property
    def ident(self):
        return self._ident


class _MainThread(Thread):
    def __init__(self):
        super().__init__(name='MainThread')
        self._started = True
        self._ident = 0


class _DummyThread(Thread):
    def __init__(self, ident):
        super().__init__(name=f'Dummy-{ident}')
        self._started = True
        self._ident = ident


_main = _MainThread()


def main_thread():
    return _main


def current_thread():
    ident = _aioloop.thread_ident()
    if ident == 0:
        return _main
    thread = _names.get(ident)
    if thread is None:
        thread = _DummyThread(ident)
        thread.name = _aioloop.thread_name()
        _names[ident] = thread
    return thread


def get_ident():
    return _aioloop.thread_ident()


def active_count():
    return 1 + sum(1 for t in _names.values() if t.is_alive())


class Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        deadline = None if timeout is None or timeout < 0 else _time.monotonic() + timeout
        while self._locked:
            if not blocking or (deadline is not None and _time.monotonic() >= deadline):
                return False
            _aioloop.sleep(_POLL)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    def __reduce__(self):
        # A lock cannot cross to a process pool worker, as in CPython.
        raise TypeError("cannot pickle '_thread.lock' object")

    def __enter__(self):
        self.acquire()
        return True

    def __exit__(self, *args):
        self.release()


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def __reduce__(self):
        raise TypeError("cannot pickle '_thread.RLock' object")

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        while self._owner is not None:
            if not blocking:
                return False
            _aioloop.sleep(_POLL)
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def __enter__(self):
        self.acquire()
        return True

    def __exit__(self, *args):
        self.release()


class Event:
    def __init__(self):
        self._flag = False

    def __reduce__(self):
        # CPython's Event holds a Condition over a lock, which does not pickle.
        raise TypeError("cannot pickle '_thread.lock' object")

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        deadline = None if timeout is None else _time.monotonic() + timeout
        while not self._flag:
            if deadline is not None and _time.monotonic() >= deadline:
                return False
            _aioloop.sleep(_POLL)
        return True
