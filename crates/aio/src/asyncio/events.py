# Loopscope's asyncio: the event loop object and the running-loop functions.
#
# The loop's queues live in Rust (`_aioloop.Scheduler`): a FIFO ready queue and a timer
# heap ordered as CPython's heapq orders it. `run_forever` hands control to the Rust
# driver, which runs iterations of the loop until `stop()` and then returns here.

import contextvars
import sys
import _aioloop
from asyncio.exceptions import CancelledError

_running_loop = None
_event_loop = None


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


class AbstractEventLoopPolicy:
    """How the loop of the current context is got, set and made."""


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    def get_event_loop(self):
        global _event_loop
        if _event_loop is None:
            _event_loop = self.new_event_loop()
        return _event_loop

    def set_event_loop(self, loop):
        global _event_loop
        _event_loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    pass


_UnixDefaultEventLoopPolicy.__module__ = "asyncio.unix_events"
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


# --- describing callbacks, as CPython's asyncio.format_helpers does ---
#
# Handle reprs and "Exception in callback ..." messages (both built by the native Handle)
# call `_format_callback_source`: the callback's name, its arguments shortened as
# `reprlib.repr` shortens them, and where a plain function was defined.

_FILL = '...'
_MAX_ITEMS = {'tuple': 6, 'list': 6, 'set': 6, 'frozenset': 6, 'deque': 6}


def _clip(s, limit):
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + _FILL + s[len(s) - j:]
    return s


def _maybe_sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _short_repr(x, level=6):
    """`reprlib.repr(x)`: containers cut after a few items, long strings, ints and
    other reprs cut in the middle. Chosen by the type's name, as reprlib does."""
    kind = '_'.join(type(x).__name__.split())
    if kind in _MAX_ITEMS:
        n = len(x)
        if kind == 'tuple':
            left, right = '(', ')'
        elif kind == 'list':
            left, right = '[', ']'
        elif kind == 'deque':
            left, right = 'deque([', '])'
        elif not x:
            return 'set()' if kind == 'set' else 'frozenset()'
        else:
            left, right = ('{', '}') if kind == 'set' else ('frozenset({', '})')
            x = _maybe_sorted(x)
        if level <= 0 and n:
            body = _FILL
        else:
            limit = _MAX_ITEMS[kind]
            pieces = []
            for item in x:
                if len(pieces) == limit:
                    break
                pieces.append(_short_repr(item, level - 1))
            if n > limit:
                pieces.append(_FILL)
            body = ', '.join(pieces)
            if n == 1 and kind == 'tuple':
                right = ',' + right
        return left + body + right
    if kind == 'dict':
        if not x:
            return '{}'
        if level <= 0:
            return '{' + _FILL + '}'
        pieces = []
        for key in _maybe_sorted(x):
            if len(pieces) == 4:
                break
            pieces.append(f'{_short_repr(key, level - 1)}: {_short_repr(x[key], level - 1)}')
        if len(x) > 4:
            pieces.append(_FILL)
        return '{' + ', '.join(pieces) + '}'
    if kind == 'str':
        s = repr(x[:30])
        if len(s) > 30:
            s = repr(x[:13] + x[len(x) - 14:])
            s = s[:13] + _FILL + s[len(s) - 14:]
        return s
    if kind == 'int':
        return _clip(repr(x), 40)
    try:
        s = repr(x)
    except Exception:
        return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
    return _clip(s, 30)


