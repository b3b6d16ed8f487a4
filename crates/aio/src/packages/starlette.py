# Loopscope's starlette: the ASGI toolkit FastAPI is built on, written for Loopscope in
# Python after Starlette 1.10's behaviour — applications, routing, requests, responses,
# middleware, exceptions, background tasks — running on Loopscope's event loop; `def`
# endpoints run in a thread pool of virtual threads, as anyio's does.

__version__ = '1.10.0'
