"""collections.abc: the container ABCs. isinstance() checks are structural (a list is an
Iterable) as in CPython.

With metaclass support these are real classes, usable as bases with their mixin methods;
otherwise they are typing's generic aliases (isinstance and subscripting work, deriving
from them does not).
"""

import typing as _typing
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "Sequence", "MutableSequence"]

_NAMES = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
          "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
          "Callable", "Collection", "Mapping", "MutableMapping", "Sequence", "MutableSequence",
          "MutableSet"]

if not issubclass(_ABCMeta, type):
    for _name in _NAMES:
        globals()[_name] = getattr(_typing, _name)
    Set = _typing.AbstractSet
else:
    def _has(C, names):
        # As CPython's _check_methods: the nearest definition counts, and None blocks.
        for n in names:
            for k in C.__mro__:
                if n in k.__dict__:
                    if k.__dict__[n] is None:
                        return False
                    break
            else:
                return False
        return True

    def _hook(cls, C):
        required = cls.__dict__.get("_required")
        if required and _has(C, required):
            return True
        return NotImplemented

    def _abc(name, bases=(), required=(), **mixins):
        ns = {"__module__": "collections.abc", "_required": tuple(required),
              "__subclasshook__": classmethod(_hook)}
        ns.update(mixins)
        return _ABCMeta(name, bases, ns)

    def _mapping_get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def _mapping_contains(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def _mapping_eq(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def _seq_iter(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def _seq_index(self, value, start=0, stop=None):
        for i in range(start, len(self) if stop is None else stop):
            if self[i] is value or self[i] == value:
                return i
        raise ValueError

    Hashable = _abc("Hashable", required=["__hash__"])
    Awaitable = _abc("Awaitable", required=["__await__"])
    Coroutine = _abc("Coroutine", (Awaitable,), ["__await__", "send", "throw", "close"])
    AsyncIterable = _abc("AsyncIterable", required=["__aiter__"])
    AsyncIterator = _abc("AsyncIterator", (AsyncIterable,), ["__aiter__", "__anext__"],
                         __aiter__=lambda self: self)
    AsyncGenerator = _abc("AsyncGenerator", (AsyncIterator,),
                          ["__aiter__", "__anext__", "asend", "athrow"])
    Iterable = _abc("Iterable", required=["__iter__"])
    Iterator = _abc("Iterator", (Iterable,), ["__iter__", "__next__"],
                    __iter__=lambda self: self)
    Reversible = _abc("Reversible", (Iterable,), ["__reversed__", "__iter__"])
    Generator = _abc("Generator", (Iterator,), ["__iter__", "__next__", "send", "throw", "close"])
    Sized = _abc("Sized", required=["__len__"])
    Container = _abc("Container", required=["__contains__"])
    Callable = _abc("Callable", required=["__call__"])
    Collection = _abc("Collection", (Sized, Iterable, Container),
                      ["__len__", "__iter__", "__contains__"])
    Set = _abc("Set", (Collection,))
    MutableSet = _abc("MutableSet", (Set,))
    Mapping = _abc("Mapping", (Collection,), get=_mapping_get, __contains__=_mapping_contains,
                   keys=lambda self: list(self), values=lambda self: [self[k] for k in self],
                   items=lambda self: [(k, self[k]) for k in self], __eq__=_mapping_eq)
    MutableMapping = _abc("MutableMapping", (Mapping,))
    Sequence = _abc("Sequence", (Reversible, Collection), __iter__=_seq_iter, index=_seq_index,
                    __contains__=lambda self, v: any(x is v or x == v for x in self),
                    __reversed__=lambda self: (self[i] for i in reversed(range(len(self)))),
                    count=lambda self, v: sum(1 for x in self if x is v or x == v))
    MutableSequence = _abc("MutableSequence", (Sequence,),
                           append=lambda self, v: self.insert(len(self), v))
    for _abc_cls, _types in [(Set, (set, frozenset)), (MutableSet, (set,)),
                             (Mapping, (dict,)), (MutableMapping, (dict,)),
                             (Sequence, (list, tuple, str, range, bytes)),
                             (MutableSequence, (list,))]:
        for _t in _types:
            _abc_cls.register(_t)
