# Loopscope's fastapi.routing: APIRoute and APIRouter. A route reads its endpoint's
# signature once (`_Dependant`): which parameters come from the path, the query, headers,
# cookies or the body, which are dependencies (`Depends`, solved recursively, once per
# request each, generators torn down after the response), and which are the Request,
# the Response or the BackgroundTasks. Per request it validates every value with pydantic
# (all errors at once, as a 422), calls the endpoint — `async def` on the loop, `def` in
# the thread pool — and turns the result into JSON through the response model.

import contextlib
import dataclasses
import enum
import inspect
import json
import typing

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined
from starlette import routing as _routing
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.middleware.exceptions import wrap_app_handling_exceptions
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, Response

from fastapi import params
from fastapi.background import BackgroundTasks
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError, ResponseValidationError


class DefaultPlaceholder:
    """A default the user did not choose (so a router's own default may replace it)."""

    def __init__(self, value):
        self.value = value

    def __bool__(self):
        return bool(self.value)

    def __eq__(self, other):
        return isinstance(other, DefaultPlaceholder) and other.value == self.value


def Default(value):
    return DefaultPlaceholder(value)


_SEQUENCES = (list, set, frozenset, tuple)


def _is_scalar(annotation):
    """Whether a parameter of this type comes from the query string by default (rather
    than the body): anything but models, mappings and sequences."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _is_scalar(typing.get_args(annotation)[0])
    if origin in (typing.Union, getattr(__import__('types'), 'UnionType', None)):
        return all(_is_scalar(arg) for arg in typing.get_args(annotation)
                   if arg is not type(None))
    if origin is typing.Literal:
        return True
    if origin is not None:
        return False
    if annotation is inspect.Parameter.empty or annotation is typing.Any:
        return True
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel) or issubclass(annotation, (dict,) + _SEQUENCES):
            return False
        if dataclasses.is_dataclass(annotation):
            return False
    return True


def _is_sequence(annotation):
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _is_sequence(typing.get_args(annotation)[0])
    if origin in (typing.Union, getattr(__import__('types'), 'UnionType', None)):
        return any(_is_sequence(arg) for arg in typing.get_args(annotation)
                   if arg is not type(None))
    if origin in _SEQUENCES:
        return True
    return isinstance(annotation, type) and issubclass(annotation, _SEQUENCES)


@dataclasses.dataclass
class _Field:
    """One parameter that comes from the request."""
    name: str
    kind: str            # 'path', 'query', 'header', 'cookie' or 'body'
    alias: str
    annotation: object
    info: object         # the FieldInfo (params.Query(...), ...) or None
    default: object
    required: bool
    embed: bool = False
    _adapter: object = None

    def adapter(self):
        if self._adapter is None:
            tp = self.annotation
            if tp is inspect.Parameter.empty:
                tp = typing.Any
            if self.info is not None and getattr(self.info, 'metadata', None):
                tp = typing.Annotated[tp, FieldInfo(metadata=list(self.info.metadata))]
            self._adapter = TypeAdapter(tp)
        return self._adapter


class _Dependant:
    def __init__(self, call, path_names, name=None, use_cache=True, scope=None):
        self.call = call
        self.name = name
        self.use_cache = use_cache
        self.scope = scope
        self.fields = []
        self.dependencies = []
        self.request_name = None
        self.response_name = None
        self.background_name = None
        self.connection_names = []
        self._read(call, path_names)

    @property
    def body_fields(self):
        return [f for f in self.fields if f.kind == 'body']

    def _read(self, call, path_names):
        if call is None:
            return
        try:
            signature = inspect.signature(call)
        except ValueError:
            return
        try:
            target = call if inspect.isroutine(call) else getattr(call, '__call__', call)
            if inspect.isclass(call):
                target = call.__init__
            hints = typing.get_type_hints(target, include_extras=True)
        except Exception:
            hints = {}
        for name, param in signature.parameters.items():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            annotation = hints.get(name, param.annotation)
            default = param.default
            info = None
            depends = None
            if typing.get_origin(annotation) is typing.Annotated:
                base, *metadata = typing.get_args(annotation)
                for item in metadata:
                    if isinstance(item, params.Depends):
                        depends = item
                    elif isinstance(item, FieldInfo):
                        info = item
                annotation = base
            if isinstance(default, params.Depends):
                depends = default
            elif isinstance(default, FieldInfo):
                info = default
            if depends is not None:
                dependency = depends.dependency if depends.dependency is not None else annotation
                self.dependencies.append(_Dependant(dependency, path_names, name=name,
                                                    use_cache=depends.use_cache,
                                                    scope=depends.scope))
                continue
            if isinstance(annotation, type):
                if issubclass(annotation, Request) or annotation is HTTPConnection:
                    self.request_name = name
                    continue
                if issubclass(annotation, Response):
                    self.response_name = name
                    continue
                if issubclass(annotation, BackgroundTasks) or annotation.__name__ == 'BackgroundTasks':
                    self.background_name = name
                    continue
            if info is not None and getattr(info, 'in_', None) is not None:
                kind = info.in_
            elif name in path_names:
                kind = 'path'
            elif _is_scalar(annotation):
                kind = 'query'
            else:
                kind = 'body'
            if info is not None:
                value = info.default
                if info.default_factory is not None:
                    value = info.default_factory()
                if (value is PydanticUndefined and default is not info
                        and default is not inspect.Parameter.empty):
                    value = default
                required = value is PydanticUndefined
            else:
                value = default
                required = default is inspect.Parameter.empty
            if kind == 'path':
                required = True
            alias = info.alias if info is not None and info.alias else name
            if kind == 'header' and (info is None or info.convert_underscores) and (
                    info is None or not info.alias):
                alias = name.replace('_', '-')
            embed = bool(getattr(info, 'embed', False))
            self.fields.append(_Field(name, kind, alias, annotation, info, value, required,
                                      embed))


def _error(kind, loc, msg, value, ctx=None):
    error = {'type': kind, 'loc': loc, 'msg': msg, 'input': value}
    if ctx is not None:
        error['ctx'] = ctx
    return error


def _validate(field, value, loc, errors):
    try:
        return field.adapter().validate_python(value, from_attributes=True)
    except ValidationError as e:
        for err in e.errors(include_url=False):
            err = dict(err)
            err['loc'] = loc + tuple(err['loc'])
            errors.append(err)
        return None


def _request_value(field, request):
    if field.kind == 'path':
        return request.path_params.get(field.alias, PydanticUndefined)
    if field.kind == 'query':
        source = request.query_params
    elif field.kind == 'header':
        source = request.headers
    else:
        return request.cookies.get(field.alias, PydanticUndefined)
    if _is_sequence(field.annotation):
        values = source.getlist(field.alias.lower() if field.kind == 'header' else field.alias)
        return values if values else PydanticUndefined
    key = field.alias.lower() if field.kind == 'header' else field.alias
    return source.get(key, PydanticUndefined)


def _take(field, value, loc, values, errors):
    """Puts a field's value, validated, in `values` — or its default when the request has
    none, or a `missing` error when it is required."""
    if value is PydanticUndefined:
        if field.required:
            errors.append(_error('missing', loc, 'Field required', None))
        else:
            values[field.name] = _copy_default(field.default)
        return
    values[field.name] = _validate(field, value, loc, errors)


def _copy_default(value):
    import copy
    try:
        return copy.deepcopy(value)
    except Exception:
        return value


class _Solver:
    """One request's dependency solving: values, errors, the cache, the exit stack."""

    def __init__(self, request, body, stack, overrides, background, response):
        self.request = request
        self.body = body
        self.stack = stack
        self.overrides = overrides
        self.background = background
        self.response = response
        self.cache = {}

    async def solve(self, dependant):
        values = {}
        errors = []
        for sub in dependant.dependencies:
            call = sub.call
            if self.overrides and call in self.overrides:
                call = self.overrides[call]
                sub = _Dependant(call, set(self.request.path_params), name=sub.name,
                                 use_cache=sub.use_cache, scope=sub.scope)
            sub_values, sub_errors = await self.solve(sub)
            if sub_errors:
                errors.extend(sub_errors)
                continue
            key = call
            if sub.use_cache and key in self.cache:
                result = self.cache[key]
            else:
                result = await self._call(call, sub_values)
                if sub.use_cache:
                    self.cache[key] = result
            values[sub.name] = result
        for kind in ('path', 'query', 'header', 'cookie'):
            for field in dependant.fields:
                if field.kind != kind:
                    continue
                _take(field, _request_value(field, self.request), (field.kind, field.alias),
                      values, errors)
        body_fields = dependant.body_fields
        if body_fields:
            self._solve_body(body_fields, values, errors)
        if dependant.request_name:
            values[dependant.request_name] = self.request
        if dependant.response_name:
            values[dependant.response_name] = self.response
        if dependant.background_name:
            values[dependant.background_name] = self.background
        return values, errors

    def _solve_body(self, fields, values, errors):
        body = self.body
        if any(isinstance(f.info, params.Form) for f in fields):
            self._solve_form(fields, values, errors)
            return
        single = len(fields) == 1 and not fields[0].embed
        for field in fields:
            if single:
                loc = ('body',)
                value = PydanticUndefined if body is None else body
            else:
                loc = ('body', field.alias)
                if isinstance(body, dict) and field.alias in body:
                    value = body[field.alias]
                else:
                    value = PydanticUndefined
            _take(field, value, loc, values, errors)

    def _solve_form(self, fields, values, errors):
        """Form fields, each by its name; an empty value counts as missing."""
        form = self.body if isinstance(self.body, QueryParams) else QueryParams('')
        for field in fields:
            loc = ('body', field.alias)
            if _is_sequence(field.annotation):
                value = form.getlist(field.alias) or PydanticUndefined
            else:
                value = form.get(field.alias, PydanticUndefined)
                if value == '':
                    value = PydanticUndefined
            _take(field, value, loc, values, errors)

    async def _call(self, call, values):
        if inspect.isasyncgenfunction(call) or inspect.isasyncgenfunction(
                getattr(call, '__call__', None)):
            manager = contextlib.asynccontextmanager(call)(**values)
            return await self.stack.enter_async_context(manager)
        if inspect.isgeneratorfunction(call) or inspect.isgeneratorfunction(
                getattr(call, '__call__', None)):
            manager = contextlib.contextmanager(call)(**values)
            return await self.stack.enter_async_context(_ThreadedContext(manager))
        if inspect.iscoroutinefunction(call) or inspect.iscoroutinefunction(
                getattr(call, '__call__', None)):
            return await call(**values)
        return await run_in_threadpool(call, **values)


