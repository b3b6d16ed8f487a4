# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.future`: the 2.0-style
# `select` and `create_engine`, which are the ordinary ones now.

from sqlalchemy.sql.selectable import select, Select  # noqa: F401
from sqlalchemy.engine import create_engine, Engine, Connection  # noqa: F401
