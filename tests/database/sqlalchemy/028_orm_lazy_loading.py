# A lazy relationship cannot load on attribute access in asyncio: load it eagerly, with
# refresh(obj, [name]), or through AsyncAttrs.awaitable_attrs.
import asyncio
from typing import List

from sqlalchemy import ForeignKey, select
from sqlalchemy.orm import exc as orm_exc
from sqlalchemy import exc
from sqlalchemy.ext.asyncio import AsyncAttrs, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(AsyncAttrs, DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    orders: Mapped[List["Order"]] = relationship(back_populates="user")


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str]
    user: Mapped[User] = relationship(back_populates="orders")

    def __repr__(self):
        return f"Order({self.id})"


async def main():
    engine = create_async_engine(DSN)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        ada = await session.get(User, 1)
        try:
            print(ada.orders)
        except exc.MissingGreenlet as e:
            print("MissingGreenlet:", str(e).split("?")[0])
        await session.refresh(ada, ["orders"])
        print(ada.orders)
        grace = await session.get(User, 2)
        print(await grace.awaitable_attrs.orders)
        order = await session.get(Order, 8)
        print(order.user_id)
        user = await order.awaitable_attrs.user
        print(user.name)
        order2 = await session.get(Order, 1)
        print(order2.user is ada)
        fresh = User(name="Fresh")
        print(fresh.orders)
    async with Session() as session:
        ken = await session.get(User, 6)
    try:
        ken.orders
    except orm_exc.DetachedInstanceError as e:
        print(type(e).__name__, str(e).split(" at 0x")[0], e.code)
    await engine.dispose()


asyncio.run(main())
