# Loopscope's asyncpg, following asyncpg 0.32's API: a PostgreSQL driver of our own in
# Python — `asyncpg.protocol` (the wire protocol and codecs), `asyncpg.connection`,
# `asyncpg.pool` and `asyncpg.exceptions` — over the loop's TCP connections: natively a
# real server (`loopscope run --database URL` picks which).

from asyncpg import exceptions
from asyncpg.exceptions import *  # noqa: F401,F403
from asyncpg import protocol
from asyncpg.protocol import Record
from asyncpg import connection
from asyncpg.connection import connect, Connection
from asyncpg.connection import Transaction
from asyncpg import pool
from asyncpg.pool import create_pool, Pool

__version__ = '0.32.0'

__all__ = ('connect', 'create_pool', 'Pool', 'Record', 'Connection') + exceptions.__all__
