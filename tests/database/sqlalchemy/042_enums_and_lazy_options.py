# A Python Enum column (a PostgreSQL ENUM type), lazy="joined" and lazy="raise".
import asyncio
import enum
from typing import List, Optional

from sqlalchemy import ForeignKey, exc, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Status(enum.Enum):
    NEW = "new"
    DONE = "done"


class Base(DeclarativeBase):
    pass


class Owner(Base):
    __tablename__ = "owners"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    jobs: Mapped[List["Job"]] = relationship(back_populates="owner", lazy="joined", order_by="Job.id")


class Job(Base):
    __tablename__ = "jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    status: Mapped[Status] = mapped_column(default=Status.NEW)
    owner_id: Mapped[Optional[int]] = mapped_column(ForeignKey("owners.id"))
    owner: Mapped[Optional[Owner]] = relationship(back_populates="jobs", lazy="raise")

    def __repr__(self):
        return f"Job({self.title!r}, {self.status.name})"


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        session.add(Owner(name="ann", jobs=[Job(title="a"), Job(title="b", status=Status.DONE)]))
        session.add(Job(title="orphan"))
        await session.commit()
    async with Session() as session:
        owners = (await session.execute(select(Owner))).unique().scalars().all()
        print([(o.name, o.jobs) for o in owners])
        done = (await session.scalars(select(Job).where(Job.status == Status.DONE))).all()
        print(done)
        job = await session.get(Job, 3)
        try:
            job.owner
        except exc.InvalidRequestError as e:
            print(type(e).__name__, e)
        print((await session.execute(select(Job.status, Job.title).order_by(Job.id))).all())
    async with engine.connect() as conn:
        print((await conn.exec_driver_sql("SELECT typname FROM pg_type WHERE typname = 'status'")).scalar())
    await engine.dispose()


asyncio.run(main())
