# Loopscope's weakref module: references that do not keep their object alive, the
# containers built on them, and finalizers. The referent and the calls made when it goes
# live in the interpreter's `_weakref`; everything else is here.

import _weakref

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']


def _describe(ob, named=True):
    name = getattr(ob, '__name__', None)
    text = f"'{type(ob).__name__}' at {id(ob):#x}"
    if named and isinstance(name, str):
        text += f' ({name})'
    return text


class ReferenceType:
    def __new__(cls, ob, callback=None, /):
        if callback is None and cls is ReferenceType:
            # Plain references to one object are shared, as CPython shares them.
            for existing in _weakref.refs(ob):
                if type(existing) is ReferenceType and existing.__callback__ is None:
                    return existing
        self = object.__new__(cls)
        self.__callback__ = callback
        _weakref.bind(self, ob, callback)
        return self

    def __init__(self, ob, callback=None, /):
        pass

    def __call__(self):
        return _weakref.get(self)

    def __hash__(self):
        known = self.__dict__.get('_hash')
        if known is not None:
            return known
        ob = _weakref.get(self)
        if ob is None:
            raise TypeError('weak object has gone away')
        self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        mine, theirs = _weakref.get(self), _weakref.get(other)
        if mine is None or theirs is None:
            return self is other
        return mine == theirs

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __repr__(self):
        ob = _weakref.get(self)
        if ob is None:
            return f'<weakref at {id(self):#x}; dead>'
        return f'<weakref at {id(self):#x}; to {_describe(ob)}>'


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def getweakrefcount(ob):
    return _weakref.count(ob)


def getweakrefs(ob):
    return _weakref.refs(ob)


def proxy(ob, callback=None):
    raise NotImplementedError('weakref.proxy is not available in Loopscope')


class WeakMethod(ref):
    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f'argument should be a bound method, not {type(meth)}') from None

        def gone(arg):
            me = me_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, gone)
        self._func_ref = ref(func, gone)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = ref.__hash__


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        me = ref(self)

        def gone(item):
            owner = me()
            if owner is not None:
                owner.data.discard(item)

        self._gone = gone
        if data is not None:
            self.update(data)

    def __iter__(self):
        for item_ref in list(self.data):
            item = item_ref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in self.data if r() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._gone))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                item_ref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = item_ref()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        for item in list(other):
            self.discard(item)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection_update(self, other):
        keep = set(ref(item) for item in other)
        self.data = {r for r in self.data if r in keep}

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def difference(self, other):
        out = self.copy()
        out.difference_update(other)
        return out

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        out = self.copy()
        out.update(other)
        return out

    __or__ = union

    def symmetric_difference(self, other):
        other = self.__class__(other)
        return self.difference(other).union(other.difference(self))

    __xor__ = symmetric_difference

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __lt__(self, other):
        return len(self) < len(other) and self.issubset(other)

    def __gt__(self, other):
        return len(self) > len(other) and self.issuperset(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    def isdisjoint(self, other):
        return not any(item in self for item in other)


class WeakValueDictionary:
    def __init__(self, other=(), /, **kw):
        self.data = {}
        me = ref(self)

        def gone(value_ref):
            owner = me()
            if owner is not None and owner.data.get(value_ref._key) is value_ref:
                del owner.data[value_ref._key]

        self._gone = gone
        self.update(other, **kw)

    def _ref(self, key, value):
        value_ref = ref.__new__(_KeyedRef, value, self._gone)
        value_ref._key = key
        return value_ref

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        value_ref = self.data.get(key)
        return value_ref is not None and value_ref() is not None

    def __len__(self):
        return sum(1 for r in self.data.values() if r() is not None)

    def __iter__(self):
        for key, value_ref in list(self.data.items()):
            if value_ref() is not None:
                yield key

    def __repr__(self):
        return f'<{self.__class__.__name__} at {id(self):#x}>'

    def get(self, key, default=None):
        value_ref = self.data.get(key)
        if value_ref is None:
            return default
        value = value_ref()
        return default if value is None else value

    def items(self):
        for key, value_ref in list(self.data.items()):
            value = value_ref()
            if value is not None:
                yield key, value

    def keys(self):
        return iter(self)

    def values(self):
        for _, value in self.items():
            yield value

    def pop(self, key, *default):
        try:
            value = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, value_ref = self.data.popitem()
            value = value_ref()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def copy(self):
        return self.__class__(self.items())

    def clear(self):
        self.data.clear()


class _KeyedRef(ref):
    pass


class WeakKeyDictionary:
    def __init__(self, dict=None):
        self.data = {}
        me = ref(self)

        def gone(key_ref):
            owner = me()
            if owner is not None:
                owner.data.pop(key_ref, None)

        self._gone = gone
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._gone)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for r in self.data if r() is not None)

    def __iter__(self):
        for key_ref in list(self.data):
            key = key_ref()
            if key is not None:
                yield key

    def __repr__(self):
        return f'<{self.__class__.__name__} at {id(self):#x}>'

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for key_ref, value in list(self.data.items()):
            key = key_ref()
            if key is not None:
                yield key, value

    def keys(self):
        return iter(self)

    def values(self):
        for _, value in self.items():
            yield value

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._gone), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kw.items():
            self[key] = value

    def copy(self):
        return self.__class__(self.items())

    def clear(self):
        self.data.clear()


class finalize:
    """Calls func(*args, **kwargs) once, when obj goes or when called, whichever comes first."""

    _alive_ones = {}
    _counter = 0

    def __init__(self, obj, func, /, *args, **kwargs):
        finalize._counter += 1
        self._index = finalize._counter
        self._call = (func, args, kwargs)
        self._ref = ref(obj, self)
        self.atexit = True
        finalize._alive_ones[self] = None

    def __call__(self, _=None):
        if finalize._alive_ones.pop(self, 0) is None:
            func, args, kwargs = self._call
            self._call = None
            return func(*args, **kwargs)

    def __hash__(self):
        return self._index

    def detach(self):
        obj = self._ref()
        if obj is not None and finalize._alive_ones.pop(self, 0) is None:
            func, args, kwargs = self._call
            self._call = None
            return (obj, func, args, kwargs)

    def peek(self):
        obj = self._ref()
        if obj is not None and self in finalize._alive_ones:
            func, args, kwargs = self._call
            return (obj, func, args, kwargs)

    @property
    def alive(self):
        return self in finalize._alive_ones

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return f'<finalize object at {id(self):#x}; dead>'
        return f'<finalize object at {id(self):#x}; for {_describe(obj, named=False)}>'
