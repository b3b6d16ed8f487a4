# Loopscope's starlette.middleware.cors: CORSMiddleware. A preflight (OPTIONS with
# Origin and Access-Control-Request-Method) is answered here — "OK", or 400 "Disallowed
# CORS ..." naming what was refused; any other request goes through, and its response
# gets the Access-Control-* headers the configuration and the request's Origin call for.

import re

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import PlainTextResponse

ALL_METHODS = ('DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT', 'QUERY')
SAFELISTED_HEADERS = {'Accept', 'Accept-Language', 'Content-Language', 'Content-Type'}
_PREFLIGHT_VARY = ('Origin, Access-Control-Request-Method, Access-Control-Request-Headers, '
                   'Access-Control-Request-Private-Network')


class CORSMiddleware:
    def __init__(self, app, allow_origins=(), allow_methods=('GET',), allow_headers=(),
                 allow_credentials=False, allow_origin_regex=None, allow_private_network=False,
                 expose_headers=(), max_age=600):
        self.app = app
        self.allow_methods = ALL_METHODS if '*' in allow_methods else allow_methods
        self.allow_origins = allow_origins
        self.allow_all_origins = '*' in allow_origins
        self.allow_all_headers = '*' in allow_headers
        self.allow_credentials = allow_credentials
        self.allow_private_network = allow_private_network
        self.allow_origin_regex = (re.compile(allow_origin_regex)
                                   if allow_origin_regex is not None else None)
        # A preflight names the origin back unless any origin will do without credentials.
        self.preflight_explicit_allow_origin = not self.allow_all_origins or allow_credentials
        listed = sorted(SAFELISTED_HEADERS | set(allow_headers))
        self.allow_headers = [h.lower() for h in listed]

        self.simple_headers = {}
        if self.allow_all_origins:
            self.simple_headers['Access-Control-Allow-Origin'] = '*'
        if allow_credentials:
            self.simple_headers['Access-Control-Allow-Credentials'] = 'true'
        if expose_headers:
            self.simple_headers['Access-Control-Expose-Headers'] = ', '.join(expose_headers)

        preflight = {'Vary': _PREFLIGHT_VARY}
        if not self.preflight_explicit_allow_origin:
            preflight['Access-Control-Allow-Origin'] = '*'
        preflight['Access-Control-Allow-Methods'] = ', '.join(self.allow_methods)
        preflight['Access-Control-Max-Age'] = str(max_age)
        if listed and not self.allow_all_headers:
            preflight['Access-Control-Allow-Headers'] = ', '.join(listed)
        if allow_credentials:
            preflight['Access-Control-Allow-Credentials'] = 'true'
        self.preflight_headers = preflight

    async def __call__(self, scope, receive, send):
        if scope['type'] != 'http':
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get('origin')
        if (origin is not None and scope['method'] == 'OPTIONS'
                and 'access-control-request-method' in headers):
            await self.preflight_response(headers)(scope, receive, send)
            return

        async def send_with_cors(message):
            if message['type'] == 'http.response.start':
                self._add_headers(message, origin)
            await send(message)

        await self.app(scope, receive, send_with_cors)

    def is_allowed_origin(self, origin):
        if self.allow_all_origins:
            return True
        if self.allow_origin_regex is not None and self.allow_origin_regex.fullmatch(origin):
            return True
        return origin in self.allow_origins

    def preflight_response(self, request_headers):
        origin = request_headers['origin']
        method = request_headers['access-control-request-method']
        wanted_headers = request_headers.get('access-control-request-headers')
        private_network = request_headers.get('access-control-request-private-network')
        headers = dict(self.preflight_headers)
        refused = []
        if self.is_allowed_origin(origin):
            if self.preflight_explicit_allow_origin:
                headers['Access-Control-Allow-Origin'] = origin
        else:
            refused.append('origin')
        if method not in self.allow_methods:
            refused.append('method')
        if self.allow_all_headers and wanted_headers is not None:
            headers['Access-Control-Allow-Headers'] = wanted_headers
        elif wanted_headers is not None:
            if any(h.strip() not in self.allow_headers
                   for h in wanted_headers.lower().split(',')):
                refused.append('headers')
        if private_network is not None:
            if self.allow_private_network:
                headers['Access-Control-Allow-Private-Network'] = 'true'
            else:
                refused.append('private-network')
        if refused:
            return PlainTextResponse('Disallowed CORS ' + ', '.join(refused), status_code=400,
                                     headers=headers)
        return PlainTextResponse('OK', status_code=200, headers=headers)

    def _add_headers(self, message, origin):
        message.setdefault('headers', [])
        headers = MutableHeaders(scope=message)
        if origin is not None:
            headers.update(self.simple_headers)
        explicit = origin is not None and (
            (self.allow_all_origins and self.allow_credentials)
            or (not self.allow_all_origins and self.is_allowed_origin(origin)))
        if explicit:
            headers['Access-Control-Allow-Origin'] = origin
        headers['Vary'] = ', '.join([*headers.getlist('Vary'), 'Origin'])
