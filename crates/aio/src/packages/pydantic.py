"""pydantic 2.14's core, written for Loopscope in Python: `BaseModel` (fields from
annotations, lax-mode validation, `model_validate`, `model_dump`, `model_dump_json`,
`model_copy`, reprs, equality), `ConfigDict`, `field_validator`, `model_validator` and
`TypeAdapter`. `Field` and `FieldInfo` are in `pydantic.fields` (`pydantic_fields.py`);
the validators per type and `ValidationError` in our `pydantic_core`, as pydantic's are in
its own.

A model's instance keeps its field values in `__dict__`, with its fields-set, extra and
private values beside them under dunder names (pydantic keeps those in slots).
"""

import copy as _copy
import sys as _sys
import typing as _typing

import pydantic_core as _core
from pydantic_core import (
    PydanticCustomError,
    PydanticUndefined,
    ValidationError,
    _LineErrors,
    _State,
)
from pydantic.fields import (
    _FIELD_ATTRS,
    Field,
    FieldInfo,
    ModelPrivateAttr,
    PrivateAttr,
    _Constraint,
    _copy_default,
    _is_union,
    _Pattern,
)

VERSION = '2.14.4'
__version__ = VERSION

__all__ = [
    'BaseModel', 'ConfigDict', 'Field', 'FieldInfo', 'PrivateAttr', 'ValidationError',
    'ValidationInfo', 'field_validator', 'model_validator', 'PydanticUndefined',
    'PydanticCustomError', 'TypeAdapter', 'computed_field', 'field_serializer',
    'model_serializer', 'SerializationInfo', 'ComputedFieldInfo',
]


def ConfigDict(**kwargs):
    """A model's configuration: a plain dict, as pydantic's TypedDict makes."""
    return dict(kwargs)


# Validator decorators ----------------------------------------------------------------

class ValidationInfo:
    """What a validator taking `info` sees: the data validated so far, the field's name."""

    def __init__(self, data, field_name, config, context=None, mode='python'):
        self.data = data
        self.field_name = field_name
        self.config = config
        self.context = context
        self.mode = mode

    def __repr__(self):
        return 'ValidationInfo(config=%r, context=%r, data=%r, field_name=%r)' % (
            self.config, self.context, self.data, self.field_name)


class _Decorator:
    def __init__(self, kind, func, fields, mode, check_fields=None):
        self.kind = kind
        self.func = func
        self.fields = fields
        self.mode = mode

    def __get__(self, obj, owner=None):
        if isinstance(self.func, (classmethod, staticmethod)):
            return _bind(self.func, owner if owner is not None else type(obj))
        if obj is None:
            return self.func
        return lambda *args: self.func(obj, *args)


def _function_of(func):
    return getattr(func, '__func__', func)


def _bind(func, cls):
    """A decorated validator as the model calls it: a classmethod bound to `cls`."""
    if isinstance(func, staticmethod):
        return func.__func__
    if isinstance(func, classmethod):
        inner = func.__func__
        return lambda *args: inner(cls, *args)
    return func


def _wants_info(func, fixed):
    """True when `func` takes one more positional argument than `fixed` (the `info`)."""
    code = getattr(_function_of(func), '__code__', None)
    if code is None:
        return False
    return code.co_argcount > fixed


def field_validator(field, *fields, mode='after', check_fields=None, json_schema_input_type=None):
    if callable(field) and not isinstance(field, str):
        raise TypeError('`@field_validator` should be used with fields and keyword arguments, '
                        'not bare. E.g. usage should be `@validator(\'<field_name>\', ...)`')
    names = (field,) + fields

    def decorate(func):
        if not isinstance(func, (classmethod, staticmethod)):
            func = classmethod(func)
        return _Decorator('field', func, names, mode)
    return decorate


def model_validator(*, mode):
    def decorate(func):
        if mode != 'after' and not isinstance(func, (classmethod, staticmethod)):
            func = classmethod(func)
        return _Decorator('model', func, (), mode)
    return decorate


def field_serializer(*fields, mode='plain', return_type=None, when_used='always',
                     check_fields=None):
    """A method that dumps the named fields: `(self, value)` or `(self, value, info)`."""
    def decorate(func):
        return _Decorator('serializer', func, fields, when_used)
    return decorate


def model_serializer(func=None, *, mode='plain', when_used='always', return_type=None):
    """A method whose result is the model's whole dump: `(self)` or `(self, info)`."""
    def decorate(func):
        return _Decorator('model_serializer', func, (), when_used)
    return decorate(func) if func is not None else decorate


