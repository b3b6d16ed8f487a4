# Loopscope's concurrent.futures.process: ProcessPoolExecutor on the runtime's worker pool.
#
# As with CPython's spawn start method, a worker runs the program as module __mp_main__
# (so `if __name__ == "__main__":` guards hold) and calls the function by its qualified
# name. Calls and outcomes cross by value, pickled with a subset of pickle of our own
# (a text format: workers may be other threads or Web Workers). A manager thread, as in
# CPython, collects finished jobs and completes their futures.

import sys
import _aioloop
from concurrent.futures import Executor, Future, BrokenExecutor

# How long a waiting thread sleeps between looks when only the host knows when a job ends.
_POLL = 0.001


class BrokenProcessPool(BrokenExecutor):
    pass


class PicklingError(Exception):
    pass


PicklingError.__module__ = '_pickle'


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


# --- pickling (our own text format) ---------------------------------------------------
#
# Tokens: N T F (None, True, False); i<int>; f<float repr>; s<len>:<text>; b<hex>;
# t l S z <count>; (tuple, list, set, frozenset); d<count>; (dict); g<module>;<qualname>;
# (a module-level function or class, by reference); e and o (an exception or an object:
# its class, then its args or None, then its __dict__); r (a __reduce__ result).

def _type_path(cls):
    module = getattr(cls, '__module__', None) or 'builtins'
    if module == 'builtins':
        return cls.__qualname__
    return module + '.' + cls.__qualname__


def _lookup(module, qualname):
    if module == '__mp_main__' or module == '__main__':
        mod = sys.modules.get('__mp_main__') or sys.modules.get('__main__')
    else:
        mod = sys.modules.get(module)
        if mod is None:
            mod = __import__(module)
            mod = sys.modules.get(module, mod)
    obj = mod
    for part in qualname.split('.'):
        obj = getattr(obj, part)
    return obj


def _global_ref(obj):
    module = getattr(obj, '__module__', None) or 'builtins'
    qualname = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
    if qualname is None:
        raise TypeError(f"cannot pickle {type(obj).__name__!r} object")
    if '<locals>' in qualname:
        raise AttributeError(f"Can't pickle local object {qualname!r}")
    try:
        found = _lookup(module, qualname)
    except Exception:
        raise PicklingError(
            f"Can't pickle {obj!r}: attribute lookup {qualname} on {module} failed") from None
    if found is not obj:
        raise PicklingError(
            f"Can't pickle {obj!r}: it's not the same object as {module}.{qualname}")
    if module == '__mp_main__':
        module = '__main__'
    return 'g' + module + ';' + qualname + ';'


_FUNCTION_TYPES = (type(len), type(_type_path), type)


def _dump(obj, out):
    if obj is None:
        out.append('N')
    elif obj is True:
        out.append('T')
    elif obj is False:
        out.append('F')
    else:
        t = type(obj)
        if t is int:
            out.append('i' + str(obj) + ';')
        elif t is float:
            out.append('f' + repr(obj) + ';')
        elif t is str:
            out.append('s' + str(len(obj)) + ':' + obj)
        elif t is bytes:
            out.append('b' + obj.hex() + ';')
        elif t is tuple or t is list or t is set or t is frozenset:
            tag = 't' if t is tuple else 'l' if t is list else 'S' if t is set else 'z'
            out.append(tag + str(len(obj)) + ';')
            for item in obj:
                _dump(item, out)
        elif t is dict:
            out.append('d' + str(len(obj)) + ';')
            for k, v in obj.items():
                _dump(k, out)
                _dump(v, out)
        elif isinstance(obj, _FUNCTION_TYPES):
            out.append(_global_ref(obj))
        elif isinstance(obj, BaseException):
            out.append('e')
            out.append(_global_ref(t))
            _dump(tuple(obj.args), out)
            _dump(dict(getattr(obj, '__dict__', {})), out)
        elif _defines_reduce(t):
            reduced = obj.__reduce__()
            out.append('r')
            _dump(reduced[0], out)
            _dump(tuple(reduced[1]), out)
            _dump(reduced[2] if len(reduced) > 2 else None, out)
        elif hasattr(obj, '__dict__') and _is_plain_class(t):
            out.append('o')
            out.append(_global_ref(t))
            _dump(dict(obj.__dict__), out)
        else:
            raise TypeError(f"cannot pickle {_type_path(t)!r} object")


def _defines_reduce(cls):
    # A class of the program (or of ours) that says how to pickle it.
    for k in cls.__mro__:
        if k is not object and '__reduce__' in k.__dict__:
            return True
    return False


def _is_plain_class(cls):
    # Classes defined in Python code, pickled by reference plus their instance's __dict__.
    module = getattr(cls, '__module__', None)
    return module not in (None, 'builtins')


def dumps(obj):
    out = []
    _dump(obj, out)
    return ''.join(out)


