"""Bases for our dict and tuple subclasses (collections, typing, enum).

DictBase and TupleBase are dict and tuple themselves when the interpreter can subclass
them; otherwise they are stand-ins keeping the data in a real dict or tuple and offering
the same methods, so defaultdict, Counter, OrderedDict and namedtuple classes work either way.
"""


def _subclassable(base):
    try:
        class _Probe(base):
            pass
    except TypeError:
        return False
    return True


def dict_repr(d):
    """The dict-style repr of a mapping's items: {'a': 1}."""
    return "{" + ", ".join(f"{k!r}: {v!r}" for k, v in d.items()) + "}"


class _DictStandIn:
    """A dict stand-in: every dict method, over self._data."""

    def __init__(self, *args, **kwargs):
        object.__setattr__(self, "_data", {})
        _DictStandIn.update(self, *args, **kwargs)

    def __getitem__(self, key):
        data = self._data
        if key in data:
            return data[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _DictStandIn):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __repr__(self):
        return dict_repr(self)

    def __or__(self, other):
        if not isinstance(other, (dict, _DictStandIn)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictStandIn)):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self._data:
            return self._data.pop(key)
        if default is _DictStandIn._MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        return self._data.popitem()

    def setdefault(self, key, default=None):
        if key not in self._data:
            self[key] = default
        return self._data[key]

    def update(self, other=(), /, **kwargs):
        if isinstance(other, _DictStandIn):
            other = other._data
        if isinstance(other, dict):
            for k, v in other.items():
                self[k] = v
        elif hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for item in other:
                k, v = item
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self._data.clear()

    def copy(self):
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for k in iterable:
            new[k] = value
        return new


class _TupleStandIn:
    """A tuple stand-in: an immutable sequence over self._tuple."""

    def __new__(cls, iterable=()):
        self = object.__new__(cls)
        object.__setattr__(self, "_tuple", tuple(iterable))
        return self

    def __setattr__(self, name, value):
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __getitem__(self, index):
        return self._tuple[index]

    def __len__(self):
        return len(self._tuple)

    def __iter__(self):
        return iter(self._tuple)

    def __reversed__(self):
        return reversed(self._tuple)

    def __contains__(self, item):
        return item in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def _other(self, other):
        if isinstance(other, _TupleStandIn):
            return other._tuple
        if isinstance(other, tuple):
            return other
        return None

    def __eq__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple == o

    def __ne__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple != o

    def __lt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple < o

    def __le__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple <= o

    def __gt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple > o

    def __ge__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple >= o

    def __add__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple + o

    def __radd__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else o + self._tuple

    def __mul__(self, n):
        return self._tuple * n

    __rmul__ = __mul__

    def __repr__(self):
        return repr(self._tuple)

    def count(self, value):
        return self._tuple.count(value)

    def index(self, value, *args):
        return self._tuple.index(value, *args)


DICT_IS_REAL = _subclassable(dict)
TUPLE_IS_REAL = _subclassable(tuple)
DictBase = dict if DICT_IS_REAL else _DictStandIn
TupleBase = tuple if TUPLE_IS_REAL else _TupleStandIn
MAPPINGS = (dict,) if DICT_IS_REAL else (dict, _DictStandIn)
TUPLES = (tuple,) if TUPLE_IS_REAL else (tuple, _TupleStandIn)
