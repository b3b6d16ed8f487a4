# Models over the sample tables: filters, joins, aggregates and pagination.
import asyncio
import datetime
from decimal import Decimal
from typing import List, Optional

from sqlalchemy import ForeignKey, desc, func, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    email: Mapped[Optional[str]]
    is_active: Mapped[bool]
    created_at: Mapped[Optional[datetime.datetime]]
    orders: Mapped[List["Order"]] = relationship(back_populates="user")

    def __repr__(self):
        return f"User({self.name})"


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str]
    total: Mapped[Decimal]
    user: Mapped[User] = relationship(back_populates="orders")

    def __repr__(self):
        return f"Order({self.id}, {self.status}, {self.total})"


async def main():
    engine = create_async_engine(DSN)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        active = await session.scalars(select(User).where(User.is_active).order_by(User.created_at.desc()).limit(3))
        print(active.all())
        page = await session.scalars(select(User).order_by(User.id).offset(2).limit(2))
        print(page.all())
        rows = await session.execute(
            select(User.name, func.count(Order.id).label("n"), func.coalesce(func.sum(Order.total), 0).label("spent"))
            .outerjoin(User.orders).group_by(User.id).order_by(desc("spent"), User.name))
        for row in rows:
            print(row.name, row.n, row.spent)
        stmt = select(Order).join(Order.user).where(User.name == "Ada", Order.status != "shipped").order_by(Order.total)
        print((await session.scalars(stmt)).all())
        result = await session.execute(select(User, Order).join(Order).where(Order.total > 60).order_by(Order.id))
        for user, order in result:
            print(user, order, order.user is user)
        print(await session.scalar(select(func.max(Order.total)).where(Order.status == "active")))
        print((await session.scalars(select(User.email).where(User.email.endswith(".com"), User.id > 5).order_by(User.id))).all())
    await engine.dispose()


asyncio.run(main())
