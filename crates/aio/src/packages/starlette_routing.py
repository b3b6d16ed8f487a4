# Loopscope's starlette.routing: Route (a path template and an endpoint), Mount (a prefix
# for another app or routes), and Router, which finds the route for a request — 404 when
# none matches, 405 with `Allow` when only the method is wrong, a redirect to the path
# with or without its trailing slash when that one exists — and runs the lifespan.

import contextlib
import enum
import functools
import inspect
import uuid

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import URL
from starlette.exceptions import HTTPException
from starlette.middleware.exceptions import wrap_app_handling_exceptions
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse


class NoMatchFound(Exception):
    def __init__(self, name, path_params):
        params = ', '.join(list(path_params.keys()))
        super().__init__(f'No route exists for name "{name}" and params "{params}".')


class Match(enum.Enum):
    NONE = 0
    PARTIAL = 1
    FULL = 2


# --- path parameters: `{name}` or `{name:convertor}` in a route's path ---
_DIGITS = set('0123456789')
_HEX = set('0123456789abcdef')


class Convertor:
    def matches(self, text):
        raise NotImplementedError

    def convert(self, value):
        return value

    def to_string(self, value):
        return str(value)


class StringConvertor(Convertor):
    def matches(self, text):
        return bool(text) and '/' not in text

    def to_string(self, value):
        value = str(value)
        assert '/' not in value, 'May not contain path separators'
        assert value, 'Must not be empty'
        return value


class PathConvertor(Convertor):
    def matches(self, text):
        return True


class IntegerConvertor(Convertor):
    def matches(self, text):
        return bool(text) and set(text) <= _DIGITS

    def convert(self, value):
        return int(value)

    def to_string(self, value):
        value = int(value)
        assert value >= 0, 'Negative integers are not supported'
        return str(value)


class FloatConvertor(Convertor):
    def matches(self, text):
        whole, dot, frac = text.partition('.')
        if not whole or not set(whole) <= _DIGITS:
            return False
        return not dot or (bool(frac) and set(frac) <= _DIGITS)

    def convert(self, value):
        return float(value)

    def to_string(self, value):
        value = float(value)
        assert value >= 0.0, 'Negative floats are not supported'
        assert value == value, 'NaN values are not supported'
        assert value != float('inf'), 'Infinite values are not supported'
        return ('%0.20f' % value).rstrip('0').rstrip('.')


class UUIDConvertor(Convertor):
    def matches(self, text):
        parts = text.split('-')
        return ([len(p) for p in parts] == [8, 4, 4, 4, 12]
                and all(set(p) <= _HEX for p in parts))

    def convert(self, value):
        return uuid.UUID(value)

    def to_string(self, value):
        return str(value)


CONVERTOR_TYPES = {
    'str': StringConvertor(),
    'path': PathConvertor(),
    'int': IntegerConvertor(),
    'float': FloatConvertor(),
    'uuid': UUIDConvertor(),
}


def register_url_convertor(key, convertor):
    CONVERTOR_TYPES[key] = convertor


def compile_path(path):
    """A path template as a list of pieces — literal text, or (name, convertor) — its
    format string, and the convertors by name."""
    pieces = []
    fmt = ''
    convertors = {}
    duplicates = set()
    i = 0
    while True:
        start = path.find('{', i)
        end = path.find('}', start) if start >= 0 else -1
        name = path[start + 1:end] if end >= 0 else ''
        if start < 0 or end < 0 or not _is_param(name):
            if start < 0 or end < 0:
                pieces.append(path[i:])
                fmt += path[i:]
                break
            pieces.append(path[i:end + 1])
            fmt += path[i:end + 1]
            i = end + 1
            continue
        literal = path[i:start]
        if literal:
            pieces.append(literal)
        fmt += literal
        name, _, kind = name.partition(':')
        kind = kind or 'str'
        if kind not in CONVERTOR_TYPES:
            raise AssertionError(f"Unknown path convertor '{kind}'")
        if name in convertors:
            duplicates.add(name)
        convertor = CONVERTOR_TYPES[kind]
        convertors[name] = convertor
        pieces.append((name, convertor))
        fmt += '{' + name + '}'
        i = end + 1
    if duplicates:
        names = ', '.join(sorted(duplicates))
        ending = 's' if len(duplicates) > 1 else ''
        raise ValueError(f'Duplicated param name{ending} {names} at path {path}')
    return [p for p in pieces if p != ''], fmt, convertors


