# Loopscope's threading: threads are virtual threads run by the driver with a GIL.
#
# The driver may switch threads between any two bytecode instructions, but never inside
# a native call. A lock is therefore free while its `_free` dict holds the key 0, and
# taking it is one `dict.pop(0, False)`: a single native call, so two threads can never
# both see the lock free and both take it. A thread that finds it taken waits in the
# lock's line, and release hands the lock to the first in line (see _take). Blocking
# polls the run's clock every _POLL seconds, so under the virtual clock every wait ends
# at the same instant each run.
#
# The conditions, semaphores, barriers and queues are built over these locks as CPython
# builds them over its own; Event polls its flag.

import _aioloop
import time as _time
from _collections import deque as _deque

_POLL = 0.0005

# CPython's limit on a lock's timeout (a C time_t in nanoseconds), for programs that
# clamp their timeouts to it.
TIMEOUT_MAX = 9223372036.0

ThreadError = RuntimeError

# The Thread of each thread started and not yet ended, by ident (the main thread's is 0;
# a pool's worker gets a _DummyThread when it asks current_thread()).
_active = {}

# Unnamed threads are numbered once per process from 1 ("Thread-1 (target)").
_counter = 0


def _newname(template='Thread-%d'):
    global _counter
    _counter += 1
    return template % _counter


def _warn_deprecated(old, new):
    import warnings
    message = f'{old} is deprecated, {new} instead'
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _deadline(blocking, timeout):
    """When an acquire(blocking, timeout) of a lock gives up (None: never), checking the
    arguments as CPython's locks do."""
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return None
    if timeout == -1:
        return None
    if timeout < 0:
        raise ValueError('timeout value must be positive')
    return _time.monotonic() + timeout


class _Ticket:
    """A thread's place in a lock's line; `handed` turns true when release passes the
    lock to it."""
    __slots__ = ('handed',)

    def __init__(self):
        self.handed = False


def _take(lock, blocking, timeout):
    """Takes `lock` (a Lock or RLock): at once if it is free, else by waiting in its
    line until a release hands it over (or the timeout runs out). Handing over, rather
    than freeing the lock for whoever looks next, keeps a thread that releases and
    retakes a lock in a loop from starving the threads waiting for it."""
    deadline = _deadline(blocking, timeout)
    if lock._free.pop(0, False):
        return True
    if not blocking:
        return False
    ticket = _Ticket()
    lock._line.append(ticket)
    while True:
        if ticket.handed:
            return True
        # Freed while nobody was in line (before we joined it).
        if lock._free.pop(0, False):
            try:
                lock._line.remove(ticket)
            except ValueError:
                # A release handed it to us too: keep one and pass the other on.
                _give(lock)
            return True
        if deadline is not None and _time.monotonic() >= deadline:
            try:
                lock._line.remove(ticket)
            except ValueError:
                return True  # handed to us just now
            return False
        _aioloop.sleep(_POLL)


def _give(lock):
    """Releases `lock`: to the thread first in its line, else free for anyone."""
    try:
        ticket = lock._line.popleft()
    except IndexError:
        lock._free[0] = True
    else:
        ticket.handed = True


class Lock:
    def __init__(self):
        self._free = {0: True}
        self._line = _deque()

    def acquire(self, blocking=True, timeout=-1):
        if timeout == -1 and self._free.pop(0, False):
            return True  # free: taken at once
        return _take(self, blocking, timeout)

    def release(self):
        if 0 in self._free:
            raise RuntimeError('release unlocked lock')
        _give(self)

    def locked(self):
        return 0 not in self._free

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __reduce__(self):
        # A lock cannot cross to a process pool worker, as in CPython.
        raise TypeError("cannot pickle '_thread.lock' object")

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


_allocate_lock = Lock


