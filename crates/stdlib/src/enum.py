"""Loopscope's enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, with
CPython 3.11's member reprs and lookups.

Members are made after the class body runs, by the EnumType metaclass when the interpreter
supports metaclasses, else by Enum.__init_subclass__ (then the class itself cannot be
iterated, measured or indexed, which need a metaclass).
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique"]


def _metaclasses_supported():
    try:
        class _Probe(type):
            pass
    except TypeError:
        return False
    return True


_HAS_METACLASSES = _metaclasses_supported()
_auto_null = object()
_BASE_NAMES = ("Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag", "IntFlag")
_type = type


def _is_base_enum(name, module):
    return name in _BASE_NAMES and module == "enum"


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_member_candidate(cls, name, value):
    if _is_dunder(name) or _is_sunder(name) or name.startswith(f"_{cls.__name__}__"):
        return False
    if isinstance(value, (staticmethod, classmethod, property)):
        return False
    return not (hasattr(value, "__get__") or hasattr(value, "__set__")
                or hasattr(value, "__delete__"))


def _data_type(cls):
    for base in cls.__mro__[1:]:
        if base is object or "_member_map_" in base.__dict__ or _is_base_enum(base.__name__,
                                                                              base.__module__):
            continue
        if base.__module__ == "builtins":
            return base
    return object


def _setup(cls):
    """Turn the class's plain attributes into members."""
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    data_type = _data_type(cls)
    custom_new = cls.__dict__.get("__new__")
    candidates = [(k, v) for k, v in list(cls.__dict__.items()) if _is_member_candidate(cls, k, v)]
    last_values = []
    for name, value in candidates:
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = cls._generate_next_value_(name, 1, len(cls._member_names_),
                                                        last_values[:])
            value = value.value
        last_values.append(value)
        args = value if isinstance(value, tuple) else (value,)
        if custom_new is not None:
            new = custom_new.__func__ if isinstance(custom_new, staticmethod) else custom_new
            member = new(cls, *args)
        elif data_type is object:
            member = object.__new__(cls)
        else:
            member = data_type.__new__(cls, *args)
        if not hasattr(member, "_value_"):
            member._value_ = value if data_type is object else data_type(*args)
        member._name_ = name
        member.__objclass__ = cls
        member.__init__(*args)
        canonical = None
        for existing in cls._member_map_.values():
            if existing._value_ == member._value_:
                canonical = existing
                break
        if canonical is not None:
            member = canonical
        else:
            cls._member_names_.append(name)
            try:
                cls._value2member_map_[member._value_] = member
            except TypeError:
                pass
        cls._member_map_[name] = member
        if _HAS_METACLASSES:
            _type.__setattr__(cls, name, member)
        else:
            setattr(cls, name, member)
    setattr(cls, "__new__", Enum.__dict__["__new__"])
    if data_type is not object:
        _prefer_enum_methods(cls, data_type)
    if not _HAS_METACLASSES:
        cls.__members__ = dict(cls._member_map_)
    cls._finish_setup_()


def _prefer_enum_methods(cls, data_type):
    """Keep the enum's repr/str/format ahead of the mixed-in type's (int's repr...)."""
    for attr in ("__repr__", "__str__", "__format__", "__or__", "__and__", "__xor__", "__ror__",
                 "__rand__", "__rxor__", "__invert__"):
        if attr in cls.__dict__:
            continue
        for base in cls.__mro__:
            if base.__module__ == "builtins":
                continue
            if attr in base.__dict__:
                setattr(cls, attr, base.__dict__[attr])
                break


def _enum_new(cls, value, *args, **kwds):
    if not hasattr(cls, "_member_map_") or (args or kwds):
        return _create(cls, value, *args, **kwds)
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
    result = cls._missing_(value)
    if isinstance(result, cls):
        return result
    raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")


