# The N+1 queries problem: fetch a list of users (one query), then loop over it and fetch
# each user's orders (one more query per user). Every query is a round trip to the
# database, and in the loop each one waits for the one before, so the cost grows with the
# number of users even though the data is small. The cure is to ask once: a JOIN brings
# users and orders back together in one round trip, and `WHERE user_id = ANY($1)` fetches
# the orders of every user already in hand in one more (what an ORM's "select in" loading
# does). The program counts its queries each way.
# Open the timeline after a run: each round trip to the database is a lane with its SQL,
# so the N+1 version is a staircase of lanes, one after another, and the JOIN a single
# query. (A query's first run takes two lanes: asyncpg prepares the statement, then runs
# it; later runs of the same SQL reuse it.) In Loopscope each round trip here takes 20 ms,
# as with a database across a network; under CPython the database is wherever DSN says.
import asyncio

import asyncpg

DSN = "postgresql://user:pass@localhost:5432/mydb"

try:
    import loopscope.network

    loopscope.network.configure(database_latency=0.02)
except ImportError:  # not in Loopscope
    pass


class CountingConnection:
    """Passes queries on to a connection and counts them."""

    def __init__(self, conn):
        self.conn = conn
        self.queries = 0

    async def fetch(self, query, *args):
        self.queries += 1
        return await self.conn.fetch(query, *args)


def order_text(order):
    return f"#{order['id']} {order['status']} {order['total']}"


async def n_plus_one(db):
    users = await db.fetch("SELECT id, name FROM users ORDER BY id")
    result = {}
    for user in users:  # one more round trip for every user
        orders = await db.fetch(
            "SELECT id, status, total FROM orders WHERE user_id = $1 ORDER BY id",
            user["id"],
        )
        result[user["name"]] = [order_text(o) for o in orders]
    return result


async def one_join(db):
    rows = await db.fetch(
        """
        SELECT u.name, o.id, o.status, o.total
        FROM users u LEFT JOIN orders o ON o.user_id = u.id
        ORDER BY u.id, o.id
        """
    )
    result = {}
    for row in rows:
        orders = result.setdefault(row["name"], [])
        if row["id"] is not None:  # a user without orders comes back once, with NULLs
            orders.append(order_text(row))
    return result


async def two_queries(db):
    users = await db.fetch("SELECT id, name FROM users ORDER BY id")
    orders = await db.fetch(
        "SELECT user_id, id, status, total FROM orders WHERE user_id = ANY($1) ORDER BY id",
        [u["id"] for u in users],
    )
    by_user = {u["id"]: [] for u in users}
    for order in orders:
        by_user[order["user_id"]].append(order_text(order))
    return {u["name"]: by_user[u["id"]] for u in users}


def show(result):
    for name, orders in result.items():
        print(f"  {name}: {', '.join(orders) or 'no orders'}")


def count(queries):
    return f"{queries} {'query' if queries == 1 else 'queries'}"


async def main():
    conn = await asyncpg.connect(DSN)

    db = CountingConnection(conn)
    expected = await n_plus_one(db)
    print(f"N+1: {count(db.queries)} for {len(expected)} users")
    show(expected)

    for title, way in [
        ("one JOIN", one_join),
        ("the users, then all their orders with = ANY($1)", two_queries),
    ]:
        db = CountingConnection(conn)
        result = await way(db)
        print(f"{title}: {count(db.queries)}, same result: {result == expected}")

    await conn.close()


asyncio.run(main())
