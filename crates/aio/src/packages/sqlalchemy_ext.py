# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.ext`: ours has the asyncio
# extension (`sqlalchemy.ext.asyncio`).
