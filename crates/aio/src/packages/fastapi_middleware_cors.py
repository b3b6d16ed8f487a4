# Loopscope's fastapi.middleware.cors: Starlette's CORSMiddleware, re-exported.

from starlette.middleware.cors import CORSMiddleware

__all__ = ['CORSMiddleware']
