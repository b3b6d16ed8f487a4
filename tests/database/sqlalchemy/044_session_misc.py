# More of the session: text() through it, merge(), expunge, expire, in_transaction, connection().
import asyncio
from typing import Optional

from sqlalchemy import inspect, select, text
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    email: Mapped[Optional[str]]

    def __repr__(self):
        return f"User({self.id}, {self.name})"


async def main():
    engine = create_async_engine(DSN)
    async with AsyncSession(engine, expire_on_commit=False) as session:
        print(session.in_transaction())
        rows = await session.execute(text("SELECT name FROM users WHERE id < :n ORDER BY id"), {"n": 3})
        print(rows.scalars().all(), session.in_transaction())
        conn = await session.connection()
        print((await conn.execute(text("SELECT count(*) FROM orders"))).scalar())
        ada = await session.get(User, 1)
        detached = User(id=2, name="Grace Hopper", email="grace@example.com")
        merged = await session.merge(detached)
        print(merged, merged is detached, merged in session, detached in session)
        await session.commit()
        session.expunge(ada)
        print(inspect(ada).detached, ada.name)
        ken = await session.get(User, 6)
        session.expire(ken, ["email"])
        print("email" in inspect(ken).unloaded)
        await session.refresh(ken, ["email"])
        print(ken.email)
        print((await session.scalars(select(User).where(User.id.in_([1, 2])).order_by(User.id))).all())
        h = inspect(ken).attrs.name
        ken.name = "Ken T."
        print(h.history)
        await session.rollback()
    await engine.dispose()


asyncio.run(main())
