# flush() sends pending objects and gives them their keys; Python and server defaults.
import asyncio
import datetime
from typing import Optional

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    status: Mapped[str] = mapped_column(default="open")
    votes: Mapped[int] = mapped_column(server_default=text("0"))
    created: Mapped[datetime.datetime] = mapped_column(server_default=func.now())
    note: Mapped[Optional[str]]


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        t = Ticket(title="bug")
        session.add(t)
        print(t.id, t.status, t.note)
        await session.flush()
        print(t.id, t.status, t.votes, type(t.created).__name__, t.note)
        batch = [Ticket(title=f"t{i}", status="new") for i in range(3)]
        session.add_all(batch)
        await session.flush()
        print([b.id for b in batch], [b.votes for b in batch])
        await session.commit()
    async with Session() as session:
        rows = await session.execute(select(Ticket.id, Ticket.title, Ticket.status, Ticket.votes).order_by(Ticket.id))
        print(rows.all())
        print(await session.scalar(select(func.count()).select_from(Ticket).where(Ticket.created <= func.now())))
    await engine.dispose()


asyncio.run(main())
