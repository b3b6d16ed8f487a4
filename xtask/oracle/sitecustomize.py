"""The oracle's address redirect (cargo xtask bless, tests/database/).

Programs connect to the tutorials' DSN, postgresql://user:pass@localhost:5432/mydb,
verbatim. When LOOPSCOPE_PG_PORT is set, a connection to port 5432 on localhost
(localhost, 127.0.0.1 or ::1) goes to 127.0.0.1:$LOOPSCOPE_PG_PORT instead: the throwaway
PostgreSQL that xtask started. Nothing else changes. `loopscope run --database URL` does
the same for our own asyncpg.
"""

import os

_PORT = os.environ.get("LOOPSCOPE_PG_PORT")

if _PORT:
    import asyncio.base_events

    _LOCAL = {"localhost", "127.0.0.1", "::1"}
    _create_connection = asyncio.base_events.BaseEventLoop.create_connection

    async def create_connection(self, protocol_factory, host=None, port=None, *args, **kwargs):
        if host in _LOCAL and port is not None and int(port) == 5432:
            host, port = "127.0.0.1", int(_PORT)
        return await _create_connection(self, protocol_factory, host, port, *args, **kwargs)

    create_connection.__doc__ = _create_connection.__doc__
    asyncio.base_events.BaseEventLoop.create_connection = create_connection