class _ThreadedContext:
    """A sync context manager (a `def` dependency with yield) entered and exited in the
    thread pool, as FastAPI does."""

    def __init__(self, manager):
        self.manager = manager

    async def __aenter__(self):
        return await run_in_threadpool(self.manager.__enter__)

    async def __aexit__(self, exc_type, exc, tb):
        return await run_in_threadpool(self.manager.__exit__, exc_type, exc, tb)


async def _read_body(request, dependant):
    if not dependant_has_body(dependant):
        return None
    raw = await request.body()
    if not raw:
        return None
    content_type = request.headers.get('content-type')
    main = (content_type or '').split(';')[0].strip().lower()
    if main == 'application/x-www-form-urlencoded':
        return QueryParams(raw.decode('latin-1'))
    if main == 'multipart/form-data':
        raise NotImplementedError("Loopscope's FastAPI reads urlencoded forms, not multipart ones yet")
    if content_type is None or _is_json(content_type):
        try:
            return json.loads(raw)
        except json.JSONDecodeError as e:
            raise RequestValidationError(
                [_error('json_invalid', ('body', e.pos), 'JSON decode error', {},
                        {'error': e.msg})], body=e.doc)
    return raw


def _is_json(content_type):
    main = content_type.split(';')[0].strip().lower()
    return main == 'application/json' or (main.startswith('application/') and main.endswith('+json'))


