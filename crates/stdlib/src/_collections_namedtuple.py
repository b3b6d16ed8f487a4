"""collections.namedtuple, and install_fields, which typing.NamedTuple shares.

__new__ is generated from source (as CPython does) so argument errors read exactly like
CPython's: "Point.__new__() missing 1 required positional argument: 'y'".
"""

import _loopscope

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
])


def _make_new(typename, field_names, defaults):
    params = list(field_names)
    first_default = len(params) - len(defaults)
    for i in range(first_default, len(params)):
        params[i] = f"{params[i]}=_d{i - first_default}"
    values = ", ".join(field_names) + ("," if len(field_names) == 1 else "")
    dflt_names = "".join(f", _d{i}" for i in range(len(defaults)))
    source = (f"def _factory(_tuple_new{dflt_names}):\n"
              f"    def __new__(_cls{''.join(', ' + p for p in params)}):\n"
              f"        return _tuple_new(_cls, ({values}))\n"
              f"    return __new__\n")
    module = _loopscope.compile_module("namedtuple_" + typename, source)
    new = module._factory(tuple.__new__, *defaults)
    new.__qualname__ = f"{typename}.__new__"
    new.__doc__ = f"Create new instance of {typename}({', '.join(field_names)})"
    return new


class _tuplegetter:
    """The descriptor behind a namedtuple field: read-only item access."""

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self.index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def install_fields(cls, field_names, field_defaults):
    """Give class cls (a tuple subclass) the namedtuple machinery for its fields."""
    typename = cls.__name__
    field_names = tuple(field_names)
    defaults = tuple(field_defaults[name] for name in field_names if name in field_defaults)
    num_fields = len(field_names)
    tuple_new = tuple.__new__

    def _make(klass, iterable):
        result = tuple_new(klass, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(field_names, self)]
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return self._make(values)

    def __repr__(self):
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(field_names, self))
        return f"{self.__class__.__name__}({inner})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    cls.__new__ = staticmethod(_make_new(typename, field_names, defaults))
    cls._make = classmethod(_make)
    cls._replace = _replace
    if "__repr__" not in cls.__dict__:
        cls.__repr__ = __repr__
    cls._asdict = _asdict
    cls.__getnewargs__ = __getnewargs__
    cls._fields = field_names
    cls._field_defaults = dict(field_defaults)
    cls.__match_args__ = field_names
    for index, name in enumerate(field_names):
        setattr(cls, name, _tuplegetter(index, f"Alias for field number {index}"))
    for method in (_make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"
    return cls


def _caller_module():
    try:
        import sys
        return sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new tuple subclass named typename with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        start = len(field_names) - len(defaults)
        field_defaults = dict(zip(field_names[start:], defaults))
    namespace = {
        "__doc__": f"{typename}({', '.join(field_names)})",
        "__slots__": (),
        "__module__": module if module is not None else _caller_module(),
    }
    cls = type(typename, (tuple,), namespace)
    return install_fields(cls, field_names, field_defaults)
