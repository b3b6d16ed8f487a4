# Loopscope's fastapi.middleware: Starlette's Middleware, as FastAPI re-exports it.

from starlette.middleware import Middleware

__all__ = ['Middleware']