def _function_source(func):
    seen = {id(func)}
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(func))
    if type(func).__name__ == 'function':
        code = func.__code__
        filename = code.co_filename
        if filename.startswith('<frozen ') and not filename.startswith('<frozen asyncio.'):
            # Our Python for what is C in CPython (`time.sleep`): a builtin, no source.
            return None
        return (filename, code.co_firstlineno)
    import functools
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(_short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={_short_repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs=None, suffix=''):
    import functools
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if hasattr(func, '__qualname__') and func.__qualname__:
        func_repr = func.__qualname__
    elif hasattr(func, '__name__') and func.__name__:
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._sched = _aioloop.Scheduler()
        self._closed = False
        self._stopping = False
        self._running = False
        self._current_task = None
        self._exception_handler = None
        self._task_factory = None
        self._debug = False
        self._default_executor = None
        # Debug mode (`set_debug`, `asyncio.run(debug=True)`, `PYTHONASYNCIODEBUG`): the
        # driver warns about a callback that ran at least this long (seconds).
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._thread_id = None
        self._coroutine_origin_tracking_enabled = False
        # Async generators first iterated on this loop, for shutdown_asyncgens. (A plain
        # set: without weak references, one dropped mid-run is closed at shutdown.)
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self.set_debug(_aioloop.debug_default())

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # --- time and scheduling ---

    def time(self):
        return _aioloop.time()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        elif not callable(callback):
            raise TypeError('a callable object was expected by call_soon(), got {!r}'.format(callback))
        if context is None:
            context = contextvars.copy_context()
        handle = self._sched.call_soon(callback, args, context)
        if self._debug:
            # CPython's `call_soon` and `_call_soon` leave their own frames out.
            handle._set_source_traceback(_aioloop.extract_stack(1, 8))
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        elif not callable(callback):
            raise TypeError('a callable object was expected by call_soon_threadsafe(), got {!r}'.format(callback))
        if context is None:
            context = contextvars.copy_context()
        handle = self._sched.call_soon(callback, args, context)
        if self._debug:
            handle._set_source_traceback(_aioloop.extract_stack(1, 8))
        return handle

    def _check_callback(self, callback, method):
        from asyncio.tasks import iscoroutine
        import asyncio
        if iscoroutine(callback) or asyncio.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _check_thread(self):
        """In debug mode, a loop's non-thread-safe methods must be called from the
        thread that runs it."""
        if self._thread_id is None:
            return
        if _aioloop.thread_ident() != self._thread_id:
            raise RuntimeError(
                "Non-thread-safe operation invoked on an event loop other "
                "than the current one")

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        tb = timer._source_traceback
        if tb:
            del tb[-1]
        return timer

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        elif not callable(callback):
            raise TypeError('a callable object was expected by call_at(), got {!r}'.format(callback))
        if context is None:
            context = contextvars.copy_context()
        timer = self._sched.call_at(when, callback, args, context)
        if self._debug:
            # CPython's `call_at` and `TimerHandle.__init__` leave their frames out.
            timer._set_source_traceback(_aioloop.extract_stack(1, 8))
        return timer

    def create_future(self):
        from asyncio.futures import Future
        return Future(loop=self)

    # --- connections between the program's own servers and clients ---

    async def create_connection(self, protocol_factory, host=None, port=None, **kwds):
        from asyncio import selector_events
        return await selector_events.create_connection(
            self, protocol_factory, host, port, **kwds)

    async def create_server(self, protocol_factory, host=None, port=None, **kwds):
        from asyncio import selector_events
        return await selector_events.create_server(
            self, protocol_factory, host, port, **kwds)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            from asyncio.tasks import Task
            return Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _enter_task(self, task):
        if self._current_task is not None:
            raise RuntimeError(f"Cannot enter into task {task!r} while another "
                               f"task {self._current_task!r} is being executed.")
        self._current_task = task

    def _leave_task(self, task):
        self._current_task = None

    # --- running ---

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def run_forever(self):
        import sys
        self._check_closed()
        self._check_running()
        self._running = True
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        self._set_coroutine_origin_tracking(self._debug)
        self._thread_id = _aioloop.thread_ident()
        _set_running_loop(self)
        try:
            self._sched.run_forever(self)
        finally:
            self._stopping = False
            self._running = False
            self._thread_id = None
            _set_running_loop(None)
            self._set_coroutine_origin_tracking(False)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        from asyncio.tasks import ensure_future
        from asyncio.futures import isfuture
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True
        self._sched.stop()

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._sched.close()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
        if self.is_running():
            self.call_soon_threadsafe(self._set_coroutine_origin_tracking, enabled)

    def _set_coroutine_origin_tracking(self, enabled):
        # Debug mode keeps where each coroutine is made, for the never-awaited warning.
        if bool(enabled) == bool(self._coroutine_origin_tracking_enabled):
            return
        if enabled:
            self._coroutine_origin_tracking_saved_depth = sys.get_coroutine_origin_tracking_depth()
            sys.set_coroutine_origin_tracking_depth(10)
        else:
            sys.set_coroutine_origin_tracking_depth(self._coroutine_origin_tracking_saved_depth)
        self._coroutine_origin_tracking_enabled = bool(enabled)

    def _ls_slow_callback(self, handle, owner, dt):
        """The driver's report of a callback that ran `dt` seconds, at least
        `slow_callback_duration`, in debug mode: a task's step names the task."""
        from asyncio.tasks import Task
        what = repr(owner) if isinstance(owner, Task) else str(handle)
        _log_warning(f'Executing {what} took {dt:.3f} seconds')
        return what

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        from asyncio.tasks import gather
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=True)

    # --- executors ---

    def set_default_executor(self, executor):
        self._default_executor = executor

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        from asyncio.futures import wrap_future
        return wrap_future(executor.submit(func, *args), loop=self)

    # --- errors ---

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        handle = self._current_handle
        if ('source_traceback' not in context and handle is not None
                and handle._source_traceback):
            context['handle_traceback'] = handle._source_traceback
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            if key == 'source_traceback':
                value = 'Object created at (most recent call last):\n' + _format_stack(value)
            elif key == 'handle_traceback':
                value = 'Handle created at (most recent call last):\n' + _format_stack(value)
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        text = '\n'.join(lines)
        if exception is not None:
            text += '\n' + _aioloop.format_exception(exception).rstrip('\n')
        _log_warning(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })


