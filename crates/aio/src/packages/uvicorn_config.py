# Loopscope's uvicorn.config: uvicorn 0.55's `Config` and its tables (`LOGGING_CONFIG`,
# `LOG_LEVELS`, `LIFESPAN`), which live in `uvicorn` itself (packages/uvicorn.py).

from uvicorn import (Config, LIFESPAN, INTERFACES, LOG_LEVELS, LOGGING_CONFIG,
                     STARTUP_FAILURE, TRACE_LOG_LEVEL, logger)

__all__ = ['Config', 'LIFESPAN', 'INTERFACES', 'LOG_LEVELS', 'LOGGING_CONFIG',
           'STARTUP_FAILURE', 'TRACE_LOG_LEVEL', 'logger']
