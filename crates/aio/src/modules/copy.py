"""Loopscope's copy: shallow and deep copies of builtin containers and class instances
(__copy__/__deepcopy__, __getstate__/__setstate__, or a copy of the instance __dict__)."""

from _bases import MAPPINGS as _MAPPINGS

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, type(_function),
           type(len), property, type(Ellipsis), type(NotImplemented), slice)


def _new_like(x):
    cls = type(x)
    y = cls.__new__(cls)
    return y


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
    if isinstance(x, _MAPPINGS) and not isinstance(x, dict):
        return x.copy()
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
        if copier is not None:
            y = copier(memo)
        elif hasattr(x, "__dict__"):
            y = _new_like(x)
            memo[d] = y
            if isinstance(x, list):
                y.extend(deepcopy(a, memo) for a in x)
            state = _get_state(x)
            if state is not None:
                _set_state(y, deepcopy(state, memo))
        else:
            raise Error(f"un(deep)copyable object of type {cls}")
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y
