# An ORM's async session: queries are awaited, and `async with session.begin()`
# commits the changes when the block ends (or rolls them back if it raises).
# The ORM is a small simulated stand-in written in plain asyncio, shaped like
# SQLAlchemy's asyncio extension; asyncio.sleep plays the database's latency.
import asyncio
from dataclasses import dataclass

LATENCY = 0.02


@dataclass
class User:
    name: str
    email: str
    is_active: bool = True
    id: int = 0


class Engine:
    def __init__(self, url):
        self.url = url
        self.rows = [
            User("Grace", "grace@example.com", id=1),
            User("Linus", "linus@example.com", is_active=False, id=2),
        ]


class Result:
    def __init__(self, rows):
        self.rows = rows

    def all(self):
        return list(self.rows)


class Session:
    def __init__(self, engine):
        self.engine = engine
        self.pending = []

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.pending.clear()  # anything not committed is dropped

    async def active_users(self, limit):
        await asyncio.sleep(LATENCY)  # the SELECT's round trip
        return Result([u for u in self.engine.rows if u.is_active][:limit])

    def add(self, obj):
        self.pending.append(obj)

    def begin(self):
        return Transaction(self)


class Transaction:
    def __init__(self, session):
        self.session = session

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(LATENCY)
        if exc_type is None:
            for obj in self.session.pending:
                obj.id = len(self.session.engine.rows) + 1
                self.session.engine.rows.append(obj)
            print(f"COMMIT ({len(self.session.pending)} new)")
        else:
            print("ROLLBACK:", exc)
        self.session.pending.clear()


def session_factory(engine):
    return lambda: Session(engine)


engine = Engine("memory://demo")
new_session = session_factory(engine)


async def get_active_users():
    async with new_session() as session:
        result = await session.active_users(limit=100)
        return result.all()


async def create_user(name, email):
    async with new_session() as session:
        async with session.begin():
            user = User(name=name, email=email)
            session.add(user)
        return user


async def main():
    print("active:", [u.name for u in await get_active_users()])
    user = await create_user("Barbara", "barbara@example.com")
    print("created:", user)
    print("active:", [u.name for u in await get_active_users()])
    try:
        async with new_session() as session:
            async with session.begin():
                session.add(User("Nobody", "nobody@example.com"))
                raise ValueError("validation failed")
    except ValueError:
        pass
    print("active:", [u.name for u in await get_active_users()])


asyncio.run(main())
