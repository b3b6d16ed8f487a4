# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.dialects`: ours has
# PostgreSQL through asyncpg (`sqlalchemy.dialects.postgresql`).
