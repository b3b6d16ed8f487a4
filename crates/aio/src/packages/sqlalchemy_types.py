# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.types` (sql/sqltypes.py):
# the generic column types and their upper-case SQL-standard spellings. A type knows its
# SQL name (rendered by the dialect's type compiler, `sqlalchemy.sql.compiler`), how a
# value is compared with it (`coerce_compared_value`), and how values go to and come
# from the driver (`bind_processor`, `result_processor`).

import datetime as _dt
import decimal as _decimal
import enum as _enum
import json as _json
import uuid as _uuid


class TypeEngine:
    __visit_name__ = "type"
    # PostgreSQL through asyncpg writes `$1::TYPE` for parameters of this type.
    render_bind_cast = False
    hashable = True
    should_evaluate_none = False
    _is_null = False
    _repr_args = ()
    _python = object

    @property
    def python_type(self):
        return self._python

    @property
    def _type_affinity(self):
        # The generic class directly under TypeEngine (String for Text and VARCHAR).
        found = None
        for klass in type(self).__mro__:
            if klass is TypeEngine:
                return found
            if issubclass(klass, TypeEngine) and not klass.__dict__.get("_mixin"):
                found = klass
        return found

    def _type_is(self, klass):
        return isinstance(self, klass)

    def coerce_compared_value(self, op, value):
        other = _type_for_value(value)
        if other._is_null or other._type_affinity is self._type_affinity:
            return self
        return other

    def _adapt_expression(self, op, other_type):
        # The type of `self <op> other`: comparisons are Boolean, arithmetic keeps ours.
        from sqlalchemy.sql import operators
        if op in operators._COMPARISON:
            return BOOLEANTYPE
        return self

    def bind_processor(self, dialect):
        return None

    def result_processor(self, dialect, coltype):
        return None

    def literal_processor(self, dialect):
        return None

    def compile(self, dialect=None):
        if dialect is None:
            from sqlalchemy.sql.compiler import StrCompileDialect
            dialect = StrCompileDialect()
        return dialect.type_compiler.process(self)

    def copy(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        return new

    def _copy(self):
        return self.copy()

    def __str__(self):
        return self.compile()

    def __repr__(self):
        parts = []
        for name, default in self._repr_args:
            value = getattr(self, name, default)
            if value != default:
                parts.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def evaluates_none(self):
        new = self.copy()
        new.should_evaluate_none = True
        return new

    def with_variant(self, type_, *dialect_names):
        return self


class NullType(TypeEngine):
    __visit_name__ = "null"
    _is_null = True

    def _adapt_expression(self, op, other_type):
        from sqlalchemy.sql import operators
        if op in operators._COMPARISON:
            return BOOLEANTYPE
        if not other_type._is_null:
            return other_type
        return self


class Integer(TypeEngine):
    __visit_name__ = "integer"
    render_bind_cast = True
    _python = int

    def _adapt_expression(self, op, other_type):
        from sqlalchemy.sql import operators
        if op in operators._COMPARISON:
            return BOOLEANTYPE
        if op is operators.truediv and isinstance(other_type, Integer):
            return Numeric()
        if isinstance(other_type, _NumericCommon) and op in (
                operators.add, operators.sub, operators.mul, operators.truediv):
            return other_type
        return self


class SmallInteger(Integer):
    __visit_name__ = "small_integer"


class BigInteger(Integer):
    __visit_name__ = "big_integer"


class _NumericCommon(TypeEngine):
    _mixin = True
    render_bind_cast = True
    _default_decimal_return_scale = 10

    def __init__(self, precision=None, scale=None, decimal_return_scale=None, asdecimal=True):
        self.precision = precision
        self.scale = scale
        self.decimal_return_scale = decimal_return_scale
        self.asdecimal = asdecimal

    @property
    def python_type(self):
        return _decimal.Decimal if self.asdecimal else float

    def result_processor(self, dialect, coltype):
        # asyncpg gives Decimal for numeric and float for float8/float4.
        if self.asdecimal:
            if coltype in (700, 701):
                scale = self.scale if self.scale is not None else (
                    self.decimal_return_scale or self._default_decimal_return_scale)
                fmt = "%%.%df" % scale

                def to_decimal(value):
                    return None if value is None else _decimal.Decimal(fmt % value)
                return to_decimal
            return None
        if coltype in (700, 701):
            return None

        def to_float(value):
            return None if value is None else float(value)
        return to_float


class Numeric(_NumericCommon):
    __visit_name__ = "numeric"
    _repr_args = (("precision", None), ("scale", None), ("asdecimal", True))


class Float(_NumericCommon):
    __visit_name__ = "float"
    _repr_args = (("precision", None), ("asdecimal", False))

    def __init__(self, precision=None, asdecimal=False, decimal_return_scale=None):
        _NumericCommon.__init__(self, precision=precision, asdecimal=asdecimal,
                                decimal_return_scale=decimal_return_scale)


class Double(Float):
    __visit_name__ = "double"


class String(TypeEngine):
    __visit_name__ = "string"
    render_bind_cast = True
    _python = str
    _repr_args = (("length", None), ("collation", None))

    def __init__(self, length=None, collation=None):
        self.length = length
        self.collation = collation

    def _adapt_expression(self, op, other_type):
        from sqlalchemy.sql import operators
        if op in operators._COMPARISON:
            return BOOLEANTYPE
        if op is operators.add or op is operators.concat_op:
            return self
        return self


class Text(String):
    __visit_name__ = "text"


class Unicode(String):
    __visit_name__ = "unicode"


class UnicodeText(Text):
    __visit_name__ = "unicode_text"


class Boolean(TypeEngine):
    __visit_name__ = "boolean"
    render_bind_cast = True
    _python = bool
    _repr_args = (("create_constraint", False), ("name", None))

    def __init__(self, create_constraint=False, name=None):
        self.create_constraint = create_constraint
        self.name = name

    def bind_processor(self, dialect):
        def process(value):
            if value is None or value is True or value is False:
                return value
            if value in (0, 1):
                return bool(value)
            raise TypeError("Not a boolean value: %r" % (value,))
        return process


class DateTime(TypeEngine):
    __visit_name__ = "datetime"
    render_bind_cast = True
    _python = _dt.datetime
    _repr_args = (("timezone", False),)

    def __init__(self, timezone=False):
        self.timezone = timezone


class Date(TypeEngine):
    __visit_name__ = "date"
    render_bind_cast = True
    _python = _dt.date


class Time(TypeEngine):
    __visit_name__ = "time"
    render_bind_cast = True
    _python = _dt.time
    _repr_args = (("timezone", False),)

    def __init__(self, timezone=False):
        self.timezone = timezone


class Interval(TypeEngine):
    __visit_name__ = "interval"
    render_bind_cast = True
    _python = _dt.timedelta
    _repr_args = (("native", True), ("second_precision", None), ("day_precision", None))

    def __init__(self, native=True, second_precision=None, day_precision=None):
        self.native = native
        self.second_precision = second_precision
        self.day_precision = day_precision


class LargeBinary(TypeEngine):
    __visit_name__ = "large_binary"
    render_bind_cast = True
    _python = bytes
    _repr_args = (("length", None),)

    def __init__(self, length=None):
        self.length = length


class JSON(TypeEngine):
    __visit_name__ = "JSON"
    render_bind_cast = True
    hashable = False
    _repr_args = (("none_as_null", False),)

    class JSONElementType(TypeEngine):
        pass

    class JSONIndexType(JSONElementType):
        pass

    class JSONIntIndexType(JSONIndexType):
        __visit_name__ = "json_int_index"
        render_bind_cast = True

    class JSONStrIndexType(JSONIndexType):
        __visit_name__ = "json_str_index"
        render_bind_cast = True

    class JSONPathType(JSONElementType):
        pass

    NULL = None

    def __init__(self, none_as_null=False):
        self.none_as_null = none_as_null

    @property
    def should_evaluate_none(self):
        return not self.none_as_null

    def bind_processor(self, dialect):
        dumps = getattr(dialect, "_json_serializer", None) or _json.dumps
        none_as_null = self.none_as_null

        def process(value):
            if value is _JSON_NULL:
                value = None
            elif value is None and none_as_null:
                return None
            return dumps(value)
        return process


class _JSONNull:
    def __repr__(self):
        return "symbol('JSON_NULL')"


_JSON_NULL = _JSONNull()
JSON.NULL = _JSON_NULL


class Uuid(TypeEngine):
    __visit_name__ = "uuid"
    render_bind_cast = True
    _repr_args = (("as_uuid", True), ("native_uuid", True))

    def __init__(self, as_uuid=True, native_uuid=True):
        self.as_uuid = as_uuid
        self.native_uuid = native_uuid

    @property
    def python_type(self):
        return _uuid.UUID if self.as_uuid else str

    def bind_processor(self, dialect):
        if self.as_uuid:
            return None

        def process(value):
            return None if value is None else _uuid.UUID(str(value))
        return process

    def result_processor(self, dialect, coltype):
        if self.as_uuid:
            def process(value):
                if value is None or isinstance(value, _uuid.UUID):
                    return value
                return _uuid.UUID(str(value))
            return process

        def to_str(value):
            return None if value is None else str(value)
        return to_str


class Enum(String):
    __visit_name__ = "enum"
    render_bind_cast = True

    def __init__(self, *enums, **kw):
        self.enum_class = None
        if len(enums) == 1 and isinstance(enums[0], type) and issubclass(enums[0], _enum.Enum):
            self.enum_class = enums[0]
            members = list(self.enum_class.__members__.values())
            values_callable = kw.get("values_callable")
            if values_callable is not None:
                self.enums = list(values_callable(self.enum_class))
            else:
                self.enums = [m.name for m in members]
            self._by_value = dict(zip(self.enums, members))
            name = kw.get("name", self.enum_class.__name__.lower())
        else:
            self.enums = list(enums)
            self._by_value = {}
            name = kw.get("name")
        self.name = name
        self.native_enum = kw.get("native_enum", True)
        self.create_constraint = kw.get("create_constraint", False)
        self.validate_strings = kw.get("validate_strings", False)
        self.inherit_schema = kw.get("inherit_schema", False)
        self.schema = kw.get("schema")
        self.metadata = kw.get("metadata")
        length = kw.get("length")
        if length is None:
            length = max((len(e) for e in self.enums), default=0)
        String.__init__(self, length=length)

    @property
    def python_type(self):
        return self.enum_class if self.enum_class is not None else str

    def __repr__(self):
        args = [repr(e) for e in (self.enums if self.enum_class is None else [])]
        if self.enum_class is not None:
            args.append(self.enum_class.__name__)
        if self.name is not None:
            args.append(f"name={self.name!r}")
        return f"Enum({', '.join(args)})"

    def _to_db(self, value):
        if value is None:
            return None
        if self.enum_class is not None and isinstance(value, self.enum_class):
            return self.enums[list(self._by_value.values()).index(value)]
        if isinstance(value, str) and value in self.enums:
            return value
        if self.enum_class is not None and isinstance(value, str):
            raise LookupError(
                "'%s' is not among the defined enum values. Enum name: %s. "
                "Possible values: %s" % (value, self.name, _enum_values_text(self.enums)))
        return value

    def bind_processor(self, dialect):
        return self._to_db

    def result_processor(self, dialect, coltype):
        if self.enum_class is None:
            return None
        by_value = self._by_value

        def process(value):
            if value is None:
                return None
            return by_value[value]
        return process

    def coerce_compared_value(self, op, value):
        return self


def _enum_values_text(values):
    if len(values) > 4:
        return ", ".join(repr(v) for v in values[:3]) + ", ..., " + repr(values[-1])
    if len(values) > 1:
        return ", ".join(repr(v) for v in values[:-1]) + ", or " + repr(values[-1])
    return ", ".join(repr(v) for v in values)


class ARRAY(TypeEngine):
    __visit_name__ = "ARRAY"
    render_bind_cast = True
    hashable = False
    _python = list

    def __init__(self, item_type, as_tuple=False, dimensions=None, zero_indexes=False):
        if isinstance(item_type, type):
            item_type = item_type()
        self.item_type = item_type
        self.as_tuple = as_tuple
        self.dimensions = dimensions
        self.zero_indexes = zero_indexes

    def __repr__(self):
        return f"ARRAY({self.item_type!r})"

    def coerce_compared_value(self, op, value):
        return self


class TupleType(TypeEngine):
    def __init__(self, *types):
        self.types = [t() if isinstance(t, type) else t for t in types]


# -- the upper-case spellings: exactly that SQL type --------------------------------

class INTEGER(Integer):
    __visit_name__ = "INTEGER"


INT = INTEGER


class SMALLINT(SmallInteger):
    __visit_name__ = "SMALLINT"


class BIGINT(BigInteger):
    __visit_name__ = "BIGINT"


class NUMERIC(Numeric):
    __visit_name__ = "NUMERIC"


class DECIMAL(Numeric):
    __visit_name__ = "DECIMAL"


class FLOAT(Float):
    __visit_name__ = "FLOAT"


class REAL(Float):
    __visit_name__ = "REAL"


class DOUBLE(Double):
    __visit_name__ = "DOUBLE"


class DOUBLE_PRECISION(Double):
    __visit_name__ = "DOUBLE_PRECISION"


class VARCHAR(String):
    __visit_name__ = "VARCHAR"


class NVARCHAR(Unicode):
    __visit_name__ = "NVARCHAR"


class CHAR(String):
    __visit_name__ = "CHAR"


class NCHAR(Unicode):
    __visit_name__ = "NCHAR"


class TEXT(Text):
    __visit_name__ = "TEXT"


class CLOB(Text):
    __visit_name__ = "CLOB"


class BOOLEAN(Boolean):
    __visit_name__ = "BOOLEAN"


class DATETIME(DateTime):
    __visit_name__ = "DATETIME"


class TIMESTAMP(DateTime):
    __visit_name__ = "TIMESTAMP"


class DATE(Date):
    __visit_name__ = "DATE"


class TIME(Time):
    __visit_name__ = "TIME"


class BLOB(LargeBinary):
    __visit_name__ = "BLOB"


class BINARY(LargeBinary):
    __visit_name__ = "BINARY"


class VARBINARY(LargeBinary):
    __visit_name__ = "VARBINARY"


class UUID(Uuid):
    __visit_name__ = "UUID"


class TypeDecorator(TypeEngine):
    """A type of the user's own over an existing one (`impl`)."""
    __visit_name__ = "type_decorator"
    impl = TypeEngine
    cache_ok = None

    def __init__(self, *args, **kwargs):
        impl = self.__class__.impl
        self.impl = impl(*args, **kwargs) if isinstance(impl, type) else impl

    @property
    def _type_affinity(self):
        return self.impl._type_affinity

    @property
    def render_bind_cast(self):
        return self.impl.render_bind_cast

    @property
    def python_type(self):
        return self.impl.python_type

    def process_bind_param(self, value, dialect):
        return value

    def process_result_value(self, value, dialect):
        return value

    def bind_processor(self, dialect):
        inner = self.impl.bind_processor(dialect)
        own = self.process_bind_param

        def process(value):
            value = own(value, dialect)
            return inner(value) if inner is not None else value
        return process

    def result_processor(self, dialect, coltype):
        inner = self.impl.result_processor(dialect, coltype)
        own = self.process_result_value

        def process(value):
            if inner is not None:
                value = inner(value)
            return own(value, dialect)
        return process

    def coerce_compared_value(self, op, value):
        return self

    def __repr__(self):
        return f"{type(self).__name__}()"


class UserDefinedType(TypeEngine):
    __visit_name__ = "user_defined"


NULLTYPE = NullType()
BOOLEANTYPE = Boolean()
STRINGTYPE = String()
INTEGERTYPE = Integer()
NUMERICTYPE = Numeric()
MATCHTYPE = Boolean()

_TYPE_FOR_PYTHON = {
    bool: Boolean,
    int: Integer,
    float: Float,
    _decimal.Decimal: Numeric,
    str: String,
    bytes: LargeBinary,
    _dt.datetime: DateTime,
    _dt.date: Date,
    _dt.time: Time,
    _dt.timedelta: Interval,
    _uuid.UUID: Uuid,
    type(None): NullType,
}


def _type_for_value(value):
    """The type SQLAlchemy gives a literal Python value (`literal(5)` is Integer)."""
    factory = _TYPE_FOR_PYTHON.get(type(value))
    if factory is None:
        for klass in type(value).__mro__:
            if klass in _TYPE_FOR_PYTHON:
                factory = _TYPE_FOR_PYTHON[klass]
                break
    if factory is None:
        if isinstance(value, _enum.Enum):
            return Enum(type(value))
        return NULLTYPE
    if factory is NullType:
        return NULLTYPE
    if factory is DateTime:
        return DateTime(timezone=value.tzinfo is not None)
    return factory()


def to_instance(typeobj, *args, **kw):
    if typeobj is None:
        return NULLTYPE
    if isinstance(typeobj, type):
        return typeobj(*args, **kw)
    return typeobj


__all__ = [
    "TypeEngine", "TypeDecorator", "UserDefinedType", "NullType", "Integer", "SmallInteger",
    "BigInteger", "Numeric", "Float", "Double", "String", "Text", "Unicode", "UnicodeText",
    "Boolean", "DateTime", "Date", "Time", "Interval", "LargeBinary", "JSON", "Uuid", "Enum",
    "ARRAY", "INTEGER", "INT", "SMALLINT", "BIGINT", "NUMERIC", "DECIMAL", "FLOAT", "REAL",
    "DOUBLE", "DOUBLE_PRECISION", "VARCHAR", "NVARCHAR", "CHAR", "NCHAR", "TEXT", "CLOB",
    "BOOLEAN", "DATETIME", "TIMESTAMP", "DATE", "TIME", "BLOB", "BINARY", "VARBINARY", "UUID",
    "TupleType",
]
