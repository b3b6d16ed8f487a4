# Loopscope's fastapi.testclient: Starlette's TestClient, as FastAPI re-exports it.

from starlette.testclient import TestClient

__all__ = ['TestClient']
