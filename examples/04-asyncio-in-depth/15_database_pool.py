# Talking to a database through a connection pool: acquire a connection, run
# queries, group updates in a transaction, batch an insert, close the pool at
# shutdown. The database is a simulated stand-in (in-memory tables,
# asyncio.sleep for the network); the shape of the calls follows async drivers
# such as asyncpg.
import asyncio

ROUND_TRIP = 0.01  # seconds per simulated query


class Database:
    """In-memory tables, shared by every connection."""

    def __init__(self):
        self.users = {7: {"id": 7, "name": "Ada", "email": "ada@example.com"}}
        self.orders = [
            {"id": 1, "user_id": 7, "status": "active"},
            {"id": 2, "user_id": 7, "status": "shipped"},
            {"id": 3, "user_id": 7, "status": "active"},
        ]
        self.accounts = {"alice": 100, "bob": 20}
        self.events = []
        self.round_trips = 0


class Connection:
    def __init__(self, db, number):
        self.db = db
        self.number = number

    async def _round_trip(self):
        self.db.round_trips += 1
        await asyncio.sleep(ROUND_TRIP)

    async def fetch_user(self, user_id):
        await self._round_trip()
        return self.db.users.get(user_id)

    async def fetch_orders(self, user_id, status):
        await self._round_trip()
        return [
            o
            for o in self.db.orders
            if o["user_id"] == user_id and o["status"] == status
        ]

    async def record_event(self, kind, payload):
        await self._round_trip()
        self.db.events.append((kind, payload))

    async def move_money(self, amount, source, target):
        await self._round_trip()
        self.db.accounts[source] -= amount
        await self._round_trip()
        self.db.accounts[target] += amount

    async def insert_one(self, row):
        await self._round_trip()
        self.db.users[len(self.db.users) + 1] = row

    async def copy_rows(self, rows):
        await self._round_trip()  # one round trip carries the whole batch
        for row in rows:
            self.db.users[len(self.db.users) + 1] = row

    def transaction(self):
        return Transaction(self)


class Transaction:
    def __init__(self, conn):
        self.conn = conn

    async def __aenter__(self):
        await self.conn._round_trip()
        print(f"  conn {self.conn.number}: BEGIN")

    async def __aexit__(self, exc_type, exc, tb):
        await self.conn._round_trip()
        outcome = "ROLLBACK" if exc_type else "COMMIT"
        print(f"  conn {self.conn.number}: {outcome}")


class Pool:
    def __init__(self, db, size):
        self.free = [Connection(db, n) for n in range(1, size + 1)]
        self.slots = asyncio.Semaphore(size)

    def acquire(self):
        return Lease(self)

    async def close(self):
        await asyncio.sleep(ROUND_TRIP)
        print("pool closed")


class Lease:
    def __init__(self, pool):
        self.pool = pool

    async def __aenter__(self):
        # Waits while every connection is lent out.
        await self.pool.slots.acquire()
        self.conn = self.pool.free.pop(0)
        return self.conn

    async def __aexit__(self, exc_type, exc, tb):
        self.pool.free.append(self.conn)
        self.pool.slots.release()


async def create_pool(db, size):
    await asyncio.sleep(0.05)  # opening the connections
    print(f"pool of {size} connections ready")
    return Pool(db, size)


async def main():
    db = Database()
    pool = await create_pool(db, size=5)

    async with pool.acquire() as conn:
        user = await conn.fetch_user(7)
        print(f"user: {user['name']} ({user['email']})")
        active = await conn.fetch_orders(7, "active")
        print("active orders:", [o["id"] for o in active])
        await conn.record_event("user.login", {"ip": "192.0.2.1"})

        async with conn.transaction():
            await conn.move_money(30, "alice", "bob")
        print("balances:", db.accounts)

        before = db.round_trips
        for i in range(100):
            await conn.insert_one({"name": f"user_{i}"})
        trips = db.round_trips - before
        print("100 rows one at a time:", trips, "round trips")

        before = db.round_trips
        await conn.copy_rows([{"name": f"bulk_{i}"} for i in range(1000)])
        trips = db.round_trips - before
        print("1000 rows as one batch:", trips, "round trip")

    await pool.close()


asyncio.run(main())
