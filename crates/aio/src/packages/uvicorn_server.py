# Loopscope's uvicorn.server: uvicorn 0.55's `Server` and `ServerState`, which live in
# `uvicorn` itself (packages/uvicorn.py).

from uvicorn import Config, STARTUP_FAILURE, Server, ServerState, logger

__all__ = ['Config', 'STARTUP_FAILURE', 'Server', 'ServerState', 'logger']
