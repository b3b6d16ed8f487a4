# filter_by, aliased() for a self-join, and a relationship to the same table.
import asyncio
from typing import List, Optional

from sqlalchemy import ForeignKey, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, aliased, mapped_column, relationship, selectinload

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class Employee(Base):
    __tablename__ = "employees"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    manager_id: Mapped[Optional[int]] = mapped_column(ForeignKey("employees.id"))
    reports: Mapped[List["Employee"]] = relationship(back_populates="manager")
    manager: Mapped[Optional["Employee"]] = relationship(back_populates="reports", remote_side=[id])

    def __repr__(self):
        return self.name


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        boss = Employee(name="Boss")
        session.add(Employee(name="Ann", manager=boss))
        session.add(Employee(name="Bob", manager=boss))
        await session.commit()
        print(boss.reports, [e.manager_id for e in boss.reports])
    async with Session() as session:
        print((await session.scalars(select(Employee).filter_by(name="Bob"))).one())
        mgr = aliased(Employee)
        stmt = select(Employee.name, mgr.name).join(mgr, Employee.manager_id == mgr.id).order_by(Employee.name)
        print(stmt)
        print((await session.execute(stmt)).all())
        stmt = select(Employee).options(selectinload(Employee.reports)).filter_by(manager_id=None)
        top = (await session.scalars(stmt)).one()
        print(top, top.reports)
        stmt = select(Employee).join(Employee.manager.of_type(mgr)).where(mgr.name == "Boss").order_by(Employee.id)
        print((await session.scalars(stmt)).all())
    await engine.dispose()


asyncio.run(main())
