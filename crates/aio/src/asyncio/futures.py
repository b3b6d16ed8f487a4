# Loopscope's asyncio: Future, with the states, callbacks and errors of CPython's.
#
# Done callbacks never run inline: finishing a future schedules each of them on the loop
# with call_soon, in the order they were added.

import contextvars
import _aioloop
from asyncio.exceptions import CancelledError, InvalidStateError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None and \
        obj._asyncio_future_blocking is not None


def _get_loop(fut):
    return fut.get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _result_repr(value):
    # `reprlib.repr`, as CPython's future reprs shorten a result.
    from asyncio.events import _short_repr
    return _short_repr(value)


def _format_callbacks(cb):
    """`cb=[...]` in a pending future's repr: the first and last callbacks named as
    handle reprs name them, how many lie between."""
    from asyncio.events import _format_callback_source

    def name(entry):
        return _format_callback_source(entry[0], ())
    size = len(cb)
    if size == 1:
        text = name(cb[0])
    elif size == 2:
        text = f'{name(cb[0])}, {name(cb[1])}'
    else:
        text = f'{name(cb[0])}, <{size - 2} more>, {name(cb[-1])}'
    return f'cb=[{text}]'


def _source_suffix(obj):
    """`created at FILE:LINE` for an object made in debug mode: where its source
    traceback ends."""
    tb = obj._source_traceback
    if tb:
        frame = tb[-1]
        return [f'created at {frame[0]}:{frame[1]}']
    return []


class Future:
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False
    # Debug mode: where the future was made (`(file, line, function, text)` tuples,
    # innermost last), as `format_helpers.extract_stack` gives CPython's.
    _source_traceback = None
    # The innermost frames of ours left out of a source traceback: this `__init__`
    # (CPython's C constructor has no frame).
    _ls_init_frames = 1
    # What an awaiting task waits for, as the trace and deadlock reports say it.
    _ls_label = None

    def __init__(self, *, loop=None):
        if loop is None:
            import asyncio.events
            loop = asyncio.events.get_event_loop()
        self._loop = loop
        self._callbacks = []
        if loop.get_debug():
            self._source_traceback = _aioloop.extract_stack(self._ls_init_frames, 10)

    # Freed: `_aioloop.future_del` reads whether there is anything to report, without a
    # frame, and only then calls `_ls_del`.
    __del__ = _aioloop.future_del

    def _ls_del(self):
        # A future freed with an exception nobody asked for: the loop's exception handler
        # hears of it, when it goes (CPython's reference counting frees it there too).
        if not self._log_traceback:
            return
        context = {
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        }
        if self._source_traceback:
            context['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(context)

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_result_repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info + _source_suffix(self)

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = contextvars.copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        _aioloop.watch_exception(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_aioloop.instance_size(Future, 144)


def _copy_state(dest, source):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exc = source.exception()
        if exc is not None:
            dest.set_exception(exc)
        else:
            dest.set_result(source.result())


def _set_concurrent_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exc = source.exception()
    if exc is not None:
        concurrent.set_exception(exc)
    else:
        concurrent.set_result(source.result())


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future: its outcome reaches the loop as a callback."""
    if isfuture(future):
        return future
    if loop is None:
        import asyncio.events
        loop = asyncio.events.get_event_loop()
    new_future = loop.create_future()

    def _call_check_cancel(destination):
        if destination.cancelled():
            future.cancel()

    def _call_set_state(source):
        if new_future.cancelled():
            return
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(_copy_state, new_future, source)

    new_future.add_done_callback(_call_check_cancel)
    future.add_done_callback(_call_set_state)
    return new_future