def _create(cls, class_name, names=None, *, module=None, qualname=None, type=None, start=1,
            boundary=None):
    """The functional API: Enum('Animal', 'ANT BEE CAT')."""
    if names is None:
        raise TypeError(f"{cls.__name__}() missing the names of the members")
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if isinstance(names, dict):
        items = list(names.items())
    elif names and isinstance(names[0], str):
        items = [(name, start + i) for i, name in enumerate(names)]
    else:
        items = list(names)
    ns = {"__module__": module or "__main__", "__qualname__": qualname or class_name}
    ns.update(items)
    bases = (cls,) if type is None else (type, cls)
    return (EnumType if _HAS_METACLASSES else _type)(class_name, bases, ns)


def _members_of(cls):
    return [cls._member_map_[name] for name in cls._member_names_]


class _EnumBody:
    """Methods every enum member has (the body of CPython's Enum)."""

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _finish_setup_(cls):
        pass

    def __repr__(self):
        return f"<{self.__class__.__name__}.{self._name_}: {self._value_repr_()}>"

    def _value_repr_(self):
        return repr(self._value_)

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        # Members are singletons: copies are the member itself.
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


_enum_ns = {k: v for k, v in _EnumBody.__dict__.items() if k not in ("__dict__", "__weakref__")}
_enum_ns["__new__"] = staticmethod(_enum_new)
_enum_ns["_generate_next_value_"] = staticmethod(_EnumBody.__dict__["_generate_next_value_"])
_enum_ns["__module__"] = "enum"
_enum_ns["__qualname__"] = "Enum"
_enum_ns["__doc__"] = "Generic enumeration."

if _HAS_METACLASSES:
    class EnumType(type):
        """Metaclass for Enum: the class is a container of its members."""

        def __new__(metacls, cls, bases, classdict, **kwds):
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
            base_enum = _is_base_enum(cls, classdict.get("__module__"))
            if any(isinstance(b, EnumType) for b in bases) and not base_enum:
                _setup(enum_class)
            return enum_class

        def __call__(cls, value, *args, **kwds):
            return cls.__new__(cls, value, *args, **kwds)

        def __iter__(cls):
            return iter(_members_of(cls))

        def __reversed__(cls):
            return iter(list(reversed(_members_of(cls))))

        def __len__(cls):
            return len(cls._member_names_)

        def __bool__(cls):
            return True

        def __contains__(cls, member):
            if not isinstance(member, Enum):
                raise TypeError(f"unsupported operand type(s) for 'in': "
                                f"'{type(member).__qualname__}' and '{type(cls).__qualname__}'")
            return isinstance(member, cls) and member._name_ in cls._member_map_

        def __getitem__(cls, name):
            return cls._member_map_[name]

        def __repr__(cls):
            kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
            return f"<{kind} {cls.__name__!r}>"

        @property
        def __members__(cls):
            return dict(cls._member_map_)

        def __setattr__(cls, name, value):
            if name in cls.__dict__.get("_member_map_", {}):
                raise AttributeError(f"cannot reassign member {name!r}")
            super().__setattr__(name, value)

    Flag = None
    Enum = EnumType("Enum", (), _enum_ns)
else:
    def _init_subclass(cls, **kwds):
        if not _is_base_enum(cls.__name__, cls.__module__):
            _setup(cls)

    def _class_getitem(cls, name):
        return cls._member_map_[name]

    EnumType = type
    _enum_ns["__init_subclass__"] = classmethod(_init_subclass)
    _enum_ns["__class_getitem__"] = classmethod(_class_getitem)
    Enum = type("Enum", (), _enum_ns)

EnumMeta = EnumType


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    __module__ = "enum"

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    __module__ = "enum"


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    __module__ = "enum"

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


from _enum_flag import make_flag_classes  # noqa: E402

Flag, IntFlag = make_flag_classes(Enum, ReprEnum, _setup, _members_of)


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    duplicates = [(name, member.name) for name, member in enumeration._member_map_.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration
