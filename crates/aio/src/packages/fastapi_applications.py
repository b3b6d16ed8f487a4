# Loopscope's fastapi.applications: FastAPI, a Starlette app whose router is an
# APIRouter, with FastAPI's default exception handlers, `dependency_overrides`, and the
# decorators programs use: @app.get/post/..., @app.middleware("http"),
# @app.exception_handler, @app.on_event.

from starlette.applications import Starlette
from starlette.datastructures import State
from starlette.exceptions import HTTPException
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

from fastapi.exception_handlers import (http_exception_handler,
                                        request_validation_exception_handler,
                                        websocket_request_validation_exception_handler)
from fastapi.exceptions import RequestValidationError, WebSocketRequestValidationError
from fastapi.routing import APIRouter, Default, DefaultPlaceholder, _METHODS


class FastAPI(Starlette):
    def __init__(self, *, telemetry=None, debug=False, routes=None, title='FastAPI',
                 summary=None, description='', version='0.1.0', openapi_url='/openapi.json',
                 openapi_tags=None, servers=None, dependencies=None,
                 default_response_class=Default(JSONResponse), redirect_slashes=True,
                 docs_url='/docs', redoc_url='/redoc',
                 swagger_ui_oauth2_redirect_url='/docs/oauth2-redirect',
                 swagger_ui_init_oauth=None, middleware=None, exception_handlers=None,
                 on_startup=None, on_shutdown=None, lifespan=None, terms_of_service=None,
                 contact=None, license_info=None, openapi_prefix='', root_path='',
                 root_path_in_servers=True, responses=None, callbacks=None, webhooks=None,
                 deprecated=None, include_in_schema=True, swagger_ui_parameters=None,
                 generate_unique_id_function=None, separate_input_output_schemas=True,
                 openapi_external_docs=None, strict_content_type=True, **extra):
        self.debug = debug
        self.title = title
        self.summary = summary
        self.description = description
        self.version = version
        self.openapi_url = openapi_url
        self.docs_url = docs_url
        self.redoc_url = redoc_url
        self.root_path = root_path
        self.extra = extra
        self.dependency_overrides = {}
        self.state = State()
        self.openapi_schema = None
        self.router = APIRouter(
            routes=routes, redirect_slashes=redirect_slashes,
            dependency_overrides_provider=self, on_startup=on_startup,
            on_shutdown=on_shutdown, lifespan=lifespan,
            default_response_class=default_response_class, dependencies=dependencies,
            callbacks=callbacks, deprecated=deprecated, include_in_schema=include_in_schema,
            responses=responses)
        self.exception_handlers = {} if exception_handlers is None else dict(exception_handlers)
        self.exception_handlers.setdefault(HTTPException, http_exception_handler)
        self.exception_handlers.setdefault(RequestValidationError,
                                           request_validation_exception_handler)
        self.exception_handlers.setdefault(WebSocketRequestValidationError,
                                           websocket_request_validation_exception_handler)
        self.user_middleware = [] if middleware is None else list(middleware)
        self.middleware_stack = None

    def openapi(self):
        raise NotImplementedError("Loopscope's FastAPI does not build OpenAPI schemas yet")

    async def __call__(self, scope, receive, send):
        if self.root_path:
            scope['root_path'] = self.root_path
        await super().__call__(scope, receive, send)

    def add_api_route(self, path, endpoint, **kwargs):
        self.router.add_api_route(path, endpoint, **kwargs)

    def api_route(self, path, **kwargs):
        return self.router.api_route(path, **kwargs)

    def include_router(self, router, **kwargs):
        self.router.include_router(router, **kwargs)

    def on_event(self, event_type):
        return self.router.on_event(event_type)

    def middleware(self, middleware_type):
        def decorator(func):
            self.add_middleware(BaseHTTPMiddleware, dispatch=func)
            return func
        return decorator

    def exception_handler(self, exc_class_or_status_code):
        def decorator(func):
            self.add_exception_handler(exc_class_or_status_code, func)
            return func
        return decorator


def _method_decorator(method):
    def decorator_factory(self, path, **kwargs):
        return self.router.api_route(path, methods=[method.upper()], **kwargs)
    decorator_factory.__name__ = method
    return decorator_factory


for _method in _METHODS:
    setattr(FastAPI, _method, _method_decorator(_method))
del _method