def _log_warning(text):
    """What `logging.getLogger('asyncio')` does with a warning or an error when nothing
    configured logging: its last-resort handler writes the message and a newline to
    whatever `sys.stderr` is at that moment."""
    stream = sys.stderr
    if stream is not None:
        stream.write(text + '\n')


def _format_stack(frames):
    """A source traceback as `traceback.format_list` writes it, without the last
    newline: a `File` line per frame and the frame's source line under it."""
    out = []
    for filename, lineno, name, line in frames:
        out.append(f'  File "{filename}", line {lineno}, in {name}')
        if line:
            out.append(f'    {line}')
    return '\n'.join(out)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


def _sighandler_noop(signum, frame):
    """What a signal handled by a loop runs at once: nothing; the loop runs the callback."""


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop `asyncio.run` makes, named as CPython's on Linux."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._signal_handlers = {}

    def add_signal_handler(self, sig, callback, *args):
        """Run `callback(*args)` on the loop whenever signal `sig` is raised."""
        import signal
        from asyncio.tasks import iscoroutine
        import asyncio
        if iscoroutine(callback) or asyncio.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        signal._set_wakeup(self._handle_signal)
        self._signal_handlers[sig] = (callback, args, contextvars.copy_context())
        signal.signal(sig, _sighandler_noop)

    def remove_signal_handler(self, sig):
        """Stop handling `sig`; whether a handler was installed."""
        import signal
        self._check_signal(sig)
        try:
            del self._signal_handlers[sig]
        except KeyError:
            return False
        handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        signal.signal(sig, handler)
        if not self._signal_handlers:
            signal._set_wakeup(None)
        return True

    def _check_signal(self, sig):
        import signal
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def _handle_signal(self, sig):
        # CPython's C handler writes the number to the loop's wakeup fd; the loop reads it
        # as an I/O event in its next iteration and only then queues the callback.
        if sig in self._signal_handlers and not self.is_closed():
            self.call_at(self.time(), self._read_signal, sig)

    def _read_signal(self, sig):
        handler = self._signal_handlers.get(sig)
        if handler is not None:
            callback, args, context = handler
            self.call_soon(callback, *args, context=context)

    def close(self):
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)
        super().close()


_UnixSelectorEventLoop.__module__ = "asyncio.unix_events"
SelectorEventLoop = _UnixSelectorEventLoop
