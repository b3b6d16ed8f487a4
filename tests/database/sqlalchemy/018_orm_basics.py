# A declarative model, create_all, add and commit, then select the objects back.
import asyncio
from typing import Optional

from sqlalchemy import String, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class Hero(Base):
    __tablename__ = "heroes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    secret_name: Mapped[str]
    age: Mapped[Optional[int]]

    def __repr__(self):
        return f"Hero(id={self.id!r}, name={self.name!r}, age={self.age!r})"


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
    async with Session() as session:
        session.add(Hero(name="Deadpond", secret_name="Dive Wilson"))
        session.add_all([Hero(name="Spider-Boy", secret_name="Pedro", age=16),
                         Hero(name="Rusty-Man", secret_name="Tommy", age=48)])
        await session.commit()
    async with Session() as session:
        heroes = (await session.scalars(select(Hero).order_by(Hero.id))).all()
        print(heroes)
        young = await session.scalars(select(Hero).where(Hero.age < 30))
        print(young.all())
        print(await session.scalar(select(Hero.secret_name).where(Hero.name == "Rusty-Man")))
        rows = (await session.execute(select(Hero.name, Hero.age).order_by(Hero.name))).all()
        print(rows)
        print((await session.execute(select(Hero).where(Hero.age.is_(None)))).scalar_one())
    print(Hero.__table__.c.keys(), repr(Hero.__table__.c.age.type), Hero.__table__.c.age.nullable)
    await engine.dispose()


asyncio.run(main())
