# Loopscope's traceback: formatting exceptions the way CPython prints them.

import sys
import _aioloop


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    if value is not None and not isinstance(exc, BaseException):
        exc = value
    text = _aioloop.format_exception(exc)
    return [line + '\n' for line in text.rstrip('\n').split('\n')]


def format_exc(limit=None, chain=True):
    exc = sys.exc_info()[1]
    if exc is None:
        return 'NoneType: None\n'
    return ''.join(format_exception(exc))


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    print(''.join(format_exception(exc, value, tb)), end='', file=file or sys.stderr)


def print_exc(limit=None, file=None, chain=True):
    print(format_exc(), end='', file=file or sys.stderr)


def format_exception_only(exc, value=None):
    if value is not None and not isinstance(exc, BaseException):
        exc = value
    lines = format_exception(exc)
    return lines[-1:]
