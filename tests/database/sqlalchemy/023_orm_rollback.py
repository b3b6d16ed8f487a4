# rollback() forgets new objects and reloads changed ones; inspect() tells their state.
import asyncio

from sqlalchemy import inspect, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


def states(obj):
    i = inspect(obj)
    return [name for name in ("transient", "pending", "persistent", "deleted", "detached") if getattr(i, name)]


async def main():
    engine = create_async_engine(DSN)
    Session = async_sessionmaker(engine)
    async with Session() as session:
        ada = await session.get(User, 1)
        ada.name = "Countess"
        newbie = User(name="Newbie")
        print(states(newbie))
        session.add(newbie)
        print(states(newbie), states(ada))
        await session.flush()
        print(states(newbie), newbie.id is not None)
        await session.rollback()
        print(states(newbie), states(ada))
        await session.refresh(ada)
        print(ada.name)
        print(await session.scalar(select(User.name).where(User.name == "Newbie")))
        guido = await session.get(User, 4)
        await session.delete(guido)
        await session.flush()
        print(states(guido))
        await session.rollback()
        print(states(guido), guido in session)
    print(states(guido))
    await engine.dispose()


asyncio.run(main())