def _is_param(text):
    name, _, kind = text.partition(':')
    return (name.isidentifier() and name.isascii() and (not kind or kind.isidentifier())
            and name[0] not in '0123456789')


def _match_pieces(pieces, text, found):
    """Whether `text` matches the pieces from the first on (greedy, as a regex would);
    `found` gets each parameter's text."""
    if not pieces:
        return text == ''
    piece = pieces[0]
    if isinstance(piece, str):
        return text.startswith(piece) and _match_pieces(pieces[1:], text[len(piece):], found)
    name, convertor = piece
    stop = len(text)
    if not isinstance(convertor, PathConvertor):
        slash = text.find('/')
        if slash >= 0:
            stop = slash
    for n in range(stop, -1, -1):
        candidate = text[:n]
        if not convertor.matches(candidate):
            continue
        found[name] = candidate
        if _match_pieces(pieces[1:], text[n:], found):
            return True
        del found[name]
    return False


def get_route_path(scope):
    path = scope['path']
    root_path = scope.get('root_path', '')
    if not root_path or not path.startswith(root_path):
        return path
    if path == root_path:
        return ''
    if path[len(root_path)] == '/':
        return path[len(root_path):]
    return path


def request_response(func):
    """An ASGI app from an endpoint function that takes a Request and returns a Response;
    a `def` endpoint runs in the thread pool."""
    if inspect.iscoroutinefunction(func):
        call = func
    else:
        async def call(request):
            return await run_in_threadpool(func, request)

    async def app(scope, receive, send):
        request = Request(scope, receive, send)

        async def answer(scope, receive, send):
            response = await call(request)
            await response(scope, receive, send)

        await wrap_app_handling_exceptions(answer, request)(scope, receive, send)

    return app


class BaseRoute:
    def matches(self, scope):
        raise NotImplementedError

    def url_path_for(self, name, /, **path_params):
        raise NotImplementedError

    async def handle(self, scope, receive, send):
        raise NotImplementedError

    async def __call__(self, scope, receive, send):
        match, child_scope = self.matches(scope)
        if match is Match.NONE:
            if scope['type'] == 'http':
                response = PlainTextResponse('Not Found', status_code=404)
                await response(scope, receive, send)
            return
        scope.update(child_scope)
        await self.handle(scope, receive, send)


class URLPath(str):
    """A path a route builds (`url_path_for`), made absolute against a base URL."""

    def __new__(cls, path, protocol='', host=''):
        return str.__new__(cls, path)

    def __init__(self, path, protocol='', host=''):
        self.protocol = protocol
        self.host = host

    def make_absolute_url(self, base_url):
        if isinstance(base_url, str):
            base_url = URL(base_url)
        scheme = base_url.scheme
        netloc = self.host or base_url.netloc
        path = base_url.path.rstrip('/') + str(self)
        return URL(scheme=scheme, netloc=netloc, path=path)


def _build_path(fmt, convertors, params):
    path = fmt
    remaining = dict(params)
    for name, convertor in convertors.items():
        value = convertor.to_string(remaining.pop(name))
        path = path.replace('{' + name + '}', value)
    return path, remaining


