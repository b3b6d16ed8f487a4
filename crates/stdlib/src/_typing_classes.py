"""typing's class-based helpers: Generic, Protocol, NamedTuple, TypedDict and NewType.

Without metaclasses these work through __class_getitem__, __init_subclass__ and __new__:
NamedTuple subclasses get namedtuple fields installed, TypedDict subclasses build plain dicts.
"""

from _collections_namedtuple import install_fields as _install_fields


class Generic:
    """Base for generic classes: class Box(Generic[T]). Box[int] is Box itself here."""

    __module__ = "typing"

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base for structural types (checked by type checkers, not at run time)."""

    __module__ = "typing"


def runtime_checkable(cls):
    return cls


class NamedTuple(tuple):
    """Typed namedtuple: class Employee(NamedTuple): name: str; id: int = 3"""

    __module__ = "typing"

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is not NamedTuple:
            raise TypeError(f"{cls.__name__} has no fields")
        if fields is None:
            fields = list(kwargs.items())
        ns = {"__annotations__": dict(fields), "__module__": "__main__"}
        return type(typename, (NamedTuple,), ns)

    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:
            return
        annotations = cls.__dict__.get("__annotations__", {})
        defaults = {}
        for name in annotations:
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
            elif defaults:
                default_names = ", ".join(defaults)
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{'s' if len(defaults) > 1 else ''} {default_names}")
        _install_fields(cls, list(annotations), defaults)


class TypedDict:
    """A dict with typed keys: Movie(name='x') is the plain dict {'name': 'x'}."""

    __module__ = "typing"

    def __new__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            ns = {"__annotations__": dict(fields), "__module__": "__main__"}
            new = type(typename, (TypedDict,), ns)
            if not total:
                new.__init_subclass__(total=False)
            return new
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        annotations = {}
        required = set()
        optional = set()
        for base in cls.__bases__:
            annotations.update(getattr(base, "__annotations__", {}))
            required |= getattr(base, "__required_keys__", set())
            optional |= getattr(base, "__optional_keys__", set())
        own = cls.__dict__.get("__annotations__", {})
        annotations.update(own)
        (required if total else optional).update(own)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total


class NewType:
    """NewType('UserId', int): a callable returning its argument, for type checkers."""

    __module__ = "typing"

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        self._module = "__main__"

    def __repr__(self):
        return f"{self._module}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        import typing
        return typing.Union[self, other]
