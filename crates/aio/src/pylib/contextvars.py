# Loopscope's contextvars: ContextVar, Token and Context, with Context.run switching the
# current context (the loop runs every callback and task step inside its context).

import _aioloop

_MISSING = object()


def _current():
    ctx = _aioloop.get_context()
    if ctx is None:
        ctx = Context()
        _aioloop.set_context(ctx)
    return ctx


class Token:
    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r}>'


class Context:
    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        saved = _current()
        self._entered = True
        _aioloop.set_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _aioloop.set_context(saved)
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        return self._data[var]

    def __contains__(self, var):
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


def copy_context():
    return _current().copy()


class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default}>'

    def get(self, *args):
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        data = _current()._data
        old = data.get(self, _MISSING)
        data[self] = value
        return Token(_current(), self, old)

    def reset(self, token):
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        if token._context is not _current():
            raise ValueError(f'{token!r} was created in a different Context')
        if token._old_value is _MISSING:
            _current()._data.pop(self, None)
        else:
            _current()._data[self] = token._old_value
        token._used = True
