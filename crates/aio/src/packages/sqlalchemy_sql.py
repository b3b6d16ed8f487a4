# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.sql`: the SQL expression
# language (see `sqlalchemy.sql.elements`, `.selectable`, `.dml`, `.compiler`).

from sqlalchemy.sql import operators  # noqa: F401
from sqlalchemy.sql.elements import *  # noqa: F401,F403
from sqlalchemy.sql.selectable import (  # noqa: F401
    Select, Subquery, Alias, Join, CompoundSelect, Exists, ScalarSelect, TableClause, CTE,
    select, union, union_all, except_, except_all, intersect, intersect_all, exists, table,
    join, outerjoin, alias, lateral, values, Values, FromClause, Selectable,
    LABEL_STYLE_NONE, LABEL_STYLE_TABLENAME_PLUS_COL, LABEL_STYLE_DISAMBIGUATE_ONLY,
    LABEL_STYLE_DEFAULT,
)
from sqlalchemy.sql.dml import Insert, Update, Delete, insert, update, delete  # noqa: F401
from sqlalchemy.sql.elements import func  # noqa: F401
