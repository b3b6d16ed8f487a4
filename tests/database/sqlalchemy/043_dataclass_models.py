# MappedAsDataclass: models with a dataclass constructor, repr and equality.
import asyncio
from typing import List, Optional

from sqlalchemy import ForeignKey, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship, selectinload

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Parent(Base):
    __tablename__ = "parents"
    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    name: Mapped[str]
    children: Mapped[List["Child"]] = relationship(back_populates="parent", default_factory=list, repr=False)


class Child(Base):
    __tablename__ = "children"
    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    name: Mapped[str]
    age: Mapped[int] = mapped_column(default=0)
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("parents.id"), default=None)
    parent: Mapped[Optional[Parent]] = relationship(back_populates="children", default=None, repr=False)


async def main():
    p = Parent("Pat")
    kid = Child("Kim", age=7, parent=p)
    print(p, kid, p.children == [kid])
    print(Child("Lee") == Child("Lee"), Child("Lee") == Child("Lee", 1))
    try:
        Child()
    except TypeError as e:
        print(e)
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        session.add(p)
        session.add(Child("Solo", 3))
        await session.commit()
        print(p, kid)
    async with Session() as session:
        rows = await session.scalars(select(Parent).options(selectinload(Parent.children)))
        for parent in rows:
            print(parent, parent.children)
        print((await session.scalars(select(Child).order_by(Child.id))).all())
    await engine.dispose()


asyncio.run(main())
