# What statements look like printed, and compiled for PostgreSQL with asyncpg.
from sqlalchemy import (Column, ForeignKey, Integer, MetaData, Numeric, String, Table, and_, bindparam,
                        case, cast, delete, desc, exists, func, insert, literal, or_, select, text,
                        update)
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import create_async_engine

metadata = MetaData()
users = Table("users", metadata, Column("id", Integer, primary_key=True), Column("name", String(50)),
              Column("email", String))
orders = Table("orders", metadata, Column("id", Integer, primary_key=True),
               Column("user_id", ForeignKey("users.id")), Column("total", Numeric(10, 2)))
engine = create_async_engine("postgresql+asyncpg://user:pass@localhost:5432/mydb")

statements = [
    select(users),
    select(users.c.name).where(users.c.id == 5),
    select(users).where(and_(users.c.id > 1, or_(users.c.name == "a", users.c.email.is_(None)))),
    select(users).where(users.c.name.like("A%"), users.c.id.in_([1, 2]), users.c.id.not_in([3])),
    select(users).where(users.c.name.startswith("G"), users.c.email.contains("@")),
    select(users.c.name, func.count(orders.c.id).label("n")).join(orders).group_by(users.c.name)
    .having(func.count(orders.c.id) > 1).order_by(desc("n")).limit(3),
    select(users.c.id, orders.c.id).select_from(users.outerjoin(orders)),
    select(func.count()).select_from(users),
    select(users.c.id + 1, func.lower(users.c.name), literal("x"), cast(users.c.id, String)),
    select(case((orders.c.total > 50, "big"), else_="small").label("size")),
    select(users).where(exists().where(orders.c.user_id == users.c.id)),
    select(users.c.name).where(users.c.id == bindparam("uid")),
    insert(users).values(name="Ada", email="ada@example.com"),
    insert(users).values(name="Ada").returning(users.c.id),
    update(users).where(users.c.id == 1).values(name="Ada L."),
    delete(users).where(users.c.name.ilike("%x%")),
    text("SELECT * FROM users WHERE id = :id"),
]
for stmt in statements:
    print(stmt)
    print(stmt.compile(engine))
    print("--")
print(select(users.c.name).where(users.c.id == 5).compile(compile_kwargs={"literal_binds": True}))
print(select(users.c.name).where(users.c.id == 5).compile(dialect=postgresql.dialect()))
print(repr(users.c.name.type), users.c.name.type, users.c.keys())
