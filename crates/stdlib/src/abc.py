"""Loopscope's abc: ABC, ABCMeta and abstractmethod. Instantiating a class that still has
abstract methods raises CPython 3.11's TypeError.

With metaclass support ABCMeta is a real metaclass (with register and __subclasshook__);
otherwise ABC does the bookkeeping in __init_subclass__ and the check in __new__, and
`metaclass=ABCMeta` is ignored by the interpreter.
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token"]


def abstractmethod(funcobj):
    """Mark a method abstract: subclasses must override it before they can be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return _is_abstract(value.fget)
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return False


def _abstract_names(cls):
    names = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def _check_instantiable(cls):
    names = sorted(getattr(cls, "__abstractmethods__", ()))
    if names:
        s = "s" if len(names) > 1 else ""
        raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                        f"with abstract method{s} {', '.join(names)}")


def _metaclasses_supported():
    try:
        class _Probe(type):
            pass
    except TypeError:
        return False
    return True


if _metaclasses_supported():
    class ABCMeta(type):
        """Metaclass for abstract base classes."""

        def __new__(mcls, name, bases, namespace, /, **kwargs):
            cls = super().__new__(mcls, name, bases, namespace, **kwargs)
            cls.__abstractmethods__ = _abstract_names(cls)
            cls._abc_registry = []
            return cls

        def __call__(cls, *args, **kwargs):
            _check_instantiable(cls)
            return super().__call__(*args, **kwargs)

        def register(cls, subclass):
            cls._abc_registry.append(subclass)
            return subclass

        def __instancecheck__(cls, instance):
            return cls.__subclasscheck__(type(instance))

        def __subclasscheck__(cls, subclass):
            if cls in getattr(subclass, "__mro__", ()):
                return True
            hook = getattr(cls, "__subclasshook__", None)
            if hook is not None:
                result = hook(subclass)
                if result is not NotImplemented:
                    return bool(result)
            return any(issubclass(subclass, r) for r in cls._abc_registry)

    class ABC(metaclass=ABCMeta):
        """Helper class: derive from it to get ABCMeta as metaclass."""

        __slots__ = ()
else:
    class ABCMeta:
        """Stands for the metaclass; the interpreter ignores `metaclass=ABCMeta`."""

        def register(cls, subclass):
            return subclass

    class ABC:
        """Derive from ABC to have abstract methods checked on instantiation."""

        def __init_subclass__(cls, **kwargs):
            cls.__abstractmethods__ = _abstract_names(cls)

        def __new__(cls, *args, **kwargs):
            _check_instantiable(cls)
            return object.__new__(cls)

        @classmethod
        def register(cls, subclass):
            return subclass


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget):
    fget.__isabstractmethod__ = True
    return property(fget)


def get_cache_token():
    return 0
