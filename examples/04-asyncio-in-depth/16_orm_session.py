# SQLAlchemy's asyncio ORM on a real PostgreSQL: an async engine with a pool, a model
# mapped to the sample `users` table, queries that are awaited, and `session.begin()`,
# which commits when the block ends and rolls back if it raises. In the page the
# database is PostgreSQL compiled to wasm (PGlite), loaded on the first connection.
import asyncio
from typing import Optional

from sqlalchemy import String, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    email: Mapped[Optional[str]] = mapped_column(unique=True)
    is_active: Mapped[bool] = mapped_column(default=True)

    def __repr__(self):
        return f"User({self.name!r}, active={self.is_active})"


engine = create_async_engine(
    "postgresql+asyncpg://user:pass@localhost:5432/mydb",
    pool_size=5,
    max_overflow=10,
    pool_timeout=30,
)
async_session = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


async def get_active_users():
    async with async_session() as session:
        result = await session.execute(
            select(User).where(User.is_active == True).order_by(User.id).limit(100)  # noqa: E712
        )
        return result.scalars().all()


async def create_user(name, email):
    async with async_session() as session:
        async with session.begin():
            user = User(name=name, email=email)
            session.add(user)
        # The transaction committed when the block ended.
        return user


async def main():
    print("active:", await get_active_users())
    user = await create_user("Katherine", "katherine@example.com")
    print("created:", user, "with id", user.id)
    try:
        await create_user("Someone", "ada@example.com")  # that email is taken
    except IntegrityError as e:
        print("rolled back:", type(e.orig).__name__)
    async with async_session() as session:
        count = len((await session.scalars(select(User))).all())
        print("users now:", count)
    await engine.dispose()


asyncio.run(main())
