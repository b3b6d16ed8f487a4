# joinedload: the related rows come in the same query, through a LEFT OUTER JOIN.
import asyncio
from decimal import Decimal
from typing import List

from sqlalchemy import ForeignKey, exc, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, joinedload

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    orders: Mapped[List["Order"]] = relationship(back_populates="user", order_by="Order.id")


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    total: Mapped[Decimal]
    user: Mapped[User] = relationship(back_populates="orders")


async def main():
    engine = create_async_engine(DSN)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        stmt = select(Order).options(joinedload(Order.user)).where(Order.total > 10).order_by(Order.id)
        for order in (await session.scalars(stmt)).all():
            print(order.id, order.total, order.user.name)
    async with Session() as session:
        stmt = select(User).options(joinedload(User.orders)).where(User.id <= 3).order_by(User.id)
        result = await session.execute(stmt)
        for user in result.unique().scalars():
            print(user.name, [o.id for o in user.orders])
    await engine.dispose()


asyncio.run(main())