class _Reader:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def until(self, end):
        j = self.text.index(end, self.pos)
        piece = self.text[self.pos:j]
        self.pos = j + 1
        return piece

    def load(self):
        tag = self.text[self.pos]
        self.pos += 1
        if tag == 'N':
            return None
        if tag == 'T':
            return True
        if tag == 'F':
            return False
        if tag == 'i':
            return int(self.until(';'))
        if tag == 'f':
            return float(self.until(';'))
        if tag == 's':
            n = int(self.until(':'))
            piece = self.text[self.pos:self.pos + n]
            self.pos += n
            return piece
        if tag == 'b':
            return bytes.fromhex(self.until(';'))
        if tag in 'tlSz':
            n = int(self.until(';'))
            items = [self.load() for _ in range(n)]
            if tag == 't':
                return tuple(items)
            if tag == 'l':
                return items
            return set(items) if tag == 'S' else frozenset(items)
        if tag == 'd':
            n = int(self.until(';'))
            d = {}
            for _ in range(n):
                k = self.load()
                d[k] = self.load()
            return d
        if tag == 'g':
            module = self.until(';')
            return _lookup(module, self.until(';'))
        if tag == 'e':
            cls = self.load()
            args = self.load()
            state = self.load()
            exc = cls.__new__(cls, *args)
            exc.args = args
            for k, v in state.items():
                setattr(exc, k, v)
            return exc
        if tag == 'r':
            func = self.load()
            args = self.load()
            state = self.load()
            obj = func(*args)
            if state:
                obj.__dict__.update(state)
            return obj
        if tag == 'o':
            cls = self.load()
            state = self.load()
            obj = cls.__new__(cls)
            obj.__dict__.update(state)
            return obj
        raise ValueError(f'bad pickle data at {self.pos - 1}')


def loads(text):
    return _Reader(text).load()


def _format(exc):
    import traceback
    return ''.join(traceback.format_exception(exc))


def _remote(exc, tb):
    exc.__cause__ = _RemoteTraceback('\n"""\n' + tb + '"""')
    return exc


# --- the worker's side ----------------------------------------------------------------

def _process_worker():
    source, filename, payload = _aioloop.job_input()
    # The program is imported on the worker's first job only; later jobs find it.
    main = sys.modules.get('__mp_main__')
    if main is None:
        main = _aioloop.new_module('__mp_main__', filename)
        sys.modules['__mp_main__'] = main
        sys.modules['__main__'] = main
        exec(compile(source, filename, 'exec'), main.__dict__)
    sys.modules['__main__'] = main
    fn, args, kwargs = loads(payload)
    # sleep(0) ends the driver's slice, so the clock has counted every instruction so far.
    _aioloop.sleep(0)
    _aioloop.job_begin()
    try:
        r = fn(*args, **kwargs)
    except BaseException as e:
        _aioloop.sleep(0)
        _aioloop.job_end_time()
        outcome = _exception_outcome(e, _format(e))
    else:
        _aioloop.sleep(0)
        _aioloop.job_end_time()
        try:
            outcome = dumps(('ok', r))
        except BaseException as e:
            outcome = _exception_outcome(e, _format(e))
    _aioloop.job_end(outcome)


def _exception_outcome(e, tb):
    try:
        return dumps(('exc', e, tb))
    except BaseException as inner:
        # The exception itself does not pickle: send why, as CPython's worker does.
        return dumps(('exc', RuntimeError(str(inner)), tb))


# --- the caller's side ----------------------------------------------------------------

class _PoolFuture(Future):
    # Waiting sleeps until the pool's next event, so a blocked caller wakes when its job ends.
    def __init__(self, executor):
        super().__init__()
        self._executor = executor

    def _wait(self, timeout):
        if timeout is not None:
            return super()._wait(timeout)
        while not self.done():
            self._executor._collect_until_done(self)


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _aioloop.cpu_count()
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._pool = _aioloop.pool_open(max_workers)
        self._pending = {}
        self._manager = False
        self._shutdown = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenProcessPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = _PoolFuture(self)
        try:
            payload = dumps((fn, args, kwargs))
        except BaseException as e:
            # CPython pickles in a feeder thread: the error arrives through the future.
            f.set_running_or_notify_cancel()
            f.set_exception(_remote(e, _format(e)))
            return f
        job = _aioloop.pool_submit(self._pool, payload)
        self._pending[job] = f
        if not self._manager:
            self._manager = True
            _aioloop.start_thread_soon(self._manage, 'ExecutorManagerThread')
        return f

    def _finish(self, results):
        for job, ok, text in results:
            f = self._pending.pop(job, None)
            if f is None or not f.set_running_or_notify_cancel():
                continue
            if not ok:
                self._broken = text
                f.set_exception(BrokenProcessPool(text))
                continue
            outcome = loads(text)
            if outcome[0] == 'ok':
                f.set_result(outcome[1])
            else:
                f.set_exception(_remote(outcome[1], outcome[2]))

    def _collect_until_done(self, future):
        results, delay = _aioloop.pool_collect(self._pool)
        self._finish(results)
        if not future.done():
            _aioloop.pool_wait(self._pool, _POLL if delay is None else delay)

    def _manage(self):
        while self._pending:
            results, delay = _aioloop.pool_collect(self._pool)
            self._finish(results)
            if self._pending:
                _aioloop.pool_wait(self._pool, _POLL if delay is None else delay)
        self._manager = False
        if self._shutdown:
            _aioloop.pool_close(self._pool)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        # Wait here, not in the generator: list(ex.map(...)) drives the generator from
        # native code, where a blocking wait cannot suspend.
        for f in futures:
            while not f.done():
                self._collect_until_done(f)

        def results():
            for f in futures:
                yield f.result()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for f in list(self._pending.values()):
                f.cancel()
        if wait:
            while self._pending:
                results, delay = _aioloop.pool_collect(self._pool)
                self._finish(results)
                if self._pending:
                    _aioloop.pool_wait(self._pool, _POLL if delay is None else delay)
        if not self._pending and not self._manager:
            _aioloop.pool_close(self._pool)
