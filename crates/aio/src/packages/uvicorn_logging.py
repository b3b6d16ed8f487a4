# Loopscope's uvicorn.logging: uvicorn 0.55's log formatters, which a logging
# configuration names ("()": "uvicorn.logging.DefaultFormatter"); they live in `uvicorn`
# itself (packages/uvicorn.py).

from uvicorn import AccessFormatter, ColourizedFormatter, DefaultFormatter, TRACE_LOG_LEVEL

__all__ = ['AccessFormatter', 'ColourizedFormatter', 'DefaultFormatter', 'TRACE_LOG_LEVEL']
