# One-to-many with back_populates: building both sides, then loading them with selectinload.
import asyncio
from typing import List

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, selectinload

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    books: Mapped[List["Book"]] = relationship(back_populates="author", order_by="Book.title")

    def __repr__(self):
        return f"Author({self.name!r})"


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    author: Mapped["Author"] = relationship(back_populates="books")

    def __repr__(self):
        return f"Book({self.title!r})"


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        le_guin = Author(name="Ursula K. Le Guin")
        le_guin.books.append(Book(title="The Dispossessed"))
        book = Book(title="A Wizard of Earthsea", author=le_guin)
        print(book in le_guin.books, book.author)
        pratchett = Author(name="Terry Pratchett", books=[Book(title="Mort"), Book(title="Guards! Guards!")])
        session.add_all([le_guin, pratchett])
        await session.commit()
        print(le_guin.id, [b.author_id for b in le_guin.books])
    async with Session() as session:
        authors = await session.scalars(select(Author).options(selectinload(Author.books)).order_by(Author.name))
        for author in authors:
            print(author, author.books)
        books = await session.scalars(select(Book).options(selectinload(Book.author)).order_by(Book.title))
        for book in books:
            print(book, "by", book.author)
        stmt = select(Author.name, Book.title).join(Author.books).where(Book.title.like("%s%")).order_by(Book.id)
        print((await session.execute(stmt)).all())
    await engine.dispose()


asyncio.run(main())