class SerializationInfo:
    """What a serializer taking `info` sees."""

    def __init__(self, opts, field_name=None):
        self.mode = 'json' if opts.json else 'python'
        self.by_alias = opts.by_alias
        self.exclude_unset = opts.exclude_unset
        self.exclude_defaults = opts.exclude_defaults
        self.exclude_none = opts.exclude_none
        self.field_name = field_name

    def mode_is_json(self):
        return self.mode == 'json'


class ComputedFieldInfo:
    """A computed field: a property whose value dumps and prints beside the fields."""

    def __init__(self, wrapped_property, return_type=None, alias=None, title=None,
                 description=None, repr=True):
        self.wrapped_property = wrapped_property
        self.return_type = return_type
        self.alias = alias
        self.alias_priority = 2 if alias is not None else None
        self.title = title
        self.description = description
        self.repr = repr


class _Computed:
    def __init__(self, prop, info):
        self.prop = prop
        self.info = info


def computed_field(func=None, *, alias=None, title=None, description=None, repr=True,
                   return_type=None, **kwargs):
    """Marks a property (or a method, made one) as a field of the model's dumps and repr."""
    def decorate(f):
        prop = f if isinstance(f, property) else property(f)
        rt = return_type
        if rt is None:
            rt = getattr(prop.fget, '__annotations__', {}).get('return')
        return _Computed(prop, ComputedFieldInfo(prop, rt, alias, title, description, repr))
    return decorate(func) if func is not None else decorate


def _call_user(func, errors_loc_value, *args):
    """Runs a user validator, turning its ValueError/AssertionError into a line error."""
    try:
        return func(*args)
    except PydanticCustomError as e:
        raise _LineErrors([{'type': e.type, 'loc': (), 'msg': e.message(),
                            'input': errors_loc_value, 'ctx': e.context}])
    except ValidationError as e:
        raise _LineErrors([dict(x, loc=tuple(x['loc']), ctx=x.get('ctx'))
                           for x in e.errors(include_url=False)])
    except AssertionError as e:
        raise _LineErrors([_core._error('assertion_error', errors_loc_value,
                                        {'error': e}, ())]) from None
    except ValueError as e:
        raise _LineErrors([_core._error('value_error', errors_loc_value, {'error': e}, ())]) from None


# Types to validators -----------------------------------------------------------------

_SCALARS = {
    int: (_core.validate_int, 'int'),
    float: (_core.validate_float, 'float'),
    str: (_core.validate_str, 'str'),
    bool: (_core.validate_bool, 'bool'),
    bytes: (_core.validate_bytes, 'bytes'),
}


_FORWARD_REF = getattr(_typing, 'ForwardRef', None)


def _annotated_parts(tp):
    """`(inner, metadata)` for `Annotated[inner, ...]`, else `(tp, [])`."""
    meta = getattr(tp, '__metadata__', None)
    if meta is not None:
        return tp.__origin__, list(meta)
    return tp, []


def _constraints_of(metadata):
    out = []
    for m in metadata:
        if isinstance(m, FieldInfo):
            out.extend(_constraints_of(m.metadata))
        elif isinstance(m, (_Constraint, _Pattern)):
            out.append((m._name, m.value))
    return out


def _validator_for(tp, owner):
    """`(validator, tag)` for an annotation; `tag` names it in a union's error locations."""
    tp, metadata = _annotated_parts(tp)
    validate, tag = _plain_validator_for(tp, owner)
    constraints = _constraints_of(metadata)
    if constraints:
        numeric = float if tp is float else None
        validate = _core.constrained(validate, constraints, numeric)
    return validate, tag


