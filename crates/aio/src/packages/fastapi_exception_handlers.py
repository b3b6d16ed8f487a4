# Loopscope's fastapi.exception_handlers: FastAPI's default answers — an HTTPException as
# `{"detail": ...}` JSON, a validation error as a 422 listing every error.

from starlette.responses import JSONResponse, Response

from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError


def _body_allowed(status_code):
    return not (status_code < 200 or status_code in (204, 205, 304))


async def http_exception_handler(request, exc):
    headers = getattr(exc, 'headers', None)
    if not _body_allowed(exc.status_code):
        return Response(status_code=exc.status_code, headers=headers)
    return JSONResponse({'detail': exc.detail}, status_code=exc.status_code, headers=headers)


async def request_validation_exception_handler(request, exc: RequestValidationError):
    return JSONResponse(status_code=422, content={'detail': jsonable_encoder(exc.errors())})


async def websocket_request_validation_exception_handler(websocket, exc):
    await websocket.close(code=1008, reason=jsonable_encoder(exc.errors()))
