# cascade="all, delete-orphan": children go with their parent, and when removed from it.
import asyncio
from typing import List

from sqlalchemy import ForeignKey, func, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, selectinload

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class Cart(Base):
    __tablename__ = "carts"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str]
    items: Mapped[List["Item"]] = relationship(back_populates="cart", cascade="all, delete-orphan",
                                               lazy="selectin", order_by="Item.id")


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    cart_id: Mapped[int] = mapped_column(ForeignKey("carts.id"))
    cart: Mapped[Cart] = relationship(back_populates="items")

    def __repr__(self):
        return self.name


async def counts(session):
    carts = await session.scalar(select(func.count()).select_from(Cart))
    items = await session.scalar(select(func.count()).select_from(Item))
    return carts, items


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        session.add_all([Cart(owner="a", items=[Item(name="pen"), Item(name="ink"), Item(name="cup")]),
                         Cart(owner="b", items=[Item(name="map")])])
        await session.commit()
        print(await counts(session))
    async with Session() as session:
        cart = (await session.scalars(select(Cart).where(Cart.owner == "a"))).one()
        print(cart.items)
        ink = cart.items[1]
        cart.items.remove(ink)
        await session.commit()
        print(await counts(session), cart.items)
        other = (await session.scalars(select(Cart).where(Cart.owner == "b"))).one()
        await session.delete(other)
        await session.commit()
        print(await counts(session))
        names = await session.scalars(select(Item.name).order_by(Item.id))
        print(names.all())
    await engine.dispose()


asyncio.run(main())