def dependant_has_body(dependant):
    if dependant.body_fields:
        return True
    return any(dependant_has_body(sub) for sub in dependant.dependencies)


def _all_body_fields(dependant):
    fields = list(dependant.body_fields)
    for sub in dependant.dependencies:
        fields.extend(_all_body_fields(sub))
    return fields


def _returns_response(annotation):
    return isinstance(annotation, type) and issubclass(annotation, Response)


def _body_allowed(status_code):
    if status_code is None:
        return True
    return not (status_code < 200 or status_code in (204, 205, 304))


class APIRoute(_routing.Route):
    def __init__(self, path, endpoint, *, response_model=Default(None), status_code=None,
                 tags=None, dependencies=None, summary=None, description=None,
                 response_description='Successful Response', responses=None,
                 deprecated=None, name=None, methods=None, operation_id=None,
                 response_model_include=None, response_model_exclude=None,
                 response_model_by_alias=True, response_model_exclude_unset=False,
                 response_model_exclude_defaults=False, response_model_exclude_none=False,
                 include_in_schema=True, response_class=Default(JSONResponse),
                 dependency_overrides_provider=None, callbacks=None, openapi_extra=None,
                 generate_unique_id_function=None, strict_content_type=None):
        self.path = path
        self.endpoint = endpoint
        if isinstance(response_model, DefaultPlaceholder):
            try:
                annotation = typing.get_type_hints(endpoint).get('return', None)
            except Exception:
                annotation = inspect.signature(endpoint).return_annotation
                if annotation is inspect.Signature.empty:
                    annotation = None
            response_model = None if _returns_response(annotation) else annotation
        if response_model is type(None):
            response_model = None
        self.response_model = response_model
        self.summary = summary
        self.response_description = response_description
        self.deprecated = deprecated
        self.operation_id = operation_id
        self.response_model_include = response_model_include
        self.response_model_exclude = response_model_exclude
        self.response_model_by_alias = response_model_by_alias
        self.response_model_exclude_unset = response_model_exclude_unset
        self.response_model_exclude_defaults = response_model_exclude_defaults
        self.response_model_exclude_none = response_model_exclude_none
        self.include_in_schema = include_in_schema
        self.response_class = response_class
        self.dependency_overrides_provider = dependency_overrides_provider
        self.callbacks = callbacks
        self.openapi_extra = openapi_extra
        self.name = _routing._endpoint_name(endpoint) if name is None else name
        self.tags = tags or []
        self.responses = responses or {}
        self.description = description or inspect.cleandoc(endpoint.__doc__ or '')
        if methods is None:
            methods = ['GET']
        self.methods = {method.upper() for method in methods}
        self.status_code = status_code
        self.pieces, self.path_format, self.param_convertors = _routing.compile_path(path)
        path_names = set(self.param_convertors)
        self.dependant = _Dependant(endpoint, path_names)
        self.dependencies = list(dependencies or [])
        for depends in reversed(self.dependencies):
            self.dependant.dependencies.insert(
                0, _Dependant(depends.dependency, path_names, name=None,
                              use_cache=depends.use_cache, scope=depends.scope))
        self._response_adapter = None
        self.app = self._app

    async def _app(self, scope, receive, send):
        request = Request(scope, receive, send)

        async def answer(scope, receive, send):
            async with contextlib.AsyncExitStack() as stack:
                response = await self._answer(request, stack)
                await response(scope, receive, send)

        await wrap_app_handling_exceptions(answer, request)(scope, receive, send)

    def _overrides(self, request):
        provider = self.dependency_overrides_provider
        if provider is None:
            app = request.scope.get('app')
            provider = app if hasattr(app, 'dependency_overrides') else None
        return getattr(provider, 'dependency_overrides', None) or {}

    async def _answer(self, request, stack):
        body = await _read_body(request, self.dependant)
        background = BackgroundTasks()
        sub_response = Response()
        del sub_response.headers['content-length']
        sub_response.status_code = None
        solver = _Solver(request, body, stack, self._overrides(request), background,
                         sub_response)
        values, errors = await solver.solve(self.dependant)
        # Dependencies listed on the route run for their effect only.
        values.pop(None, None)
        if errors:
            raise RequestValidationError(errors, body=body)
        endpoint = self.endpoint
        if inspect.iscoroutinefunction(endpoint):
            result = await endpoint(**values)
        else:
            result = await run_in_threadpool(endpoint, **values)
        if isinstance(result, Response):
            if result.background is None:
                result.background = background
            result.raw_headers.extend(sub_response.headers.raw)
            return result
        content = self._serialize(result)
        # A status set on the Response parameter wins over the decorator's.
        status_code = sub_response.status_code or self.status_code
        response_class = self.response_class
        if isinstance(response_class, DefaultPlaceholder):
            response_class = response_class.value
        kwargs = {'background': background}
        if status_code is not None:
            kwargs['status_code'] = status_code
        response = response_class(content, **kwargs)
        if not _body_allowed(response.status_code):
            response.body = b''
            response.raw_headers = [(k, v) for k, v in response.raw_headers
                                    if k != b'content-length']
        response.raw_headers.extend(sub_response.headers.raw)
        return response

    def _prepare(self, value):
        """Models (also inside lists and dicts) as dicts, for the response model to
        validate afresh."""
        if isinstance(value, BaseModel):
            return value.model_dump(by_alias=True,
                                    exclude_unset=self.response_model_exclude_unset,
                                    exclude_defaults=self.response_model_exclude_defaults,
                                    exclude_none=self.response_model_exclude_none)
        if isinstance(value, list):
            return [self._prepare(item) for item in value]
        if isinstance(value, dict):
            return {key: self._prepare(item) for key, item in value.items()}
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.asdict(value)
        return value

    def _serialize(self, result):
        if self.response_model is None:
            return jsonable_encoder(result)
        if self._response_adapter is None:
            self._response_adapter = TypeAdapter(self.response_model)
        value = self._prepare(result)
        try:
            validated = self._response_adapter.validate_python(value, from_attributes=True)
        except ValidationError as e:
            errors = []
            for err in e.errors(include_url=False):
                err = dict(err)
                err['loc'] = ('response',) + tuple(err['loc'])
                errors.append(err)
            raise ResponseValidationError(errors, body=result)
        if isinstance(validated, BaseModel):
            data = validated.model_dump(
                mode='json', include=self.response_model_include,
                exclude=self.response_model_exclude, by_alias=self.response_model_by_alias,
                exclude_unset=self.response_model_exclude_unset,
                exclude_defaults=self.response_model_exclude_defaults,
                exclude_none=self.response_model_exclude_none)
            return data
        dumped = self._response_adapter.dump_python(validated, mode='json')
        include, exclude = self.response_model_include, self.response_model_exclude
        if isinstance(dumped, list) and (include is not None or exclude is not None):
            # As pydantic's serializer: on a list, include and exclude name indices.
            dumped = [item for i, item in enumerate(dumped)
                      if (include is None or i in include) and not (exclude and i in exclude)]
            include = exclude = None
        return jsonable_encoder(dumped, include=include, exclude=exclude,
                                exclude_none=self.response_model_exclude_none)


