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


def isbuiltin(obj):
    return type(obj).__name__ == 'builtin_function_or_method'


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def isframe(obj):
    return type(obj).__name__ == 'frame'


def currentframe():
    import sys
    return sys._getframe(1)


def getmembers(obj, predicate=None):
    """(name, value) pairs of `obj`'s attributes, sorted by name."""
    out = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            out.append((name, value))
    out.sort(key=lambda pair: pair[0])
    return out


def cleandoc(doc):
    """A docstring without its common indentation and surrounding blank lines."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# The signature machinery is loaded on first use (`_inspect_signature`, with the
# standard library's bundle in the page): asyncio, which imports this module, needs none.
_SIGNATURE_NAMES = ('signature', 'Signature', 'Parameter', 'BoundArguments', 'unwrap',
                    'formatannotation')


def __getattr__(name):
    if name in _SIGNATURE_NAMES:
        import _inspect_signature
        value = getattr(_inspect_signature, name)
        globals()[name] = value
        return value
    if name == '_empty':
        import _inspect_signature
        return _inspect_signature._empty
    raise AttributeError(f"module 'inspect' has no attribute '{name}'")
