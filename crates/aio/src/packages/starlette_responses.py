# Loopscope's starlette.responses: Response and its kinds (JSON, plain text, HTML,
# redirects, streamed bodies). A response is an ASGI app: calling it sends its start
# message and body, then runs its background task.

import json
import typing
from urllib.parse import quote

from starlette.background import BackgroundTask
from starlette.concurrency import iterate_in_threadpool
from starlette.datastructures import MutableHeaders


# Characters a cookie value may hold unquoted.
_COOKIE_SAFE = frozenset('abcdefghijklmnopqrstuvwxyz'
                         'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         "0123456789!#$%&'*+-.^_`|~:")


def _cookie_quote(value):
    value = str(value)
    if value and all(c in _COOKIE_SAFE for c in value):
        return value
    return '"' + value.replace('\\', '\\\\').replace('"', '\\"') + '"'


def _cookie_date(expires):
    """A cookie's expiry as HTTP writes dates: seconds from now, a datetime, or text."""
    if isinstance(expires, str):
        return expires
    if isinstance(expires, (int, float)):
        import time
        return time.strftime('%a, %d %b %Y %H:%M:%S GMT', time.gmtime(time.time() + expires))
    return expires.strftime('%a, %d %b %Y %H:%M:%S GMT')


class Response:
    media_type = None
    charset = 'utf-8'

    def __init__(self, content=None, status_code=200, headers=None, media_type=None,
                 background=None):
        self.status_code = status_code
        if media_type is not None:
            self.media_type = media_type
        self.background = background
        self.body = self.render(content)
        self.init_headers(headers)

    def render(self, content):
        if content is None:
            return b''
        if isinstance(content, (bytes, bytearray)):
            return bytes(content)
        return content.encode(self.charset)

    def init_headers(self, headers=None):
        if headers is None:
            raw = []
            have_length = have_type = False
        else:
            raw = [(k.lower().encode('latin-1'), v.encode('latin-1')) for k, v in headers.items()]
            keys = [k for k, _ in raw]
            have_length = b'content-length' in keys
            have_type = b'content-type' in keys
        body = getattr(self, 'body', None)
        if (body is not None and not have_length
                and not (self.status_code < 200 or self.status_code in (204, 304))):
            raw.append((b'content-length', str(len(body)).encode('latin-1')))
        content_type = self.media_type
        if content_type is not None and not have_type:
            if content_type.startswith('text/') and 'charset=' not in content_type.lower():
                content_type += '; charset=' + self.charset
            raw.append((b'content-type', content_type.encode('latin-1')))
        self.raw_headers = raw

    @property
    def headers(self):
        if not hasattr(self, '_headers'):
            self._headers = MutableHeaders(raw=self.raw_headers)
        return self._headers

    def set_cookie(self, key, value='', max_age=None, expires=None, path='/', domain=None,
                   secure=False, httponly=False, samesite='lax', partitioned=False):
        parts = [f'{key}={_cookie_quote(value)}']
        if domain is not None:
            parts.append(f'Domain={domain}')
        if expires is not None:
            parts.append(f'expires={_cookie_date(expires)}')
        if httponly:
            parts.append('HttpOnly')
        if max_age is not None:
            parts.append(f'Max-Age={max_age}')
        if partitioned:
            parts.append('Partitioned')
        if path is not None:
            parts.append(f'Path={path}')
        if samesite is not None:
            if samesite.lower() not in ('strict', 'lax', 'none'):
                raise AssertionError("samesite must be either 'strict', 'lax' or 'none'")
            parts.append(f'SameSite={samesite}')
        if secure:
            parts.append('Secure')
        self.raw_headers.append((b'set-cookie', '; '.join(parts).encode('latin-1')))

    def delete_cookie(self, key, path='/', domain=None, secure=False, httponly=False,
                      samesite='lax'):
        self.set_cookie(key, max_age=0, expires=0, path=path, domain=domain, secure=secure,
                        httponly=httponly, samesite=samesite)

    async def __call__(self, scope, receive, send):
        await send({'type': 'http.response.start', 'status': self.status_code,
                    'headers': self.raw_headers})
        await send({'type': 'http.response.body', 'body': self.body})
        if self.background is not None:
            await self.background()


class HTMLResponse(Response):
    media_type = 'text/html'


class PlainTextResponse(Response):
    media_type = 'text/plain'


class JSONResponse(Response):
    media_type = 'application/json'

    def __init__(self, content, status_code=200, headers=None, media_type=None,
                 background=None):
        super().__init__(content, status_code, headers, media_type, background)

    def render(self, content):
        return json.dumps(content, ensure_ascii=False, allow_nan=False, indent=None,
                          separators=(',', ':')).encode('utf-8')


class RedirectResponse(Response):
    def __init__(self, url, status_code=307, headers=None, background=None):
        super().__init__(content=b'', status_code=status_code, headers=headers,
                         background=background)
        self.headers['location'] = quote(str(url), safe=":/%#?=@[]!$&'()*+,;")


class StreamingResponse(Response):
    def __init__(self, content, status_code=200, headers=None, media_type=None,
                 background=None):
        if hasattr(content, '__aiter__'):
            self.body_iterator = content
        else:
            self.body_iterator = iterate_in_threadpool(content)
        self.status_code = status_code
        self.media_type = self.media_type if media_type is None else media_type
        self.background = background
        self.init_headers(headers)

    async def __call__(self, scope, receive, send):
        await send({'type': 'http.response.start', 'status': self.status_code,
                    'headers': self.raw_headers})
        async for chunk in self.body_iterator:
            if not isinstance(chunk, (bytes, bytearray)):
                chunk = chunk.encode(self.charset)
            await send({'type': 'http.response.body', 'body': chunk, 'more_body': True})
        await send({'type': 'http.response.body', 'body': b'', 'more_body': False})
        if self.background is not None:
            await self.background()
