"""Loopscope's typing: the names programs annotate with, subscriptable and printable as in
CPython 3.11, and never enforced. Generic and Protocol subscripts return the class itself
(our interpreter has no __mro_entries__), so `class Box(Generic[T])` works."""

from _typing_classes import (Generic, Protocol, NamedTuple, TypedDict, NewType,
                             runtime_checkable)

__all__ = ["Annotated", "Any", "AnyStr", "AsyncGenerator", "AsyncIterable", "AsyncIterator",
           "Awaitable", "Callable", "ClassVar", "Concatenate", "Coroutine", "Counter",
           "DefaultDict", "Deque", "Dict", "Final", "FrozenSet", "Generator", "Generic",
           "Hashable", "Iterable", "Iterator", "List", "Literal", "LiteralString", "Mapping",
           "MutableMapping", "MutableSequence", "MutableSet", "NamedTuple", "Never", "NewType",
           "NoReturn", "Optional", "OrderedDict", "ParamSpec", "Protocol", "Reversible", "Self",
           "Sequence", "Set", "Sized", "SupportsInt", "SupportsFloat", "Text", "Tuple", "Type",
           "TypeAlias", "TypeGuard", "TypeVar", "TypedDict", "Union", "TYPE_CHECKING",
           "assert_never", "assert_type", "cast", "final", "get_args", "get_origin",
           "get_type_hints", "no_type_check", "overload", "reveal_type", "runtime_checkable"]

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    return _NoneType if arg is None else arg


class _Final:
    """Shared behaviour of typing's special objects: union with |, no instances."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")


class _GenericAlias(_Final):
    """A subscripted generic: List[int], Union[int, str], Callable[[int], str]."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name

    def _args_repr(self):
        return ", ".join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if name in ("Tuple", "tuple") and self.__args__ == ():
            return f"typing.{name}[()]"
        return f"typing.{name}[{self._args_repr()}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name and isinstance(self.__origin__, type):
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,),
                             self._name)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[1] if args[0] is _NoneType else args[0]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{self._args_repr()}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {_type_repr(args[1])}]"
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return f"typing.Callable[[{params}], {_type_repr(args[-1])}]"


class _LiteralGenericAlias(_GenericAlias):
    def _args_repr(self):
        return ", ".join(repr(a) for a in self.__args__)


class _SpecialGenericAlias(_Final):
    """An unsubscripted generic (List, Dict, Iterable): isinstance checks use check."""

    def __init__(self, name, origin, check=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._check = check
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            args = (args,) if args is ... else tuple(args)
            return _CallableGenericAlias(self.__origin__, args + (result,), "Callable")
        if self._name == "Tuple" and params == ((),):
            params = ()
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type) and self._check is None:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        if self._check is not None:
            return self._check(obj)
        return isinstance(obj, self.__origin__)


_PROBES = {
    "__iter__": iter,
    "__len__": len,
    "__contains__": lambda o: isinstance(o, (str, bytes, list, tuple, dict, set, frozenset, range)),
    "__reversed__": lambda o: isinstance(o, (str, bytes, list, tuple, dict, range)),
}


def _probe(obj, name):
    """Builtin values whose type does not list the method: try the operation itself."""
    probe = _PROBES.get(name)
    if probe is None or type(obj).__module__ != "builtins":
        return False
    try:
        return probe(obj) is not False
    except TypeError:
        return False


def _has(*names):
    def check(obj):
        cls = type(obj)
        return all(hasattr(cls, name) or _probe(obj, name) for name in names)
    return check


def _hashable(obj):
    try:
        hash(obj)
    except TypeError:
        return False
    return True


def _union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p)
        members = p.__args__ if isinstance(p, _UnionGenericAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat))


def _optional(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f"typing.Optional requires a single type. Got {parameters!r}.")
    return Union[parameters, None]


