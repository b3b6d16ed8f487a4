# Loopscope's starlette.exceptions: HTTPException, which a handler raises to answer with
# a status code, and WebSocketException.

import http


class HTTPException(Exception):
    def __init__(self, status_code, detail=None, headers=None):
        if detail is None:
            detail = http.HTTPStatus(status_code).phrase
        self.status_code = status_code
        self.detail = detail
        self.headers = headers

    def __str__(self):
        return f'{self.status_code}: {self.detail}'

    def __repr__(self):
        return f'{self.__class__.__name__}(status_code={self.status_code!r}, detail={self.detail!r})'


class WebSocketException(Exception):
    def __init__(self, code, reason=None):
        self.code = code
        self.reason = reason or ''

    def __str__(self):
        return f'{self.code}: {self.reason}'

    def __repr__(self):
        return f'{self.__class__.__name__}(code={self.code!r}, reason={self.reason!r})'