def _plain_validator_for(tp, owner):
    if tp in _SCALARS:
        return _SCALARS[tp]
    if tp is None or tp is type(None):
        return _core.validate_none, 'none'
    if tp is _typing.Any or tp is object:
        return _core.validate_any, 'any'
    if isinstance(tp, str):
        tp = _resolve_str(tp, owner)
        return _validator_for(tp, owner)
    if _FORWARD_REF is not None and isinstance(tp, _FORWARD_REF):
        return _validator_for(_resolve_str(tp.__forward_arg__, owner), owner)
    if _is_union(tp):
        args = list(_typing.get_args(tp))
        nullable = type(None) in args or None in args
        args = [a for a in args if a is not type(None) and a is not None]
        if len(args) == 1:
            inner, tag = _validator_for(args[0], owner)
        else:
            members = [_validator_for(a, owner) for a in args]
            inner = _core.union_validator([(t, v) for v, t in members])
            tag = 'union[%s]' % ','.join(t for _, t in members)
        if nullable:
            return _core.nullable_validator(inner), 'nullable[%s]' % tag
        return inner, tag
    origin = _typing.get_origin(tp)
    args = _typing.get_args(tp)
    if origin is _typing.Literal:
        values = list(args)
        return _core.literal_validator(values), 'literal[%s]' % ','.join(repr(v) for v in values)
    if tp is list or origin is list:
        item, t = _validator_for(args[0], owner) if args else (_core.validate_any, 'any')
        return _core.list_validator(item), 'list[%s]' % t
    if tp in (set, frozenset) or origin in (set, frozenset):
        kind = origin or tp
        item, t = _validator_for(args[0], owner) if args else (_core.validate_any, 'any')
        return _core.set_validator(item, kind), '%s[%s]' % (kind.__name__, t)
    if tp is tuple or origin is tuple:
        if not args:
            return _core.tuple_validator([_core.validate_any], True), 'tuple[any, ...]'
        if len(args) == 2 and args[1] is Ellipsis:
            item, t = _validator_for(args[0], owner)
            return _core.tuple_validator([item], True), 'tuple[%s, ...]' % t
        members = [_validator_for(a, owner) for a in args]
        return (_core.tuple_validator([v for v, _ in members], False),
                'tuple[%s]' % ', '.join(t for _, t in members))
    if tp is dict or origin is dict:
        if args:
            k, kt = _validator_for(args[0], owner)
            v, vt = _validator_for(args[1], owner)
        else:
            k, kt, v, vt = _core.validate_any, 'any', _core.validate_any, 'any'
        return _core.dict_validator(k, v), 'dict[%s,%s]' % (kt, vt)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return _model_validator_of(tp), tp.__name__
    special = _core.special_validator(tp)
    if special is not None:
        return special, tp.__name__
    if isinstance(tp, type):
        import enum
        if issubclass(tp, enum.Enum):
            return _core.enum_validator(tp), tp.__name__
        return _core.instance_validator(tp), tp.__name__
    return _core.validate_any, 'any'


def _resolve_str(text, owner):
    module = _sys.modules.get(getattr(owner, '__module__', ''), None)
    namespace = dict(getattr(module, '__dict__', {}))
    if owner is not None:
        namespace.setdefault(owner.__name__, owner)
    return eval(text, namespace)


def _model_validator_of(model):
    def validate_model(value, state):
        if isinstance(value, model):
            return value
        if state.config is not model.model_config:
            # A model validates its fields under its own config, wherever it is nested.
            state = _State(model.model_config, state.strict, state.from_attributes)
        if isinstance(value, dict):
            return model._pydantic_from_dict(value, state)
        if model.model_config.get('from_attributes') or state.from_attributes:
            # As pydantic-core: values of builtin types have no fields to read.
            if type(value).__module__ == 'builtins':
                _core._fail('model_attributes_type', value)
            data = {}
            for name, f in model.__pydantic_fields__.items():
                key = f.alias or name
                if hasattr(value, key):
                    data[key] = getattr(value, key)
            return model._pydantic_from_dict(data, state)
        _core._fail('model_type', value, {'class_name': model.__name__})
    return validate_model


# Models ----------------------------------------------------------------------------

def _collect_fields(cls, bases, namespace):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get('__pydantic_fields__')
        if base_fields:
            for name, f in base_fields.items():
                fields[name] = f._copy()
    annotations = namespace.get('__annotations__', {})
    for name, ann in annotations.items():
        if name.startswith('_'):
            continue
        if isinstance(ann, str):
            try:
                ann = _resolve_str(ann, cls)
            except Exception:
                pass
        if _typing.get_origin(ann) is _typing.ClassVar or ann is _typing.ClassVar:
            continue
        if isinstance(ann, str) and ann.startswith('ClassVar'):
            continue
        value = namespace.get(name, PydanticUndefined)
        if isinstance(value, FieldInfo):
            f = value._copy()
        else:
            f = FieldInfo(value)
        inner, metadata = _annotated_parts(ann)
        for m in metadata:
            if isinstance(m, FieldInfo):
                for attr in _FIELD_ATTRS:
                    mine = getattr(m, attr)
                    if mine is not None and mine is not PydanticUndefined and attr != 'repr':
                        setattr(f, attr, mine)
                f.metadata = list(m.metadata) + f.metadata
            elif isinstance(m, (_Constraint, _Pattern)):
                f.metadata.append(m)
        f.annotation = inner if metadata else ann
        fields[name] = f
        if name in cls.__dict__:
            try:
                delattr(cls, name)
            except AttributeError:
                pass
    return fields


