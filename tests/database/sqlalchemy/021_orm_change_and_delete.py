# Changing attributes makes UPDATEs, session.delete() a DELETE; new, dirty and deleted.
import asyncio

from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str]
    balance: Mapped[float]

    def __repr__(self):
        return f"{self.owner}:{self.balance}"


async def main():
    engine = create_async_engine(DSN)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        accounts = (await session.scalars(select(Account).order_by(Account.id))).all()
        print(accounts)
        ada, grace, linus = accounts
        ada.balance -= 25
        grace.balance += 25
        print(sorted(repr(a) for a in session.dirty), len(session.new))
        await session.delete(linus)
        print(list(session.deleted))
        newcomer = Account(owner="Ken", balance=5)
        session.add(newcomer)
        print(list(session.new), newcomer.id)
        await session.commit()
        print(newcomer.id, len(session.dirty), len(session.deleted))
    async with Session() as session:
        print((await session.scalars(select(Account).order_by(Account.id))).all())
        print(await session.get(Account, 3))
    await engine.dispose()


asyncio.run(main())
