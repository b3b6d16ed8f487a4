# Loopscope's fastapi.exceptions: FastAPI's HTTPException (any JSON-able detail, headers)
# and the validation errors it turns into 422 answers.

from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.exceptions import WebSocketException


class HTTPException(StarletteHTTPException):
    def __init__(self, status_code, detail=None, headers=None):
        super().__init__(status_code=status_code, detail=detail, headers=headers)


class FastAPIError(RuntimeError):
    pass


class ValidationException(Exception):
    def __init__(self, errors, *, endpoint_ctx=None):
        self._errors = errors
        self.endpoint_ctx = endpoint_ctx

    def errors(self):
        return self._errors

    def __str__(self):
        message = f'{len(self._errors)} validation error{"s" if len(self._errors) != 1 else ""}:\n'
        for err in self._errors:
            message += f'  {err}\n'
        return message


class RequestValidationError(ValidationException):
    def __init__(self, errors, *, body=None, endpoint_ctx=None):
        super().__init__(errors, endpoint_ctx=endpoint_ctx)
        self.body = body


class WebSocketRequestValidationError(ValidationException):
    pass


class ResponseValidationError(ValidationException):
    def __init__(self, errors, *, body=None, endpoint_ctx=None):
        super().__init__(errors, endpoint_ctx=endpoint_ctx)
        self.body = body