class ModelMetaclass(type):
    def __new__(mcs, name, bases, namespace, **kwargs):
        config = {}
        for base in reversed(bases):
            config.update(getattr(base, 'model_config', {}) or {})
        config.update(namespace.get('model_config', {}) or {})
        config.update(kwargs)
        namespace['model_config'] = config
        private = {}
        for key, value in list(namespace.items()):
            if isinstance(value, ModelPrivateAttr):
                private[key] = value
                del namespace[key]
        for key in namespace.get('__annotations__', {}):
            if key.startswith('_') and not key.startswith('__') and key not in private:
                value = namespace.pop(key, PydanticUndefined)
                private[key] = ModelPrivateAttr(value)
        cls = type.__new__(mcs, name, bases, namespace)
        if not any(isinstance(b, ModelMetaclass) for b in bases):
            return cls
        inherited_private = {}
        for base in reversed(cls.__mro__[1:]):
            inherited_private.update(base.__dict__.get('__private_attributes__', {}))
        inherited_private.update(private)
        cls.__private_attributes__ = inherited_private
        cls.__pydantic_fields__ = _collect_fields(cls, bases, namespace)
        cls.model_fields = cls.__pydantic_fields__
        decorators = []
        for base in reversed(cls.__mro__[1:]):
            decorators.extend(base.__dict__.get('__pydantic_decorators__', []))
        for key, value in namespace.items():
            if isinstance(value, _Decorator):
                decorators = [d for d in decorators if d[0] != key]
                decorators.append((key, value))
        cls.__pydantic_decorators__ = decorators
        computed = {}
        for base in reversed(cls.__mro__[1:]):
            computed.update(base.__dict__.get('__pydantic_computed_fields__', {}))
        for key, value in namespace.items():
            if isinstance(value, _Computed):
                setattr(cls, key, value.prop)
                computed[key] = value.info
        cls.__pydantic_computed_fields__ = computed
        cls.model_computed_fields = computed
        serializers = {}
        model_serializer_ = None
        for _, d in decorators:
            if d.kind == 'serializer':
                for field in d.fields:
                    serializers[field] = (d.func, d.mode, _wants_info(d.func, 2))
            elif d.kind == 'model_serializer':
                model_serializer_ = (d.func, _wants_info(d.func, 1))
        cls.__pydantic_serializers__ = serializers
        cls.__pydantic_model_serializer__ = model_serializer_
        cls.__pydantic_built__ = None
        if config.get('frozen'):
            cls.__hash__ = BaseModel._frozen_hash
        elif '__hash__' not in namespace:
            cls.__hash__ = None
        return cls


class _BuiltModel:
    """What validating a model needs, built on first use (so forward references resolve)."""

    def __init__(self, cls):
        self.fields = []
        decorators = cls.__pydantic_decorators__
        for name, f in cls.__pydantic_fields__.items():
            validate, _ = _validator_for(f.annotation, cls)
            constraints = _constraints_of(f.metadata)
            if constraints:
                validate = _core.constrained(validate, constraints,
                                             float if f.annotation is float else None)
            befores, afters, plain, wraps = [], [], None, []
            for _, d in decorators:
                if d.kind != 'field' or (name not in d.fields and '*' not in d.fields):
                    continue
                func = _bind(d.func, cls)
                entry = (func, _wants_info(d.func, 3 if d.mode == 'wrap' else 2))
                if d.mode == 'before':
                    befores.append(entry)
                elif d.mode == 'plain':
                    plain = entry
                elif d.mode == 'wrap':
                    wraps.append(entry)
                else:
                    afters.append(entry)
            keys = []
            if f.validation_alias is not None:
                keys.append(f.validation_alias)
            elif f.alias is not None:
                keys.append(f.alias)
            if not keys or cls.model_config.get('populate_by_name') or \
                    cls.model_config.get('validate_by_name'):
                keys.append(name)
            self.fields.append((name, f, keys, validate, list(reversed(befores)), plain,
                                afters, wraps))
        self.keys = {k for field in self.fields for k in field[2]}
        self.model_befores = []
        self.model_afters = []
        self.model_wraps = []
        for _, d in decorators:
            if d.kind != 'model':
                continue
            if d.mode == 'before':
                self.model_befores.insert(0, (_bind(d.func, cls), _wants_info(d.func, 2)))
            elif d.mode == 'wrap':
                self.model_wraps.append((_bind(d.func, cls), _wants_info(d.func, 3)))
            else:
                self.model_afters.append((d.func, _wants_info(d.func, 1)))


def _built(cls):
    built = cls.__dict__.get('__pydantic_built__')
    if built is None:
        built = _BuiltModel(cls)
        cls.__pydantic_built__ = built
    return built


