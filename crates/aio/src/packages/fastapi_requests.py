# Loopscope's fastapi.requests: Starlette's Request and HTTPConnection, re-exported.

from starlette.requests import HTTPConnection, Request

__all__ = ['HTTPConnection', 'Request']
