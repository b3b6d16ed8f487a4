# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.orm.attributes`: the
# helpers for an object's attributes (see `sqlalchemy.orm.mapper`).

from sqlalchemy.orm.mapper import (  # noqa: F401
    flag_modified, flag_dirty, set_committed_value, get_history, set_attribute,
    get_attribute, del_attribute, instance_state, instance_dict, History, NO_VALUE,
    InstrumentedAttribute, QueryableAttribute,
)
