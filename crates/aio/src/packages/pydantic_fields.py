"""pydantic 2.14's `pydantic.fields`, written for Loopscope: `FieldInfo` (a field's
annotation, default, alias, constraints and docs, printed as pydantic prints it), `Field`,
`PrivateAttr`, and the annotated-types constraint markers (`Gt`, `MinLen`, ...) that
`FieldInfo.metadata` holds.
"""

import copy as _copy
import types as _types
import typing as _typing

from pydantic_core import PydanticUndefined


def _is_union(tp):
    return _typing.get_origin(tp) is _typing.Union or isinstance(tp, _types.UnionType)


# Constraint markers, as annotated-types names and prints them ------------------------

class _Constraint:
    _name = ''

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return '%s(%s=%r)' % (type(self).__name__, self._name, self.value)

    def __eq__(self, other):
        return type(self) is type(other) and self.value == other.value


def _marker(cls_name, name):
    return type(cls_name, (_Constraint,), {'_name': name})


Gt = _marker('Gt', 'gt')
Ge = _marker('Ge', 'ge')
Lt = _marker('Lt', 'lt')
Le = _marker('Le', 'le')
MultipleOf = _marker('MultipleOf', 'multiple_of')
MinLen = _marker('MinLen', 'min_length')
MaxLen = _marker('MaxLen', 'max_length')
_MARKERS = {'gt': Gt, 'ge': Ge, 'lt': Lt, 'le': Le, 'multiple_of': MultipleOf,
            'min_length': MinLen, 'max_length': MaxLen}


class _Pattern:
    def __init__(self, pattern):
        self.value = pattern
        self._name = 'pattern'

    def __repr__(self):
        return '_PydanticGeneralMetadata(pattern=%r)' % self.value


def _type_repr(tp):
    """An annotation as pydantic displays it: `int`, `List[Node]`, `Union[int, NoneType]`."""
    if tp is None or tp is type(None):
        return 'NoneType'
    if tp is Ellipsis:
        return '...'
    if tp is _typing.Any:
        return 'Any'
    if isinstance(tp, type) and not isinstance(tp, _types.GenericAlias):
        return tp.__name__
    if _is_union(tp):
        return 'Union[%s]' % ', '.join(_type_repr(a) for a in _typing.get_args(tp))
    origin = _typing.get_origin(tp)
    args = _typing.get_args(tp)
    if origin is _typing.Literal:
        return 'Literal[%s]' % ', '.join(repr(a) for a in args)
    if origin is not None and args:
        if isinstance(tp, _types.GenericAlias):
            name = origin.__name__
        else:
            name = getattr(tp, '_name', None) or getattr(origin, '__name__', repr(origin))
        return '%s[%s]' % (name, ', '.join(_type_repr(a) for a in args))
    text = repr(tp)
    return text[7:] if text.startswith('typing.') else text


# Fields ----------------------------------------------------------------------------

_FIELD_ATTRS = ('default', 'default_factory', 'alias', 'alias_priority', 'validation_alias',
                'serialization_alias', 'title', 'description', 'examples', 'exclude',
                'discriminator', 'json_schema_extra', 'frozen', 'validate_default', 'repr',
                'init', 'init_var', 'kw_only', 'strict')


class FieldInfo:
    """One field: its annotation, default, alias, constraints (`metadata`) and docs."""

    def __init__(self, default=PydanticUndefined, **kwargs):
        self.annotation = kwargs.pop('annotation', None)
        self.default = default
        self.default_factory = kwargs.pop('default_factory', None)
        alias = kwargs.pop('alias', None)
        self.alias = alias
        self.alias_priority = kwargs.pop('alias_priority', 2 if alias is not None else None)
        self.validation_alias = kwargs.pop('validation_alias', None)
        self.serialization_alias = kwargs.pop('serialization_alias', None)
        self.title = kwargs.pop('title', None)
        self.description = kwargs.pop('description', None)
        self.examples = kwargs.pop('examples', None)
        self.exclude = kwargs.pop('exclude', None)
        self.discriminator = kwargs.pop('discriminator', None)
        self.json_schema_extra = kwargs.pop('json_schema_extra', None)
        self.frozen = kwargs.pop('frozen', None)
        self.validate_default = kwargs.pop('validate_default', None)
        self.repr = kwargs.pop('repr', True)
        self.init = kwargs.pop('init', None)
        self.init_var = kwargs.pop('init_var', None)
        self.kw_only = kwargs.pop('kw_only', None)
        self.strict = kwargs.pop('strict', None)
        self.metadata = kwargs.pop('metadata', [])
        for name in ('gt', 'ge', 'lt', 'le', 'multiple_of', 'min_length', 'max_length'):
            value = kwargs.pop(name, None)
            if value is not None:
                self.metadata.append(_MARKERS[name](value))
        pattern = kwargs.pop('pattern', None)
        if pattern is not None:
            self.metadata.append(_Pattern(pattern))
        if kwargs:
            raise TypeError('Field() got an unexpected keyword argument %r' % next(iter(kwargs)))

    def is_required(self):
        return self.default is PydanticUndefined and self.default_factory is None

    def get_default(self, *, call_default_factory=False):
        if self.default_factory is not None:
            return self.default_factory() if call_default_factory else None
        if self.default is PydanticUndefined:
            return PydanticUndefined
        return _copy_default(self.default)

    def _copy(self):
        new = FieldInfo.__new__(FieldInfo)
        new.__dict__.update(self.__dict__)
        new.metadata = list(self.metadata)
        return new

    def __repr_args__(self):
        yield 'annotation', _Raw(_type_repr(self.annotation))
        yield 'required', self.is_required()
        if self.default is not PydanticUndefined:
            yield 'default', self.default
        if self.default_factory is not None:
            yield 'default_factory', _Raw(getattr(self.default_factory, '__name__',
                                                  repr(self.default_factory)))
        for name in ('alias', 'alias_priority', 'validation_alias', 'serialization_alias',
                     'title', 'description', 'examples', 'exclude', 'discriminator',
                     'json_schema_extra', 'frozen', 'validate_default'):
            value = getattr(self, name)
            if value is not None:
                yield name, value
        if not self.repr:
            yield 'repr', False
        if self.metadata:
            yield 'metadata', self.metadata

    def __repr__(self):
        return 'FieldInfo(%s)' % ', '.join('%s=%r' % kv for kv in self.__repr_args__())

    def __str__(self):
        return ' '.join('%s=%r' % kv for kv in self.__repr_args__())


class _Raw:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


def Field(default=PydanticUndefined, **kwargs):
    """A field's default and options; `...` as the default means required."""
    if default is Ellipsis:
        default = PydanticUndefined
    if default is not PydanticUndefined and kwargs.get('default_factory') is not None:
        raise TypeError('cannot specify both default and default_factory')
    return FieldInfo(default, **kwargs)


class ModelPrivateAttr:
    def __init__(self, default=PydanticUndefined, default_factory=None):
        self.default = default
        self.default_factory = default_factory

    def get_default(self):
        if self.default_factory is not None:
            return self.default_factory()
        return _copy_default(self.default)


def PrivateAttr(default=PydanticUndefined, *, default_factory=None):
    return ModelPrivateAttr(default, default_factory)


def _copy_default(value):
    if isinstance(value, (list, dict, set, bytearray)) or hasattr(type(value), '__pydantic_fields__'):
        return _copy.deepcopy(value)
    return value
