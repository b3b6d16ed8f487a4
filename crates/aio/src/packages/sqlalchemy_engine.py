# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.engine`: engines,
# connections, results and rows (see `sqlalchemy.engine.base`, `.result`, `.row`, `.url`).

from sqlalchemy.engine.url import URL, make_url  # noqa: F401
from sqlalchemy.engine.row import Row, RowMapping  # noqa: F401
from sqlalchemy.engine.result import (  # noqa: F401
    Result, CursorResult, ScalarResult, MappingResult, FrozenResult, IteratorResult,
    ChunkedIteratorResult,
)
from sqlalchemy.engine.base import (  # noqa: F401
    Engine, Connection, Transaction, RootTransaction, NestedTransaction, create_engine,
)
from sqlalchemy.engine.reflection import Inspector  # noqa: F401


def engine_from_config(configuration, prefix="sqlalchemy.", **kwargs):
    options = {k[len(prefix):]: v for k, v in configuration.items() if k.startswith(prefix)}
    options.update(kwargs)
    url = options.pop("url")
    return create_engine(url, **options)