def _single(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError(f"{self} accepts only single type.")
        parameters = parameters[0]
    return _GenericAlias(self, (_type_check(parameters),), self._name)


def _literal(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters, "Literal")


def _annotated(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    alias = _LiteralGenericAlias(self, params, "Annotated")
    alias.__origin__ = params[0]
    alias.__metadata__ = params[1:]
    alias._args_repr = lambda: ", ".join([_type_repr(params[0])] + [repr(m) for m in params[1:]])
    return alias


def _concatenate(self, params):
    return _GenericAlias(self, params if isinstance(params, tuple) else (params,), "Concatenate")


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _single)
Final = _SpecialForm("Final", _single)
TypeGuard = _SpecialForm("TypeGuard", _single)
Required = _SpecialForm("Required", _single)
NotRequired = _SpecialForm("NotRequired", _single)
Unpack = _SpecialForm("Unpack", _single)
Literal = _SpecialForm("Literal", _literal)
Annotated = _SpecialForm("Annotated", _annotated)
Concatenate = _SpecialForm("Concatenate", _concatenate)

_iterable = _has("__iter__")
List = _SpecialGenericAlias("List", list)
Dict = _SpecialGenericAlias("Dict", dict)
Set = _SpecialGenericAlias("Set", set)
FrozenSet = _SpecialGenericAlias("FrozenSet", frozenset)
Tuple = _SpecialGenericAlias("Tuple", tuple)
Type = _SpecialGenericAlias("Type", type)
Text = str
Callable = _SpecialGenericAlias("Callable", object, callable)
Iterable = _SpecialGenericAlias("Iterable", object, _iterable)
Iterator = _SpecialGenericAlias("Iterator", object, _has("__iter__", "__next__"))
Reversible = _SpecialGenericAlias("Reversible", object, _has("__reversed__"))
Generator = _SpecialGenericAlias("Generator", object, _has("send", "throw", "__next__"))
Awaitable = _SpecialGenericAlias("Awaitable", object, _has("__await__"))
Coroutine = _SpecialGenericAlias("Coroutine", object, _has("send", "throw", "__await__"))
AsyncIterable = _SpecialGenericAlias("AsyncIterable", object, _has("__aiter__"))
AsyncIterator = _SpecialGenericAlias("AsyncIterator", object, _has("__aiter__", "__anext__"))
AsyncGenerator = _SpecialGenericAlias("AsyncGenerator", object, _has("asend", "athrow"))
Hashable = _SpecialGenericAlias("Hashable", object, _hashable)
Sized = _SpecialGenericAlias("Sized", object, _has("__len__"))
Container = _SpecialGenericAlias("Container", object, _has("__contains__"))
Collection = _SpecialGenericAlias("Collection", object, _has("__len__", "__iter__", "__contains__"))
Sequence = _SpecialGenericAlias(
    "Sequence", object, lambda o: isinstance(o, (list, tuple, str, range, bytes)))
MutableSequence = _SpecialGenericAlias("MutableSequence", object, lambda o: isinstance(o, list))
Mapping = _SpecialGenericAlias("Mapping", object, _has("keys", "__getitem__"))
MutableMapping = _SpecialGenericAlias("MutableMapping", object,
                                      _has("keys", "__getitem__", "__setitem__"))
AbstractSet = _SpecialGenericAlias("AbstractSet", object,
                                   lambda o: isinstance(o, (set, frozenset)))
MutableSet = _SpecialGenericAlias("MutableSet", object, lambda o: isinstance(o, set))
ContextManager = _SpecialGenericAlias("ContextManager", object, _has("__enter__", "__exit__"))
AsyncContextManager = _SpecialGenericAlias("AsyncContextManager", object,
                                           _has("__aenter__", "__aexit__"))


def _collections_alias(name, attr):
    def check(obj):
        import collections
        return isinstance(obj, getattr(collections, attr))
    return _SpecialGenericAlias(name, object, check)


DefaultDict = _collections_alias("DefaultDict", "defaultdict")
OrderedDict = _collections_alias("OrderedDict", "OrderedDict")
Counter = _collections_alias("Counter", "Counter")
Deque = _collections_alias("Deque", "deque")
ChainMap = _collections_alias("ChainMap", "ChainMap")


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'); repr ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class ParamSpec(_Final):
    """Parameter specification variable: P = ParamSpec('P'); P.args, P.kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = _SpecialForm(f"{name}.args")
        self.kwargs = _SpecialForm(f"{name}.kwargs")

    def __repr__(self):
        return "~" + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsIndex(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


def cast(typ, val):
    """Return val unchanged; tells a type checker val has type typ."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @typing.overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @typing.overload-decorated.")


def overload(func):
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _GenericAlias):
        if isinstance(tp, _UnionGenericAlias):
            return Union
        if "__metadata__" in tp.__dict__:
            return Annotated
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ == "UnionType":
        return type(tp)
    return getattr(tp, "__origin__", None) if type(tp).__name__ == "GenericAlias" else None


def get_args(tp):
    """The type arguments of a subscripted type: get_args(Dict[str, int])."""
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias) or type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tuple(tp.__args__)
    return ()


def _eval_hint(value, globalns, localns):
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    return _type_check(value)


def _strip_annotations(tp):
    if isinstance(tp, _GenericAlias) and "__metadata__" in tp.__dict__:
        return _strip_annotations(tp.__origin__)
    return tp


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class (with its bases) or module, string annotations
    evaluated (in the defining module) and Annotated stripped unless include_extras."""
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = dict(getattr(module, "__dict__", {}))
            else:
                base_globals = globalns
            base_locals = dict(base.__dict__) if localns is None else localns
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
    else:
        if globalns is None:
            globalns = getattr(obj, "__globals__", None)
            if globalns is None:
                globalns = getattr(obj, "__dict__", {})
        for name, value in dict(getattr(obj, "__annotations__", {})).items():
            hints[name] = _eval_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(v) for k, v in hints.items()}