class RLock:
    """A lock its owner may take again: it is free once released as often as taken."""

    def __init__(self):
        self._free = {0: True}
        self._line = _deque()
        self._owner = None
        self._count = 0

    def __reduce__(self):
        raise TypeError("cannot pickle '_thread.RLock' object")

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        taken = timeout == -1 and self._free.pop(0, False)
        if not taken and not _take(self, blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != get_ident() or not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            _give(self)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    # What Condition uses to let go of the lock entirely while it waits, however often
    # the owner took it, and to take it back as it was.

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        saved = (self._count, self._owner)
        self._count = 0
        self._owner = None
        _give(self)
        return saved

    def _acquire_restore(self, saved):
        _take(self, True, -1)
        self._count, self._owner = saved


class Condition:
    """Lets threads wait until another notifies them, over a lock (an RLock unless one
    is given) that waiting releases and takes back."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that knows its owner says so; for one that does not, the defaults
        # below.
        for name in ('_is_owned', '_release_save', '_acquire_restore'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        # One lock per waiting thread, held until notify releases it: oldest first.
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f'<Condition({self._lock}, {len(self._waiters)})>'

    def _is_owned(self):
        # A plain lock cannot say who holds it: held by anyone counts as held by us.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = waiter.acquire()
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken:
                # Timed out: leave the line, unless a notify took us off it meanwhile.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        waiters = self._waiters
        chosen = []
        for waiter in waiters:
            if len(chosen) >= n:
                break
            chosen.append(waiter)
        for waiter in chosen:
            waiter.release()
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _warn_deprecated('notifyAll()', 'use notify_all()')
        self.notify_all()


class Semaphore:
    """A counter that acquire takes one from (waiting while it is 0) and release adds
    to."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if endtime is None:
                        endtime = _time.monotonic() + timeout
                    else:
                        timeout = endtime - _time.monotonic()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose release may not raise the counter above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    def __init__(self):
        self._flag = False

    def __reduce__(self):
        # CPython's Event holds a Condition over a lock, which does not pickle.
        raise TypeError("cannot pickle '_thread.lock' object")

    def is_set(self):
        return self._flag

    def isSet(self):
        _warn_deprecated('isSet()', 'use is_set()')
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


class BrokenBarrierError(RuntimeError):
    pass


# A barrier's phases: taking in waiters, letting a full round out, being reset while
# waiters remain, broken.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Holds each of `parties` threads in wait() until all have arrived, then lets them
    all go (after one of them runs `action`), and starts over."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = _FILLING
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A round still leaving, or a reset under way, finishes before we join.
            while self._phase in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._let_out()
                else:
                    self._wait_for_round(timeout)
                return index
            finally:
                self._count -= 1
                if not self._count and self._phase in (_DRAINING, _RESETTING):
                    # The last one out opens the barrier for the next round.
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _let_out(self):
        try:
            if self._action:
                self._action()
            self._phase = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait_for_round(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase < 0:
            raise BrokenBarrierError

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._phase in (_FILLING, _BROKEN):
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        if name:
            name = str(name)
        else:
            name = _newname()
            if target is not None:
                try:
                    name += f' ({target.__name__})'
                except AttributeError:
                    pass
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = name
        # A thread is a daemon when its creator is, unless told.
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._started = False
        self._done = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started:
            status = 'started'
        if self._done:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {status})>'

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop what the target holds, as CPython does, once the thread is done.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        _active[self._ident] = self
        try:
            self.run()
        finally:
            self._done = True
            _active.pop(self._ident, None)

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        daemon = bool(self._daemonic)
        self._ident = _aioloop.start_thread(self._bootstrap, self._name, daemon)
        # Started counts as alive at once (CPython's start waits for the thread to
        # begin).
        _active[self._ident] = self

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        deadline = None if timeout is None else _time.monotonic() + max(timeout, 0)
        while not self._done:
            if deadline is not None and _time.monotonic() >= deadline:
                return
            _aioloop.sleep(_POLL)

    def is_alive(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._started and not self._done

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        _warn_deprecated('isDaemon()', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_deprecated('setDaemon()', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        _warn_deprecated('getName()', 'get the name attribute')
        return self.name

    def setName(self, name):
        _warn_deprecated('setName()', 'set the name attribute')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval` seconds, unless
    cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = 0
        _active[0] = self


class _DummyThread(Thread):
    # A thread not started through Thread (a ThreadPoolExecutor's worker), named as its
    # starter named it. Those are not daemons, so unlike CPython's dummies this is not.

    def __init__(self, ident, name):
        Thread.__init__(self, name=name, daemon=False)
        self._started = True
        self._ident = ident
        _active[ident] = self

    def is_alive(self):
        return _aioloop.thread_alive(self._ident)

    def join(self, timeout=None):
        raise RuntimeError('cannot join a dummy thread')


_main = _MainThread()


def main_thread():
    return _main


def current_thread():
    ident = _aioloop.thread_ident()
    thread = _active.get(ident)
    if thread is None:
        thread = _DummyThread(ident, _aioloop.thread_name())
    return thread


def currentThread():
    _warn_deprecated('currentThread()', 'use current_thread()')
    return current_thread()


def get_ident():
    return _aioloop.thread_ident()


def get_native_id():
    return _aioloop.thread_ident()


def enumerate():
    """The threads alive: the main thread first, then in the order they started."""
    alive = []
    for ident, thread in list(_active.items()):
        if thread.is_alive():
            alive.append(thread)
        elif type(thread) is _DummyThread:
            # A pool's worker that has ended.
            _active.pop(ident, None)
    return alive


def active_count():
    return len(enumerate())


def activeCount():
    _warn_deprecated('activeCount()', 'use active_count()')
    return active_count()


class _local:
    """threading.local: attributes each thread sees its own values of. A subclass's
    __init__ runs again, with the constructor's arguments, the first time another
    thread uses the object."""

    __module__ = '_thread'

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__state', ({get_ident(): {}}, args, kwargs))
        return self

    def __getattribute__(self, name):
        if name == '__class__':
            return object.__getattribute__(self, name)
        values = _local_values(self)
        if name == '__dict__':
            return values
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__set__'):
            return attr.__get__(self, type(self))
        if name in values:
            return values[name]
        if found:
            get = getattr(type(attr), '__get__', None)
            return attr if get is None else get(attr, self, type(self))
        raise _no_attribute(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise _read_only_dict(self)
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__set__'):
            attr.__set__(self, value)
            return
        _local_values(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise _read_only_dict(self)
        found, attr = _class_attr(type(self), name)
        if found and hasattr(type(attr), '__delete__'):
            attr.__delete__(self)
            return
        values = _local_values(self)
        if name not in values:
            raise _no_attribute(self, name)
        del values[name]

    def __reduce__(self):
        raise TypeError(f"cannot pickle {_local_type_name(self)} object")


local = _local


def _no_attribute(obj, name):
    return AttributeError(f"{_local_type_name(obj)} object has no attribute '{name}'")


def _read_only_dict(obj):
    kind = _local_type_name(obj)
    return AttributeError(f"{kind} object attribute '__dict__' is read-only")


def _local_type_name(obj):
    cls = type(obj)
    return "'_thread._local'" if cls is _local else f"'{cls.__name__}'"


def _class_attr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return True, klass.__dict__[name]
    return False, None


def _local_values(obj):
    """The calling thread's attributes of a `local`, made (and __init__ run) on first
    use."""
    per_thread, args, kwargs = object.__getattribute__(obj, '_local__state')
    me = get_ident()
    values = per_thread.get(me)
    if values is None:
        values = per_thread[me] = {}
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *args, **kwargs)
    return values