def _run_field(cls, name, validate, befores, plain, afters, wraps, value, state, data):
    if not (befores or afters or wraps) and plain is None:
        return validate(value, state)
    config = cls.model_config

    def info():
        return ValidationInfo(data, name, config)

    def inner(value):
        for func, wants in befores:
            value = _call_user(func, value, value, info()) if wants else _call_user(func, value, value)
        if plain is not None:
            func, wants = plain
            value = _call_user(func, value, value, info()) if wants else _call_user(func, value, value)
        else:
            value = validate(value, state)
        for func, wants in afters:
            value = _call_user(func, value, value, info()) if wants else _call_user(func, value, value)
        return value

    run = inner
    for func, wants in wraps:
        run = _wrapped(func, wants, run, info, cls)
    return run(value)


def _wrapped(func, wants, inner, info, cls):
    def handler(value):
        try:
            return inner(value)
        except _LineErrors as e:
            raise ValidationError(cls.__name__, e.errors) from None

    def run(value):
        if wants:
            return _call_user(func, value, value, handler, info())
        return _call_user(func, value, value, handler)
    return run


def _title(cls):
    return cls.model_config.get('title') or cls.__name__


class BaseModel(metaclass=ModelMetaclass):
    """A model: fields from annotations, validated on creation (pydantic 2's lax mode)."""

    model_config = {}
    __pydantic_fields__ = {}
    model_fields = {}
    __private_attributes__ = {}
    __pydantic_decorators__ = []
    __pydantic_computed_fields__ = {}
    model_computed_fields = {}
    __pydantic_serializers__ = {}
    __pydantic_model_serializer__ = None

    def __init__(self, /, **data):
        cls = type(self)
        try:
            cls._pydantic_validate_into(self, data, _State(cls.model_config))
        except _LineErrors as e:
            raise ValidationError(_title(cls), e.errors) from None

    # Validation.

    @classmethod
    def _pydantic_from_dict(cls, data, state):
        self = cls.__new__(cls)
        return cls._pydantic_validate_into(self, data, state)

    @classmethod
    def _pydantic_validate_into(cls, self, data, state):
        built = _built(cls)
        for func, wants in built.model_befores:
            data = _call_user(func, data, data, ValidationInfo(None, None, cls.model_config)) \
                if wants else _call_user(func, data, data)
        if built.model_wraps:
            def handler(value):
                if isinstance(value, cls):
                    return value
                try:
                    return cls._pydantic_fields_into(self, value, state)
                except _LineErrors as e:
                    raise ValidationError(_title(cls), e.errors) from None
            func, wants = built.model_wraps[-1]
            result = _call_user(func, data, data, handler)
            if result is not self and isinstance(result, cls):
                return result
        else:
            cls._pydantic_fields_into(self, data, state)
        for func, wants in built.model_afters:
            result = _call_user(func, data, self, ValidationInfo(None, None, cls.model_config)) \
                if wants else _call_user(func, data, self)
            if result is not None:
                self = result
        return self

    @classmethod
    def _pydantic_fields_into(cls, self, data, state):
        if not isinstance(data, dict):
            if isinstance(data, cls):
                return data
            _core._fail('model_type', data, {'class_name': cls.__name__})
        built = _built(cls)
        config = cls.model_config
        errors = []
        values = {}
        fields_set = set()
        used = set()
        for name, f, keys, validate, befores, plain, afters, wraps in built.fields:
            key = next((k for k in keys if k in data), None)
            if key is None:
                if f.is_required():
                    errors.append(_core._error('missing', data, None, (keys[0],)))
                    continue
                if f.default_factory is not None:
                    value = f.default_factory()
                else:
                    value = _copy_default(f.default)
                if f.validate_default or config.get('validate_default'):
                    try:
                        value = _run_field(cls, name, validate, befores, plain, afters, wraps,
                                           value, state, values)
                    except _LineErrors as e:
                        errors.extend(_core._prefix(e.errors, keys[0]))
                        continue
                values[name] = value
                continue
            used.add(key)
            try:
                values[name] = _run_field(cls, name, validate, befores, plain, afters, wraps,
                                          data[key], state, values)
                fields_set.add(name)
            except _LineErrors as e:
                errors.extend(_core._prefix(e.errors, key))
        extra = None
        mode = config.get('extra', 'ignore')
        if mode == 'allow':
            extra = {}
        for key, value in data.items() if mode != 'ignore' else ():
            if key in used or key in built.keys:
                continue
            if mode == 'forbid':
                errors.append(_core._error('extra_forbidden', value, None, (key,)))
            elif mode == 'allow':
                extra[key] = value
                fields_set.add(key)
        if errors:
            raise _LineErrors(errors)
        d = self.__dict__
        d.clear()
        d.update(values)
        d['__pydantic_fields_set__'] = fields_set
        d['__pydantic_extra__'] = extra
        private = None
        if cls.__private_attributes__:
            private = {}
            for pname, attr in cls.__private_attributes__.items():
                default = attr.get_default()
                if default is not PydanticUndefined:
                    private[pname] = default
        d['__pydantic_private__'] = private
        if hasattr(self, 'model_post_init') and type(self).model_post_init is not BaseModel.model_post_init:
            self.model_post_init(None)
        return self

    @classmethod
    def model_validate(cls, obj, *, strict=None, from_attributes=None, context=None,
                       by_alias=None, by_name=None):
        state = _State(cls.model_config, bool(strict), bool(from_attributes))
        try:
            if isinstance(obj, cls):
                return obj
            if from_attributes and not isinstance(obj, dict):
                return _model_validator_of(cls)(obj, state)
            if not isinstance(obj, dict):
                built = _built(cls)
                if built.model_befores or built.model_wraps:
                    return cls._pydantic_validate_into(cls.__new__(cls), obj, state)
                _core._fail('model_type', obj, {'class_name': cls.__name__})
            return cls._pydantic_validate_into(cls.__new__(cls), obj, state)
        except _LineErrors as e:
            raise ValidationError(_title(cls), e.errors) from None

    @classmethod
    def model_validate_json(cls, json_data, *, strict=None, context=None, by_alias=None,
                            by_name=None):
        import json
        try:
            data = _core.from_json(json_data)
        except json.JSONDecodeError as e:
            raise ValidationError(_title(cls), [_core._error(
                'json_invalid', json_data, {'error': e.msg})]) from None
        return cls.model_validate(data, strict=strict)

    @classmethod
    def model_validate_strings(cls, obj, **kwargs):
        return cls.model_validate(obj)

    @classmethod
    def model_construct(cls, _fields_set=None, **values):
        self = cls.__new__(cls)
        d = self.__dict__
        fields_set = set()
        for name, f in cls.__pydantic_fields__.items():
            key = f.alias if f.alias is not None and f.alias in values else name
            if key in values:
                d[name] = values[key]
                fields_set.add(name)
            elif not f.is_required():
                d[name] = f.get_default(call_default_factory=True)
        d['__pydantic_fields_set__'] = fields_set if _fields_set is None else set(_fields_set)
        d['__pydantic_extra__'] = None
        d['__pydantic_private__'] = None
        return self

    @classmethod
    def model_rebuild(cls, **kwargs):
        cls.__pydantic_built__ = None
        return None

    def model_post_init(self, context):
        pass

    # Attributes.

    @property
    def model_fields_set(self):
        return self.__dict__['__pydantic_fields_set__']

    @property
    def model_extra(self):
        return self.__dict__.get('__pydantic_extra__')

    def __getattr__(self, name):
        d = self.__dict__
        extra = d.get('__pydantic_extra__')
        if extra is not None and name in extra:
            return extra[name]
        private = d.get('__pydantic_private__')
        if private is not None and name in private:
            return private[name]
        raise AttributeError('%r object has no attribute %r' % (type(self).__name__, name))

    def __setattr__(self, name, value):
        cls = type(self)
        if name in cls.__private_attributes__:
            d = self.__dict__
            if d.get('__pydantic_private__') is None:
                d['__pydantic_private__'] = {}
            d['__pydantic_private__'][name] = value
            return
        config = cls.model_config
        field = cls.__pydantic_fields__.get(name)
        if config.get('frozen') or (field is not None and field.frozen):
            kind = 'frozen_instance' if config.get('frozen') else 'frozen_field'
            raise ValidationError(_title(cls), [_core._error(kind, value, None, (name,))])
        if field is None:
            if isinstance(getattr(cls, name, None), property):
                object.__setattr__(self, name, value)
                return
            if config.get('extra') == 'allow':
                self.__dict__['__pydantic_extra__'][name] = value
                return
            raise ValueError('"%s" object has no field "%s"' % (cls.__name__, name))
        if config.get('validate_assignment'):
            built = _built(cls)
            for fname, f, keys, validate, befores, plain, afters, wraps in built.fields:
                if fname == name:
                    data = {k: v for k, v in self.__dict__.items() if not k.startswith('__')}
                    try:
                        value = _run_field(cls, name, validate, befores, plain, afters, wraps,
                                           value, _State(config), data)
                    except _LineErrors as e:
                        raise ValidationError(_title(cls), _core._prefix(e.errors, name)) from None
        self.__dict__[name] = value
        self.__dict__['__pydantic_fields_set__'].add(name)

    def __delattr__(self, name):
        object.__delattr__(self, name)

    # Comparison, hashing, iteration, printing.

    def _field_values(self):
        d = self.__dict__
        return {k: d[k] for k in type(self).__pydantic_fields__ if k in d}

    def __eq__(self, other):
        if not isinstance(other, BaseModel):
            return NotImplemented
        return (type(self) is type(other)
                and self._field_values() == other._field_values()
                and self.__dict__.get('__pydantic_private__') == other.__dict__.get('__pydantic_private__')
                and self.__dict__.get('__pydantic_extra__') == other.__dict__.get('__pydantic_extra__'))

    def _frozen_hash(self):
        return hash(type(self)) + hash(tuple(self._field_values().values()))

    def __iter__(self):
        yield from self._field_values().items()
        extra = self.__dict__.get('__pydantic_extra__')
        if extra:
            yield from extra.items()

    def __repr_args__(self):
        fields = type(self).__pydantic_fields__
        d = self.__dict__
        for name, f in fields.items():
            if f.repr and name in d:
                yield name, d[name]
        extra = d.get('__pydantic_extra__')
        if extra:
            yield from extra.items()
        for name, info in type(self).__pydantic_computed_fields__.items():
            if info.repr:
                yield name, getattr(self, name)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % kv for kv in self.__repr_args__()))

    def __str__(self):
        return ' '.join('%s=%r' % kv for kv in self.__repr_args__())

    def __copy__(self):
        new = type(self).__new__(type(self))
        d = dict(self.__dict__)
        d['__pydantic_fields_set__'] = set(d.get('__pydantic_fields_set__', ()))
        if d.get('__pydantic_extra__') is not None:
            d['__pydantic_extra__'] = dict(d['__pydantic_extra__'])
        new.__dict__.update(d)
        return new

    def __deepcopy__(self, memo=None):
        new = type(self).__new__(type(self))
        new.__dict__.update(_copy.deepcopy(self.__dict__, memo))
        return new

    # Copies and dumps.

    def model_copy(self, *, update=None, deep=False):
        new = _copy.deepcopy(self) if deep else self.__copy__()
        if update:
            d = new.__dict__
            extra = d.get('__pydantic_extra__')
            for k, v in update.items():
                if k in type(self).__pydantic_fields__ or extra is None:
                    d[k] = v
                else:
                    extra[k] = v
                d['__pydantic_fields_set__'].add(k)
        return new

    def model_dump(self, *, mode='python', include=None, exclude=None, context=None,
                   by_alias=None, exclude_unset=False, exclude_defaults=False,
                   exclude_none=False, round_trip=False, warnings=True,
                   serialize_as_any=False):
        opts = _DumpOptions(mode, bool(by_alias), exclude_unset, exclude_defaults, exclude_none)
        return _dump_model(self, opts, _as_filter(include), _as_filter(exclude))

    def model_dump_json(self, *, indent=None, include=None, exclude=None, context=None,
                        by_alias=None, exclude_unset=False, exclude_defaults=False,
                        exclude_none=False, round_trip=False, warnings=True,
                        serialize_as_any=False):
        opts = _DumpOptions('json', bool(by_alias), exclude_unset, exclude_defaults, exclude_none)
        data = _dump_model(self, opts, _as_filter(include), _as_filter(exclude))
        return _core.to_json_text(data, indent)

    @classmethod
    def model_json_schema(cls, *args, **kwargs):
        raise NotImplementedError("Loopscope's pydantic does not write JSON schemas yet")

    # pydantic 1's names, which pydantic 2 keeps (deprecated).

    def dict(self, **kwargs):
        return self.model_dump(**kwargs)

    def json(self, **kwargs):
        return self.model_dump_json(**kwargs)

    @classmethod
    def parse_obj(cls, obj):
        return cls.model_validate(obj)

    def copy(self, *, update=None, deep=False, **kwargs):
        return self.model_copy(update=update, deep=deep)


