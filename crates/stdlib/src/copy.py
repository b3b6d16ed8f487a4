"""Loopscope's copy: shallow and deep copies of builtin containers and class instances
(__copy__/__deepcopy__, __getstate__/__setstate__, or a copy of the instance __dict__)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, type(_function),
           type(len), property, type(Ellipsis), type(NotImplemented), slice)


def _new_like(x, memo=None):
    """A new object of x's class made by __new__, with __getnewargs__'s arguments (tuple
    subclasses such as namedtuples pass their items)."""
    cls = type(x)
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
    elif isinstance(x, tuple):
        args = (tuple(x),)
    else:
        args = ()
    if memo is not None:
        args = deepcopy(args, memo)
    return cls.__new__(cls, *args)


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
    elif state:
        y.__dict__.update(state)


def _get_state(x):
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return x.__getstate__()
    return getattr(x, "__dict__", None)


def _reductor(cls):
    """The class's own __reduce__ (not object's), if any."""
    for klass in cls.__mro__:
        if klass is object or klass.__module__ == "builtins":
            return None
        if "__reduce__" in klass.__dict__:
            return klass.__dict__["__reduce__"]
    return None


def _reconstruct(x, reductor, memo):
    rv = reductor(x)
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    if memo is not None:
        args = deepcopy(args, memo)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state:
        _set_state(y, deepcopy(state, memo) if memo is not None else state)
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if isinstance(x, _ATOMIC) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = _reductor(cls)
    if reductor is not None:
        return _reconstruct(x, reductor, None)
    if isinstance(x, (list, dict, set)):
        y = _new_like(x)
        y.extend(x) if isinstance(x, list) else y.update(x)
        _set_state(y, dict(_get_state(x) or {}))
        return y
    if not hasattr(x, "__dict__"):
        raise Error(f"un(shallow)copyable object of type {cls}")
    y = _new_like(x)
    state = _get_state(x)
    _set_state(y, dict(state) if isinstance(state, dict) else state)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _ATOMIC):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        reductor = _reductor(cls)
        if copier is not None:
            y = copier(memo)
        elif reductor is not None:
            y = _reconstruct(x, reductor, memo)
        elif hasattr(x, "__dict__"):
            y = _new_like(x, memo)
            memo[d] = y
            if isinstance(x, list):
                y.extend(deepcopy(a, memo) for a in x)
            elif isinstance(x, dict):
                for key, value in x.items():
                    dict.__setitem__(y, deepcopy(key, memo), deepcopy(value, memo))
            elif isinstance(x, set):
                y.update(deepcopy(a, memo) for a in x)
            state = _get_state(x)
            if state is not None:
                _set_state(y, deepcopy(state, memo))
        else:
            raise Error(f"un(deep)copyable object of type {cls}")
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y
