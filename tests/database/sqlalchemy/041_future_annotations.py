# Models written with `from __future__ import annotations`: every annotation is a string.
from __future__ import annotations

import asyncio
import datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, selectinload

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class Shop(Base):
    __tablename__ = "shops"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    opened: Mapped[Optional[datetime.date]]
    products: Mapped[list[Product]] = relationship(back_populates="shop")


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str]
    price: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    shop: Mapped[Shop] = relationship(back_populates="products")


async def main():
    print([(c.name, str(c.type), c.nullable) for c in Shop.__table__.columns])
    print([(c.name, str(c.type), c.nullable) for c in Product.__table__.columns])
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        shop = Shop(name="corner", opened=datetime.date(2020, 5, 1),
                    products=[Product(label="tea", price=Decimal("3.20")), Product(label="jam", price=Decimal("4"))])
        session.add(shop)
        await session.commit()
    async with Session() as session:
        shop = (await session.scalars(select(Shop).options(selectinload(Shop.products)))).one()
        print(shop.name, shop.opened, [(p.label, p.price, p.shop is shop) for p in shop.products])
    await engine.dispose()


asyncio.run(main())
