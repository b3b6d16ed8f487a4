# Hybrid attributes (Python on an object, SQL on the class), and JSON's two kinds of
# nothing: an unset JSON column is SQL NULL, None set on it is JSON null.
import asyncio
from typing import Any, Optional

from sqlalchemy import JSON, func, select, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.ext.hybrid import hybrid_method, hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSONB}


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str]
    balance: Mapped[float]

    @hybrid_property
    def shout(self):
        return self.owner.upper()

    @shout.expression
    def shout(cls):
        return func.upper(cls.owner)

    @hybrid_method
    def above(self, amount):
        return self.balance > amount


class Doc(Base):
    __tablename__ = "docs"
    id: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[Optional[dict[str, Any]]]
    meta = mapped_column(JSON)


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        ada = await session.get(Account, 1)
        print(ada.shout, ada.above(10), ada.above(1000))
        stmt = select(Account.shout).where(Account.above(20)).order_by(Account.id)
        print(stmt)
        print((await session.scalars(stmt)).all())
        session.add_all([Doc(data={"a": 1}), Doc(data=None), Doc(), Doc(meta={"k": [1, 2]})])
        await session.commit()
        rows = await session.execute(
            text("SELECT id, data IS NULL, data::text, meta IS NULL, meta::text FROM docs ORDER BY id"))
        for row in rows:
            print(row)
        print(Doc.__table__.c.keys())
    await engine.dispose()


asyncio.run(main())
