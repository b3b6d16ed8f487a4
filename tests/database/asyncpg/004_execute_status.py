# execute() returns the server's command status string.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    print(await conn.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text)"))
    print(await conn.execute("INSERT INTO notes (body) VALUES ($1)", "first"))
    print(await conn.execute("INSERT INTO notes (body) VALUES ('a'), ('b'), ('c')"))
    print(await conn.execute("UPDATE notes SET body = upper(body) WHERE id > $1", 2))
    print(await conn.execute("DELETE FROM notes WHERE body = $1", "A"))
    print(await conn.execute("SELECT * FROM notes"))
    print(await conn.execute("CREATE INDEX notes_body ON notes (body)"))
    print(await conn.execute("ALTER TABLE notes ADD COLUMN done bool DEFAULT false"))
    print(await conn.execute("UPDATE notes SET done = true WHERE false"))
    # Without arguments several statements may go at once: the last one's status.
    print(await conn.execute("INSERT INTO notes (body) VALUES ('x'); DELETE FROM notes"))
    print(await conn.execute("TRUNCATE notes"))
    print(await conn.execute("DROP TABLE notes"))
    print(await conn.execute("BEGIN"))
    print(await conn.execute("ROLLBACK"))
    await conn.close()


asyncio.run(main())