class Route(BaseRoute):
    def __init__(self, path, endpoint, *, methods=None, name=None, include_in_schema=True,
                 middleware=None, max_body_size=None):
        assert path.startswith('/'), "Routed paths must start with '/'"
        _no_body_limit(max_body_size)
        self.path = path
        self.endpoint = endpoint
        self.name = _endpoint_name(endpoint) if name is None else name
        self.include_in_schema = include_in_schema
        handler = endpoint
        while isinstance(handler, functools.partial):
            handler = handler.func
        if inspect.isfunction(handler) or inspect.ismethod(handler):
            self.app = request_response(endpoint)
            if methods is None:
                methods = ['GET']
        else:
            self.app = endpoint
        if middleware is not None:
            for cls, args, kwargs in reversed(middleware):
                self.app = cls(self.app, *args, **kwargs)
        if methods is None:
            self.methods = None
        else:
            self.methods = {method.upper() for method in methods}
            if 'GET' in self.methods:
                self.methods.add('HEAD')
        self.pieces, self.path_format, self.param_convertors = compile_path(path)

    def matches(self, scope):
        if scope['type'] == 'http':
            found = {}
            if _match_pieces(self.pieces, get_route_path(scope), found):
                params = dict(scope.get('path_params', {}))
                for key, value in found.items():
                    params[key] = self.param_convertors[key].convert(value)
                child_scope = {'endpoint': self.endpoint, 'path_params': params}
                if self.methods and scope['method'] not in self.methods:
                    return Match.PARTIAL, child_scope
                return Match.FULL, child_scope
        return Match.NONE, {}

    def url_path_for(self, name, /, **path_params):
        seen = set(path_params.keys())
        expected = set(self.param_convertors.keys())
        if name != self.name or seen != expected:
            raise NoMatchFound(name, path_params)
        path, remaining = _build_path(self.path_format, self.param_convertors, path_params)
        assert not remaining
        return URLPath(path=path, protocol='http')

    async def handle(self, scope, receive, send):
        if self.methods and scope['method'] not in self.methods:
            headers = {'Allow': ', '.join(self.methods)}
            if 'app' in scope:
                raise HTTPException(status_code=405, headers=headers)
            response = PlainTextResponse('Method Not Allowed', status_code=405, headers=headers)
            await response(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    def __eq__(self, other):
        return (isinstance(other, Route) and self.path == other.path
                and self.endpoint == other.endpoint and self.methods == other.methods)

    def __repr__(self):
        methods = sorted(self.methods or [])
        return f'{self.__class__.__name__}(path={self.path!r}, name={self.name!r}, methods={methods!r})'


def _no_body_limit(max_body_size):
    if max_body_size is not None:
        raise NotImplementedError("max_body_size is not supported by Loopscope's starlette yet")


def _endpoint_name(endpoint):
    if inspect.isroutine(endpoint) or inspect.isclass(endpoint):
        return endpoint.__name__
    return endpoint.__class__.__name__


class Mount(BaseRoute):
    def __init__(self, path, app=None, routes=None, name=None, *, middleware=None,
                 max_body_size=None):
        assert path == '' or path.startswith('/'), "Routed paths must start with '/'"
        assert app is not None or routes is not None, "Either 'app=...', or 'routes=' must be specified"
        _no_body_limit(max_body_size)
        self.path = path.rstrip('/')
        if app is not None:
            self._base_app = app
        else:
            self._base_app = Router(routes=routes)
        self.app = self._base_app
        if middleware is not None:
            for cls, args, kwargs in reversed(middleware):
                self.app = cls(self.app, *args, **kwargs)
        self.name = name
        self.pieces, self.path_format, self.param_convertors = compile_path(self.path + '/{path:path}')

    @property
    def routes(self):
        return getattr(self._base_app, 'routes', [])

    def matches(self, scope):
        if scope['type'] in ('http', 'websocket'):
            root_path = scope.get('root_path', '')
            route_path = get_route_path(scope)
            found = {}
            if _match_pieces(self.pieces, route_path, found):
                remaining_path = '/' + found.pop('path')
                matched_path = route_path[:-len(remaining_path)]
                params = dict(scope.get('path_params', {}))
                for key, value in found.items():
                    params[key] = self.param_convertors[key].convert(value)
                child_scope = {
                    'path_params': params,
                    'app_root_path': scope.get('app_root_path', root_path),
                    'root_path': root_path + matched_path,
                    'endpoint': self.app,
                }
                return Match.FULL, child_scope
        return Match.NONE, {}

    def url_path_for(self, name, /, **path_params):
        if self.name is not None and name == self.name and 'path' in path_params:
            path_params['path'] = path_params['path'].lstrip('/')
            path, remaining = _build_path(self.path_format, self.param_convertors, path_params)
            if not remaining:
                return URLPath(path=path)
        elif self.name is None or name.startswith(self.name + ':'):
            remaining_name = name if self.name is None else name[len(self.name) + 1:]
            params = dict(path_params)
            params['path'] = ''
            path_prefix, remaining = _build_path(self.path_format, self.param_convertors, params)
            for route in self.routes or []:
                try:
                    url = route.url_path_for(remaining_name, **remaining)
                    return URLPath(path=path_prefix.rstrip('/') + str(url),
                                   protocol=url.protocol)
                except NoMatchFound:
                    pass
        raise NoMatchFound(name, path_params)

    async def handle(self, scope, receive, send):
        await self.app(scope, receive, send)

    def __eq__(self, other):
        return isinstance(other, Mount) and self.path == other.path and self.app == other.app

    def __repr__(self):
        name = self.name or ''
        return f'{self.__class__.__name__}(path={self.path!r}, name={name!r}, app={self.app!r})'


class _DefaultLifespan:
    """The lifespan of an app that gave none: nothing to start or stop."""

    async def __aenter__(self):
        return None

    async def __aexit__(self, *exc_info):
        return None

    def __call__(self, app):
        return self


class Router:
    def __init__(self, routes=None, redirect_slashes=True, default=None, lifespan=None, *,
                 middleware=None, max_body_size=None):
        _no_body_limit(max_body_size)
        self.routes = [] if routes is None else list(routes)
        self.redirect_slashes = redirect_slashes
        self.default = self.not_found if default is None else default
        if lifespan is None:
            self.lifespan_context = _DefaultLifespan()
        elif inspect.isasyncgenfunction(lifespan):
            self.lifespan_context = contextlib.asynccontextmanager(lifespan)
        else:
            self.lifespan_context = lifespan
        self.middleware_stack = self.app
        if middleware:
            for cls, args, kwargs in reversed(middleware):
                self.middleware_stack = cls(self.middleware_stack, *args, **kwargs)

    async def not_found(self, scope, receive, send):
        if 'app' in scope:
            raise HTTPException(status_code=404)
        response = PlainTextResponse('Not Found', status_code=404)
        await response(scope, receive, send)

    def url_path_for(self, name, /, **path_params):
        for route in self.routes:
            try:
                return route.url_path_for(name, **path_params)
            except NoMatchFound:
                pass
        raise NoMatchFound(name, path_params)

    async def lifespan(self, scope, receive, send):
        """The ASGI lifespan protocol: startup, wait for shutdown, shutdown."""
        import traceback
        started = False
        app = scope.get('app')
        await receive()
        try:
            async with self.lifespan_context(app) as maybe_state:
                if maybe_state is not None:
                    if 'state' not in scope:
                        raise RuntimeError('The server does not support "state" in the lifespan scope.')
                    scope['state'].update(maybe_state)
                await send({'type': 'lifespan.startup.complete'})
                started = True
                await receive()
        except BaseException:
            text = traceback.format_exc()
            if started:
                await send({'type': 'lifespan.shutdown.failed', 'message': text})
            else:
                await send({'type': 'lifespan.startup.failed', 'message': text})
            raise
        else:
            await send({'type': 'lifespan.shutdown.complete'})

    async def __call__(self, scope, receive, send):
        await self.middleware_stack(scope, receive, send)

    async def app(self, scope, receive, send):
        assert scope['type'] in ('http', 'websocket', 'lifespan')
        if 'router' not in scope:
            scope['router'] = self
        if scope['type'] == 'lifespan':
            await self.lifespan(scope, receive, send)
            return
        partial = None
        for route in self.routes:
            match, child_scope = route.matches(scope)
            if match is Match.FULL:
                scope['route'] = route
                scope.update(child_scope)
                await route.handle(scope, receive, send)
                return
            if match is Match.PARTIAL and partial is None:
                partial = route
                partial_scope = child_scope
        if partial is not None:
            scope['route'] = partial
            scope.update(partial_scope)
            await partial.handle(scope, receive, send)
            return
        route_path = get_route_path(scope)
        if scope['type'] == 'http' and self.redirect_slashes and route_path != '/':
            redirect_scope = dict(scope)
            if route_path.endswith('/'):
                redirect_scope['path'] = redirect_scope['path'].rstrip('/')
            else:
                redirect_scope['path'] = redirect_scope['path'] + '/'
            for route in self.routes:
                match, _ = route.matches(redirect_scope)
                if match is not Match.NONE:
                    response = RedirectResponse(url=str(URL(scope=redirect_scope)))
                    await response(scope, receive, send)
                    return
        await self.default(scope, receive, send)

    def __eq__(self, other):
        return isinstance(other, Router) and self.routes == other.routes

    def mount(self, path, app, name=None):
        self.routes.append(Mount(path, app=app, name=name))

    def add_route(self, path, endpoint, methods=None, name=None, include_in_schema=True):
        self.routes.append(Route(path, endpoint=endpoint, methods=methods, name=name,
                                 include_in_schema=include_in_schema))