# Serialisation -----------------------------------------------------------------------

class _DumpOptions:
    def __init__(self, mode, by_alias, exclude_unset, exclude_defaults, exclude_none):
        self.json = mode == 'json'
        self.by_alias = by_alias
        self.exclude_unset = exclude_unset
        self.exclude_defaults = exclude_defaults
        self.exclude_none = exclude_none


def _as_filter(spec):
    """include/exclude as a dict of key -> nested spec (True for the whole value)."""
    if spec is None:
        return None
    if isinstance(spec, dict):
        return {k: (True if v is True or v is Ellipsis else _as_filter(v)) for k, v in spec.items()}
    return {k: True for k in spec}


def _sub(filter_, key):
    if filter_ is None:
        return None, False
    if key in filter_:
        v = filter_[key]
        return (None if v is True else v), True
    if '__all__' in filter_:
        v = filter_['__all__']
        return (None if v is True else v), True
    return None, False


def _dump_model(model, opts, include, exclude):
    cls = type(model)
    custom = cls.__pydantic_model_serializer__
    if custom is not None:
        func, wants = custom
        result = func(model, SerializationInfo(opts)) if wants else func(model)
        return _dump_value(result, opts, None, None)
    out = {}
    d = model.__dict__
    fields = cls.__pydantic_fields__
    serializers = cls.__pydantic_serializers__
    fields_set = d.get('__pydantic_fields_set__', set())
    items = [(name, d[name], f) for name, f in fields.items() if name in d]
    extra = d.get('__pydantic_extra__')
    if extra:
        items.extend((k, v, None) for k, v in extra.items())
    items.extend((name, getattr(model, name), info)
                 for name, info in cls.__pydantic_computed_fields__.items())
    for name, value, f in items:
        if isinstance(f, FieldInfo) and f.exclude:
            continue
        inc, inc_hit = _sub(include, name)
        if include is not None and not inc_hit:
            continue
        exc, exc_hit = _sub(exclude, name)
        if exc_hit and exc is None:
            continue
        if opts.exclude_unset and name not in fields_set:
            continue
        if opts.exclude_none and value is None:
            continue
        if opts.exclude_defaults and isinstance(f, FieldInfo) and not f.is_required():
            default = f.get_default(call_default_factory=True)
            if value == default:
                continue
        key = name
        if opts.by_alias and f is not None:
            key = getattr(f, 'serialization_alias', None) or f.alias or name
        serializer = serializers.get(name)
        if serializer is not None and _serializer_applies(serializer[1], opts, value):
            func, _, wants = serializer
            value = func(model, value, SerializationInfo(opts, name)) if wants \
                else func(model, value)
            inc = exc = None
        out[key] = _dump_value(value, opts, inc, exc)
    return out


