# What the ORM sends, as echo=True logs it: INSERTs grouped into batches, UPDATEs and
# DELETEs at flush, selectin loads. Printed by a handler of our own, without timings.
import asyncio
import logging
import sys
from typing import List

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, selectinload

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Untimed(logging.Formatter):
    def format(self, record):
        msg = record.getMessage()
        if msg.startswith("[") and not msg.startswith("[raw sql]"):
            close = msg.index("]")
            inner = msg[1:close].split()
            kind = inner[0]
            rest = " ".join(w for w in inner[1:] if not w[0].isdigit() and w not in ("in", "since", "ago", "key"))
            msg = "[" + (kind + " " + rest).strip() + "]" + msg[close + 1:]
        return msg


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Untimed())
logging.getLogger("sqlalchemy.engine.Engine").addHandler(handler)


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    players: Mapped[List["Player"]] = relationship(back_populates="team")


class Player(Base):
    __tablename__ = "players"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    score: Mapped[int] = mapped_column(default=0)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    team: Mapped[Team] = relationship(back_populates="players")


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    engine.echo = True
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        reds = Team(name="reds", players=[Player(name="a"), Player(name="b"), Player(name="c", score=5)])
        blues = Team(name="blues", players=[Player(name="d")])
        session.add_all([reds, blues])
        await session.commit()
        for p in reds.players:
            p.score += 1
        await session.delete(blues.players[0])
        await session.commit()
    async with Session() as session:
        teams = await session.scalars(select(Team).options(selectinload(Team.players)).order_by(Team.id))
        print([(t.name, [p.name for p in t.players]) for t in teams])
    await engine.dispose()


asyncio.run(main())
