# echo=True logs each statement and its parameters through logging; a handler of our own
# prints them without the clock and the timings.
import asyncio
import logging
import sys

from sqlalchemy import Column, Integer, MetaData, String, Table, insert, select, text, update
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Untimed(logging.Formatter):
    def format(self, record):
        msg = record.getMessage()
        for head, kind in (("[generated in ", "generated"), ("[no key ", "no key"),
                           ("[cached since ", "cached")):
            if msg.startswith(head):
                end = msg.index("s", len(head))
                if kind == "cached":
                    end = msg.index(" ago", end) + 3
                msg = "[" + kind + msg[end + 1:]
        return f"{record.levelname} {record.name}: {msg}"


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Untimed())
logging.getLogger("sqlalchemy.engine.Engine").addHandler(handler)

metadata = MetaData()
notes = Table("notes", metadata, Column("id", Integer, primary_key=True), Column("body", String(100)))


async def main():
    engine = create_async_engine(DSN, echo=True)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
        await conn.execute(insert(notes), [{"body": "one"}, {"body": "two"}])
        await conn.execute(insert(notes).values(body="three").returning(notes.c.id))
    async with engine.connect() as conn:
        for n in (1, 2):
            await conn.execute(select(notes.c.body).where(notes.c.id == n))
        await conn.execute(select(notes).where(notes.c.id.in_([1, 3])).order_by(notes.c.id))
        await conn.execute(update(notes).where(notes.c.body.like("t%")).values(body="T"))
        await conn.execute(text("SELECT count(*) FROM notes WHERE body = :b"), {"b": "T"})
        await conn.commit()
    engine.echo = False
    async with engine.connect() as conn:
        print((await conn.execute(select(notes.c.body).order_by(notes.c.id))).scalars().all())
    await engine.dispose()


asyncio.run(main())
