"""Loopscope's signal: Linux's signal numbers, and handlers a program installs and
raises itself. No signal comes from outside a run, so `raise_signal` is how one
arrives: it wakes an event loop that asked for it (`loop.add_signal_handler`), as the
wakeup fd does under CPython, then runs the Python handler at once, as CPython does at
its next check for signals."""

import sys as _sys
from enum import IntEnum as _IntEnum
from _loopscope import default_int_handler

class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


for _name, _member in Signals.__members__.items():
    globals()[_name] = _member
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
del _name, _member

# Signals whose default action is to do nothing.
_IGNORED_BY_DEFAULT = frozenset({17, 18, 23, 28})

# The installed handler of each signal number: an int (0, 1) or a callable.
_handlers = {2: default_int_handler}
# What `set_wakeup_fd` installed: an event loop's callback, told the signal's number.
_wakeup = None


def _number(signalnum):
    try:
        n = signalnum.__index__()
    except AttributeError:
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted "
                        "as an integer") from None
    if not 1 <= n < NSIG:
        raise ValueError("signal number out of range")
    return n


def _as_enum(value, enum):
    try:
        return enum(value)
    except ValueError:
        return value


def _to_int(value):
    # As CPython's `signal.signal` wrapper does, before the C function sees them.
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler, /):
    """Set the action for signal `signalnum`; return the previous one."""
    n = _number(_to_int(signalnum))
    handler = _to_int(handler)
    if not callable(handler) and not (isinstance(handler, int) and handler in (0, 1)):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    if n in (9, 19) or 32 <= n < 34:
        raise OSError(22, 'Invalid argument')
    old = getsignal(n)
    _handlers[n] = handler
    return old


def getsignal(signalnum, /):
    """The current action for signal `signalnum`."""
    n = _number(signalnum)
    return _as_enum(_handlers.get(n, 0), Handlers)


# `raise_signal` is C in CPython and leaves no frame in a traceback: it is compiled under
# the filename whose frames tracebacks leave out (`_loopscope_builtins`').
_RAISE_SIGNAL = """
def raise_signal(signalnum, /):
    \"\"\"Send signal `signalnum` to this process.\"\"\"
    try:
        n = signalnum.__index__()
    except AttributeError:
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted "
                        "as an integer") from None
    if n == 0:
        return
    if not 1 <= n < NSIG or n in (32, 33):
        raise OSError(22, 'Invalid argument')
    if _wakeup is not None:
        _wakeup(n)
    handler = _handlers.get(n, 0)
    if callable(handler):
        # The frame that was running: this one is left out of the stack too.
        handler(n, _sys._getframe(0))
    elif handler == 0 and n not in _IGNORED_BY_DEFAULT:
        # The default action ends the process; a run can only stop.
        raise SystemExit(128 + n)
"""
exec(compile(_RAISE_SIGNAL, "<frozen _loopscope_builtins>", "exec"), globals())
del _RAISE_SIGNAL


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Accepted for compatibility; an event loop registers through `_set_wakeup`."""
    return -1


def _set_wakeup(callback):
    """Install `callback(signum)`, run first whenever a signal is raised; returns the
    previous one."""
    global _wakeup
    old, _wakeup = _wakeup, callback
    return old


def siginterrupt(signalnum, flag, /):
    _number(signalnum)


def strsignal(signalnum, /):
    n = _number(signalnum)
    if n >= 34:
        return f'Real-time signal {n - 34}'
    return _DESCRIPTIONS.get(n)


def valid_signals():
    return {Signals(n) if n in Signals._value2member_map_ else n
            for n in range(1, NSIG) if n not in (32, 33)}


_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error',
    8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe',
    14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault', 17: 'Child exited',
    18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
    22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
    30: 'Power failure', 31: 'Bad system call',
}
