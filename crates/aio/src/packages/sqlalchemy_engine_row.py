# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.engine.row`: Row, a named
# tuple of a result (indexes, attributes, `_mapping`, `_asdict()`, compares and hashes as a
# tuple, prints as one), and RowMapping, its read-only dict view.

import collections.abc as _abc

from sqlalchemy import exc


class _KeyMap:
    """The columns of a result: names in order, and what else finds each (column objects)."""

    def __init__(self, keys, objects=None):
        self.keys = list(keys)
        self.index = {}
        for i, k in enumerate(self.keys):
            if k not in self.index:
                self.index[k] = i
        self.objects = {}
        self.ambiguous = set()
        seen = set()
        for k in self.keys:
            if k in seen:
                self.ambiguous.add(k)
            seen.add(k)
        if objects:
            for i, objs in enumerate(objects):
                for o in objs:
                    if o is not None:
                        self.objects.setdefault(id(o), (i, o))

    def lookup(self, key, raise_=True):
        if isinstance(key, str):
            if key in self.index:
                return self.index[key]
        else:
            if hasattr(key, "__clause_element__") and not isinstance(key, type):
                key = key.__clause_element__()
            hit = self.objects.get(id(key))
            if hit is not None:
                return hit[0]
            proxies = getattr(key, "proxy_set", None)
            if proxies:
                for _, (i, o) in self.objects.items():
                    if getattr(o, "proxy_set", set()) & proxies:
                        return i
            name = getattr(key, "name", None) if not isinstance(key, type) else None
            if isinstance(name, str) and name in self.index and not self.objects:
                return self.index[name]
        if raise_:
            raise exc.NoSuchColumnError(
                "Could not locate column in row for column '%s'" % (
                    key if isinstance(key, str) else _col_text(key)))
        return None


def _col_text(key):
    try:
        return str(key)
    except Exception:
        return repr(key)


class Row:
    __slots__ = ("_data", "_parent")
    __module__ = "sqlalchemy.engine.row"

    def __init__(self, parent, data):
        object.__setattr__(self, "_parent", parent)
        object.__setattr__(self, "_data", tuple(data))

    def __getattr__(self, name):
        parent = object.__getattribute__(self, "_parent")
        idx = parent.index.get(name)
        if idx is None:
            raise AttributeError(name)
        return object.__getattribute__(self, "_data")[idx]

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def __getitem__(self, index):
        return self._data[index]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, value):
        return value in self._data

    def __repr__(self):
        return repr(self._data)

    def __hash__(self):
        return hash(self._data)

    def _as_tuple(self, other):
        if isinstance(other, Row):
            return other._data
        return other

    def __eq__(self, other):
        return self._data == self._as_tuple(other)

    def __ne__(self, other):
        return self._data != self._as_tuple(other)

    def __lt__(self, other):
        return self._data < self._as_tuple(other)

    def __le__(self, other):
        return self._data <= self._as_tuple(other)

    def __gt__(self, other):
        return self._data > self._as_tuple(other)

    def __ge__(self, other):
        return self._data >= self._as_tuple(other)

    def __getstate__(self):
        return {"_data": self._data, "_keys": self._parent.keys}

    @property
    def _mapping(self):
        return RowMapping(self._parent, self._data)

    @property
    def _fields(self):
        return tuple(self._parent.keys)

    def _asdict(self):
        return dict(zip(self._parent.keys, self._data))

    def _tuple(self):
        return self._data

    @property
    def _t(self):
        return self._data

    def tuple(self):
        return self._data

    @property
    def t(self):
        return self._data

    def count(self, value):
        return self._data.count(value)

    def index(self, value, *args):
        return self._data.index(value, *args)

    def _to_tuple_instance(self):
        return self._data


class RowMapping(_abc.Mapping):
    __module__ = "sqlalchemy.engine.row"

    def __init__(self, parent, data):
        self._parent = parent
        self._data = data

    def __getitem__(self, key):
        idx = self._parent.lookup(key, raise_=False)
        if idx is None:
            raise exc.NoSuchColumnError(
                "Could not locate column in row for column '%s'" % (
                    key if isinstance(key, str) else _col_text(key)))
        return self._data[idx]

    def __iter__(self):
        return iter(self._parent.keys)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return self._parent.lookup(key, raise_=False) is not None

    def keys(self):
        return RMKeyView(self._parent.keys)

    def values(self):
        return list(self._data)

    def items(self):
        return list(zip(self._parent.keys, self._data))

    def __repr__(self):
        return repr(dict(zip(self._parent.keys, self._data)))

    def __eq__(self, other):
        if isinstance(other, _abc.Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None


class RMKeyView:
    __module__ = "sqlalchemy.engine.result"

    def __init__(self, keys):
        self._keys = list(keys)

    def __len__(self):
        return len(self._keys)

    def __iter__(self):
        return iter(self._keys)

    def __contains__(self, item):
        return item in self._keys

    def __repr__(self):
        return "RMKeyView(%r)" % (self._keys,)

    def __eq__(self, other):
        return list(other) == self._keys

    def __ne__(self, other):
        return list(other) != self._keys
