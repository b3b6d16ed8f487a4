# Loopscope's fastapi.encoders: jsonable_encoder, which turns what an endpoint returns —
# pydantic models, dataclasses, enums, dates, UUIDs, decimals, sets, nested containers —
# into plain JSON data, as FastAPI's does.

import dataclasses
from enum import Enum

from pydantic import BaseModel


def _decimal(value):
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= 0:
        return int(value)
    return float(value)


def _by_type(obj):
    """The JSON form of a value of one of the standard library's types, or None."""
    name = type(obj).__name__
    module = type(obj).__module__
    if module == 'datetime':
        if name in ('datetime', 'date', 'time'):
            return True, obj.isoformat()
        if name == 'timedelta':
            return True, obj.total_seconds()
    if module == 'decimal' and name == 'Decimal':
        return True, _decimal(obj)
    if module == 'uuid' and name == 'UUID':
        return True, str(obj)
    if isinstance(obj, (bytes, bytearray)):
        return True, bytes(obj).decode()
    return False, None


def jsonable_encoder(obj, include=None, exclude=None, by_alias=True, exclude_unset=False,
                     exclude_defaults=False, exclude_none=False, custom_encoder=None,
                     sqlalchemy_safe=True):
    custom_encoder = custom_encoder or {}
    if custom_encoder:
        for cls in type(obj).__mro__:
            if cls in custom_encoder:
                return custom_encoder[cls](obj)
    if include is not None and not isinstance(include, (set, dict)):
        include = set(include)
    if exclude is not None and not isinstance(exclude, (set, dict)):
        exclude = set(exclude)
    if isinstance(obj, BaseModel):
        data = obj.model_dump(mode='json', include=include, exclude=exclude,
                              by_alias=by_alias, exclude_unset=exclude_unset,
                              exclude_none=exclude_none, exclude_defaults=exclude_defaults)
        return jsonable_encoder(data, exclude_none=exclude_none,
                                exclude_defaults=exclude_defaults,
                                custom_encoder=custom_encoder, sqlalchemy_safe=sqlalchemy_safe)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return jsonable_encoder(dataclasses.asdict(obj), include=include, exclude=exclude,
                                by_alias=by_alias, exclude_unset=exclude_unset,
                                exclude_defaults=exclude_defaults, exclude_none=exclude_none,
                                custom_encoder=custom_encoder, sqlalchemy_safe=sqlalchemy_safe)
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, (str, int, float, type(None))):
        return obj
    if isinstance(obj, dict):
        out = {}
        allowed = set(obj.keys())
        if include is not None:
            allowed &= set(include)
        if exclude is not None:
            allowed -= set(exclude)
        for key, value in obj.items():
            if ((not sqlalchemy_safe or not isinstance(key, str)
                 or not key.startswith('_sa')) and (value is not None or not exclude_none)
                    and key in allowed):
                out[jsonable_encoder(key, by_alias=by_alias, exclude_unset=exclude_unset,
                                     exclude_none=exclude_none, custom_encoder=custom_encoder,
                                     sqlalchemy_safe=sqlalchemy_safe)] = jsonable_encoder(
                    value, by_alias=by_alias, exclude_unset=exclude_unset,
                    exclude_none=exclude_none, custom_encoder=custom_encoder,
                    sqlalchemy_safe=sqlalchemy_safe)
        return out
    if isinstance(obj, (list, set, frozenset, tuple)) or type(obj).__name__ in (
            'generator', 'dict_keys', 'dict_values', 'deque'):
        return [jsonable_encoder(item, include=include, exclude=exclude, by_alias=by_alias,
                                 exclude_unset=exclude_unset, exclude_defaults=exclude_defaults,
                                 exclude_none=exclude_none, custom_encoder=custom_encoder,
                                 sqlalchemy_safe=sqlalchemy_safe) for item in obj]
    known, value = _by_type(obj)
    if known:
        return value
    try:
        data = dict(obj)
    except Exception as first:
        try:
            data = vars(obj)
        except Exception as second:
            raise ValueError([first, second]) from second
    return jsonable_encoder(data, include=include, exclude=exclude, by_alias=by_alias,
                            exclude_unset=exclude_unset, exclude_defaults=exclude_defaults,
                            exclude_none=exclude_none, custom_encoder=custom_encoder,
                            sqlalchemy_safe=sqlalchemy_safe)
