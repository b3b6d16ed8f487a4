# Models with __init__ from keyword arguments, a mixin with shared columns, __table_args__.
import asyncio
import datetime

from sqlalchemy import CheckConstraint, String, UniqueConstraint, exc, func, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.schema import CreateTable

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class Timestamped:
    created: Mapped[datetime.datetime] = mapped_column(server_default=func.now())


class Product(Timestamped, Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("sku"), CheckConstraint("price >= 0", name="price_positive"))

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(12))
    price: Mapped[int]


async def main():
    print(CreateTable(Product.__table__))
    try:
        Product(sku="x", colour="red")
    except TypeError as e:
        print(e)
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        session.add(Product(sku="A-1", price=10))
        await session.commit()
        session.add(Product(sku="A-2", price=-1))
        try:
            await session.commit()
        except exc.IntegrityError as e:
            print(type(e.orig).__name__, str(e).splitlines()[0])
        await session.rollback()
        rows = await session.execute(select(Product.sku, Product.price, Product.created <= func.now()))
        print(rows.all())
    await engine.dispose()


asyncio.run(main())
