# Many-to-many through an association table: adding and removing links.
import asyncio
from typing import List

from sqlalchemy import Column, ForeignKey, Table, func, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, selectinload

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


enrollment = Table(
    "enrollment",
    Base.metadata,
    Column("student_id", ForeignKey("students.id"), primary_key=True),
    Column("course_id", ForeignKey("courses.id"), primary_key=True),
)


class Student(Base):
    __tablename__ = "students"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    courses: Mapped[List["Course"]] = relationship(secondary=enrollment, back_populates="students")

    def __repr__(self):
        return self.name


class Course(Base):
    __tablename__ = "courses"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    students: Mapped[List[Student]] = relationship(secondary=enrollment, back_populates="courses")

    def __repr__(self):
        return self.title


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        math, art = Course(title="Math"), Course(title="Art")
        ann = Student(name="Ann", courses=[math])
        bo = Student(name="Bo", courses=[])
        session.add_all([ann, bo])
        await session.commit()
        bo.courses.append(math)
        bo.courses.append(art)
        print(math.students, art.students)
        await session.commit()
    async with Session() as session:
        students = await session.scalars(select(Student).options(selectinload(Student.courses)).order_by(Student.id))
        for s in students:
            print(s, sorted(c.title for c in s.courses))
        bo = await session.get(Student, 2)
        math = (await session.scalars(select(Course).where(Course.title == "Math"))).one()
        bo.courses.remove(math)
        await session.commit()
        print(await session.scalar(select(func.count()).select_from(enrollment)))
        rows = await session.execute(select(Course.title, func.count(Student.id)).outerjoin(Course.students)
                                     .group_by(Course.title).order_by(Course.title))
        print(rows.all())
        in_art = await session.scalars(select(Student).where(Student.courses.any(Course.title == "Art")))
        print(in_art.all())
    await engine.dispose()


asyncio.run(main())