_METHODS = ('get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace')


class APIRouter(_routing.Router):
    def __init__(self, *, prefix='', tags=None, dependencies=None,
                 default_response_class=Default(JSONResponse), responses=None, callbacks=None,
                 routes=None, redirect_slashes=True, default=None,
                 dependency_overrides_provider=None, route_class=APIRoute, on_startup=None,
                 on_shutdown=None, lifespan=None, deprecated=None, include_in_schema=True,
                 generate_unique_id_function=None, strict_content_type=None):
        super().__init__(routes=routes, redirect_slashes=redirect_slashes, default=default,
                         lifespan=lifespan)
        if prefix:
            assert prefix.startswith('/'), "A path prefix must start with '/'"
            assert not prefix.endswith('/'), "A path prefix must not end with '/', as the routes will start with '/'"
        self.prefix = prefix
        self.tags = list(tags or [])
        self.dependencies = list(dependencies or [])
        self.deprecated = deprecated
        self.include_in_schema = include_in_schema
        self.responses = responses or {}
        self.callbacks = callbacks or []
        self.dependency_overrides_provider = dependency_overrides_provider
        self.route_class = route_class
        self.default_response_class = default_response_class
        self.on_startup = list(on_startup or [])
        self.on_shutdown = list(on_shutdown or [])
        if lifespan is None and (self.on_startup or self.on_shutdown):
            self.lifespan_context = _EventLifespan(self)

    def add_api_route(self, path, endpoint, *, response_model=Default(None), status_code=None,
                      tags=None, dependencies=None, summary=None, description=None,
                      response_description='Successful Response', responses=None,
                      deprecated=None, methods=None, operation_id=None,
                      response_model_include=None, response_model_exclude=None,
                      response_model_by_alias=True, response_model_exclude_unset=False,
                      response_model_exclude_defaults=False,
                      response_model_exclude_none=False, include_in_schema=True,
                      response_class=Default(JSONResponse), name=None, route_class_override=None,
                      callbacks=None, openapi_extra=None, generate_unique_id_function=None):
        route_class = route_class_override or self.route_class
        if isinstance(response_class, DefaultPlaceholder) and not isinstance(
                self.default_response_class, DefaultPlaceholder):
            response_class = self.default_response_class
        route = route_class(
            self.prefix + path, endpoint=endpoint, response_model=response_model,
            status_code=status_code, tags=self.tags + list(tags or []),
            dependencies=self.dependencies + list(dependencies or []), summary=summary,
            description=description, response_description=response_description,
            responses={**self.responses, **(responses or {})},
            deprecated=deprecated or self.deprecated, methods=methods,
            operation_id=operation_id, response_model_include=response_model_include,
            response_model_exclude=response_model_exclude,
            response_model_by_alias=response_model_by_alias,
            response_model_exclude_unset=response_model_exclude_unset,
            response_model_exclude_defaults=response_model_exclude_defaults,
            response_model_exclude_none=response_model_exclude_none,
            include_in_schema=include_in_schema and self.include_in_schema,
            response_class=response_class, name=name,
            dependency_overrides_provider=self.dependency_overrides_provider,
            callbacks=callbacks, openapi_extra=openapi_extra)
        self.routes.append(route)

    def api_route(self, path, **kwargs):
        def decorator(func):
            self.add_api_route(path, func, **kwargs)
            return func
        return decorator

    def include_router(self, router, *, prefix='', tags=None, dependencies=None,
                       default_response_class=Default(JSONResponse), responses=None,
                       callbacks=None, deprecated=None, include_in_schema=True,
                       generate_unique_id_function=None):
        if prefix:
            assert prefix.startswith('/'), "A path prefix must start with '/'"
            assert not prefix.endswith('/'), "A path prefix must not end with '/', as the routes will start with '/'"
        for route in router.routes:
            if isinstance(route, APIRoute):
                use_class = route.response_class
                if isinstance(use_class, DefaultPlaceholder) and not isinstance(
                        default_response_class, DefaultPlaceholder):
                    use_class = default_response_class
                self.add_api_route(
                    prefix + route.path, route.endpoint, response_model=route.response_model,
                    status_code=route.status_code,
                    tags=list(tags or []) + list(route.tags),
                    dependencies=list(dependencies or []) + list(route.dependencies),
                    summary=route.summary, description=route.description,
                    response_description=route.response_description,
                    responses={**(responses or {}), **route.responses},
                    deprecated=route.deprecated or deprecated,
                    methods=route.methods, operation_id=route.operation_id,
                    response_model_include=route.response_model_include,
                    response_model_exclude=route.response_model_exclude,
                    response_model_by_alias=route.response_model_by_alias,
                    response_model_exclude_unset=route.response_model_exclude_unset,
                    response_model_exclude_defaults=route.response_model_exclude_defaults,
                    response_model_exclude_none=route.response_model_exclude_none,
                    include_in_schema=route.include_in_schema and include_in_schema,
                    response_class=use_class, name=route.name,
                    route_class_override=type(route), callbacks=route.callbacks,
                    openapi_extra=route.openapi_extra)
            elif isinstance(route, _routing.Route):
                methods = list(route.methods or [])
                self.add_route(prefix + route.path, route.endpoint, methods=methods,
                               include_in_schema=route.include_in_schema, name=route.name)
            elif isinstance(route, _routing.Mount):
                self.routes.append(_routing.Mount(prefix + route.path, app=route.app,
                                                  name=route.name))
        self.on_startup.extend(getattr(router, 'on_startup', []))
        self.on_shutdown.extend(getattr(router, 'on_shutdown', []))
        if (self.on_startup or self.on_shutdown) and isinstance(
                self.lifespan_context, _routing._DefaultLifespan):
            self.lifespan_context = _EventLifespan(self)

    def add_event_handler(self, event_type, func):
        assert event_type in ('startup', 'shutdown')
        (self.on_startup if event_type == 'startup' else self.on_shutdown).append(func)
        if isinstance(self.lifespan_context, _routing._DefaultLifespan):
            self.lifespan_context = _EventLifespan(self)

    def on_event(self, event_type):
        def decorator(func):
            self.add_event_handler(event_type, func)
            return func
        return decorator


def _method_decorator(method):
    def decorator_factory(self, path, **kwargs):
        return self.api_route(path, methods=[method.upper()], **kwargs)
    decorator_factory.__name__ = method
    return decorator_factory


for _method in _METHODS:
    setattr(APIRouter, _method, _method_decorator(_method))
del _method


class _EventLifespan:
    """The lifespan of a router with on_startup / on_shutdown handlers."""

    def __init__(self, router):
        self.router = router

    def __call__(self, app):
        return self

    async def __aenter__(self):
        for handler in self.router.on_startup:
            if inspect.iscoroutinefunction(handler):
                await handler()
            else:
                handler()

    async def __aexit__(self, *exc_info):
        for handler in self.router.on_shutdown:
            if inspect.iscoroutinefunction(handler):
                await handler()
            else:
                handler()
