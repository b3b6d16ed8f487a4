# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.sql.expression`: every
# construct of the expression language in one namespace.

from sqlalchemy.sql.elements import *  # noqa: F401,F403
from sqlalchemy.sql.selectable import *  # noqa: F401,F403
from sqlalchemy.sql.selectable import (  # noqa: F401
    Select, Subquery, Alias, Join, CompoundSelect, Exists, ScalarSelect, TableClause, CTE,
    select, union, union_all, except_, except_all, intersect, intersect_all, exists, table,
    join, outerjoin, alias, lateral, values, Values, FromClause, Selectable, TextualSelect,
)
from sqlalchemy.sql.dml import Insert, Update, Delete, insert, update, delete  # noqa: F401