def _serializer_applies(when_used, opts, value):
    if when_used == 'always':
        return True
    if when_used == 'unless-none':
        return value is not None
    if when_used == 'json':
        return opts.json
    return opts.json and value is not None


def _dump_value(value, opts, include, exclude):
    if isinstance(value, BaseModel):
        return _dump_model(value, opts, include, exclude)
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            inc, inc_hit = _sub(include, k)
            if include is not None and not inc_hit:
                continue
            exc, exc_hit = _sub(exclude, k)
            if exc_hit and exc is None:
                continue
            key = _dump_key(k, opts) if opts.json else k
            out[key] = _dump_value(v, opts, inc, exc)
        return out
    if isinstance(value, (list, tuple)):
        out = []
        for i, v in enumerate(value):
            inc, inc_hit = _sub(include, i)
            if include is not None and not inc_hit:
                continue
            exc, exc_hit = _sub(exclude, i)
            if exc_hit and exc is None:
                continue
            out.append(_dump_value(v, opts, inc, exc))
        if isinstance(value, tuple) and not opts.json:
            return tuple(out)
        return out
    if isinstance(value, (set, frozenset)):
        items = [_dump_value(v, opts, None, None) for v in value]
        return items if opts.json else type(value)(items)
    if not opts.json:
        return value
    import enum
    if isinstance(value, enum.Enum):
        return _dump_value(value.value, opts, None, None)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode('utf-8')
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return _core.to_jsonable(value)


def _dump_key(k, opts):
    if isinstance(k, str):
        return k
    v = _dump_value(k, opts, None, None)
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, float):
        return _core._json_float(v)
    return str(v)


class TypeAdapter:
    """Validates and dumps one type outside a model."""

    def __init__(self, tp, *, config=None):
        self._type = tp
        self._config = dict(config or {})
        self._validate = None

    def validate_python(self, obj, *, strict=None, from_attributes=None, **kwargs):
        if self._validate is None:
            self._validate, self._title = _validator_for(self._type, None)
        try:
            return self._validate(obj, _State(self._config, bool(strict), bool(from_attributes)))
        except _LineErrors as e:
            raise ValidationError(self._title, e.errors) from None

    def validate_json(self, data, **kwargs):
        return self.validate_python(_core.from_json(data))

    def dump_python(self, value, *, mode='python', **kwargs):
        return _dump_value(value, _DumpOptions(mode, False, False, False, False), None, None)

    def dump_json(self, value, *, indent=None, **kwargs):
        data = _dump_value(value, _DumpOptions('json', False, False, False, False), None, None)
        return _core.to_json_text(data, indent).encode()

