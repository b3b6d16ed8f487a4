"""Loopscope's dataclasses: @dataclass and its helpers, as CPython 3.11 behaves.

__init__ is generated from source (as CPython does) so its signature and argument errors
are the real thing; the other methods are closures over the field list.
"""

import _loopscope
from _dataclasses_fields import (MISSING, KW_ONLY, InitVar, Field, FrozenInstanceError,
                                 field, fields, is_dataclass, asdict, astuple, replace,
                                 _FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR, _FIELDS, _PARAMS,
                                 _HAS_DEFAULT_FACTORY, _DataclassParams, _is_kw_only_marker,
                                 _field_type_of)

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]

_POST_INIT_NAME = "__post_init__"


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    f = default if isinstance(default, Field) else field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _field_type_of(annotation)
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    if f._field_type is _FIELD and f.default is not MISSING:
        d = f.default
        if isinstance(d, (list, dict, set)) or type(d).__hash__ is None:
            raise ValueError(f"mutable default {type(d)} for field {f.name} "
                             "is not allowed: use default_factory")
    return f


def _init_source(std_fields, kw_only_fields, all_init_fields, frozen, has_post_init, self_name):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return f"{f.name}=_HAS_DEFAULT_FACTORY"
        return f"{f.name}=__dataclass_dflt_{f.name}__"

    def assign(name, value):
        if frozen:
            return f"__dataclass_object__.__setattr__({self_name}, {name!r}, {value})"
        return f"{self_name}.{name} = {value}"

    body = []
    for f in all_init_fields:
        if f._field_type is not _FIELD:
            continue
        dflt = f"__dataclass_dflt_{f.name}__"
        if f.default_factory is not MISSING:
            if f.init:
                value = f"{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
            else:
                value = f"{dflt}()"
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            value = dflt
        else:
            continue
        body.append(assign(f.name, value))
    if has_post_init:
        initvars = ", ".join(f.name for f in all_init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.{_POST_INIT_NAME}({initvars})")
    params = [self_name] + [param(f) for f in std_fields if f.init]
    kw = [param(f) for f in kw_only_fields if f.init]
    if kw:
        params += ["*"] + kw
    lines = "\n".join("        " + line for line in body) or "        pass"
    return f"    def __init__({', '.join(params)}):\n{lines}\n"


def _make_init(cls, all_fields, frozen, has_post_init):
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std = [f for f in init_fields if not f.kw_only]
    kw_only = [f for f in init_fields if f.kw_only]
    self_name = "__dataclass_self__" if "self" in [f.name for f in all_fields] else "self"
    inner = _init_source(std, kw_only, init_fields, frozen, has_post_init, self_name)
    env = {"_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY, "__dataclass_object__": object}
    for f in init_fields:
        if f.default_factory is not MISSING:
            env[f"__dataclass_dflt_{f.name}__"] = f.default_factory
        elif f.default is not MISSING:
            env[f"__dataclass_dflt_{f.name}__"] = f.default
    source = f"def __create_fn__({', '.join(env)}):\n{inner}    return __init__\n"
    module = _loopscope.compile_module("dataclass_" + cls.__name__, source)
    fn = module.__create_fn__(*env.values())
    fn.__qualname__ = f"{cls.__qualname__}.__init__"
    # Annotated as CPython's generated __init__ is: each parameter by its field's type.
    annotations = {f.name: f.type for f in std + kw_only if f.init}
    annotations["return"] = None
    fn.__annotations__ = annotations
    return fn


def _tuple_of(names):
    def values(obj):
        return tuple(getattr(obj, name) for name in names)
    return values


def _make_repr(names):
    def __repr__(self):
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({inner})"
    return __repr__


def _make_eq(values):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented
    return __eq__


def _make_order(values):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return values(self) < values(other)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return values(self) <= values(other)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return values(self) > values(other)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return values(self) >= values(other)
        return NotImplemented
    return [__lt__, __le__, __gt__, __ge__]


def _make_frozen(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    if hasattr(value, "__qualname__"):
        try:
            value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
        except (AttributeError, TypeError):
            pass
    setattr(cls, name, value)
    return False


def _type_text(t):
    if isinstance(t, type):
        return t.__qualname__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"
    return repr(t)


def _make_hash(hashed):
    def __hash__(self):
        return hash(hashed(self))
    return __hash__


def _doc_param(f):
    text = f"{f.name}: {_type_text(f.type)}"
    if f.default_factory is not MISSING:
        return text + " = <factory>"
    if f.default is not MISSING:
        return text + f" = {f.default!r}"
    return text


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields_map = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields_map[f.name] = f
            if b.__dict__[_PARAMS].frozen:
                any_frozen_base = True
    class_hash = cls.__dict__.get("__hash__", MISSING)
    explicit_hash = not (class_hash is MISSING
                         or (class_hash is None and "__eq__" in cls.__dict__))
    annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            kw_only = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, kw_only))
    for f in cls_fields:
        fields_map[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen and fields_map:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _FIELDS, fields_map)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields = list(fields_map.values())
    real = [f for f in all_fields if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__", _make_init(cls, all_fields, frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr([f.name for f in real if f.repr]))
    compared = _tuple_of([f.name for f in real if f.compare])
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(compared))
    if order:
        if eq is False:
            raise ValueError("eq must be true if order is true")
        for fn in _make_order(compared):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class "
                                f"{cls.__name__}. Consider using functools.total_ordering")
    if frozen:
        for fn in _make_frozen(cls, {f.name for f in real}):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class {cls.__name__}")
    hashed = _tuple_of([f.name for f in real if (f.compare if f.hash is None else f.hash)])
    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _make_hash(hashed)
    elif eq and frozen and not explicit_hash:
        cls.__hash__ = _make_hash(hashed)
    elif eq and not frozen and not explicit_hash:
        cls.__hash__ = None
    if not getattr(cls, "__doc__", None):
        params = ", ".join(_doc_param(f) for f in all_fields
                           if f.init and f._field_type is not _FIELD_CLASSVAR)
        cls.__doc__ = f"{cls.__name__}({params})"
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields
                                   if f._field_type is _FIELD and f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and more, per the flags) generated from the class's
    annotated fields."""
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                             kw_only)
        if slots:
            cls = _add_slots(cls)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def _add_slots(cls):
    """The class again, made with `__slots__` of its fields (as CPython's `_add_slots`)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    if "__slots__" in cls_dict:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **flags):
    """Create a dataclass named cls_name from (name[, type[, field]]) specs."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **flags)
