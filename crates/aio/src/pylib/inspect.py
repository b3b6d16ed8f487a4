# Loopscope's inspect: the predicates asyncio code asks about functions and objects.

import _aioloop


def _flags(obj):
    return _aioloop.code_flags(obj) or (False, False, False)


def iscoroutinefunction(obj):
    return _flags(obj)[0]


def isgeneratorfunction(obj):
    return _flags(obj)[1]


def isasyncgenfunction(obj):
    return _flags(obj)[2]


def iscoroutine(obj):
    return _aioloop.iscoroutine(obj)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return type(obj).__name__ == 'function'


def ismethod(obj):
    return type(obj).__name__ == 'method'


def isgenerator(obj):
    return type(obj).__name__ == 'generator'


def isasyncgen(obj):
    return type(obj).__name__ == 'async_generator'
