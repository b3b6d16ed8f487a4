# Loopscope's fastapi.responses: Starlette's responses, as FastAPI re-exports them.

from starlette.responses import (HTMLResponse, JSONResponse, PlainTextResponse,
                                 RedirectResponse, Response, StreamingResponse)

__all__ = ['HTMLResponse', 'JSONResponse', 'PlainTextResponse', 'RedirectResponse',
           'Response', 'StreamingResponse']
