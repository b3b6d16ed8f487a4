# session.get() and the identity map: one object per row within a session.
import asyncio
from typing import Optional

from sqlalchemy import exc, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    email: Mapped[Optional[str]]
    is_active: Mapped[bool]

    def __repr__(self):
        return f"<User {self.name}>"


async def main():
    engine = create_async_engine(DSN)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        ada = await session.get(User, 1)
        print(ada, ada.email)
        again = await session.get(User, 1)
        same = (await session.scalars(select(User).where(User.email == "ada@example.com"))).one()
        print(ada is again, ada is same)
        print(await session.get(User, 99))
        try:
            await session.get_one(User, 99)
        except exc.NoResultFound as e:
            print(type(e).__name__, e)
        users = (await session.scalars(select(User).where(User.id <= 2).order_by(User.id))).all()
        print(users, users[0] is ada, len(session.identity_map))
        ada.name = "Ada Lovelace"
        print(session.dirty, ada in session)
        refetched = await session.get(User, 1)
        print(refetched.name)
    async with Session() as other:
        fresh = await other.get(User, 1)
        print(fresh is ada, fresh.name)
    await engine.dispose()


asyncio.run(main())
