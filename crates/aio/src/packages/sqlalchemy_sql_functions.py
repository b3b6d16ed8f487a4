# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.sql.functions`: `func` and
# the known SQL functions (see `sqlalchemy.sql.elements`).

from sqlalchemy.sql.elements import (  # noqa: F401
    func, Function, FunctionElement, GenericFunction, count, _GENERIC,
)
