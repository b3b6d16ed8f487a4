# Loopscope's fastapi.status: Starlette's status codes by name, re-exported.

from starlette.status import *  # noqa: F401,F403
