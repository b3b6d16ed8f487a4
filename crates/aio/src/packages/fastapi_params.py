# Loopscope's fastapi.params and fastapi.param_functions: where a parameter comes from —
# Path, Query, Header, Cookie, Body, Form — with its default, alias and constraints
# (pydantic FieldInfo subclasses, as in FastAPI), and Depends / Security.

from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

_CONSTRAINTS = ('gt', 'ge', 'lt', 'le', 'multiple_of', 'min_length', 'max_length', 'pattern')


class Param(FieldInfo):
    in_ = None

    def __init__(self, default=PydanticUndefined, *, default_factory=None, alias=None,
                 title=None, description=None, gt=None, ge=None, lt=None, le=None,
                 min_length=None, max_length=None, pattern=None, regex=None,
                 multiple_of=None, examples=None, deprecated=None, include_in_schema=True,
                 convert_underscores=True, embed=None, media_type='application/json',
                 json_schema_extra=None, **extra):
        if default is ...:
            default = PydanticUndefined
        self.include_in_schema = include_in_schema
        self.deprecated = deprecated
        self.convert_underscores = convert_underscores
        self.embed = embed
        self.media_type = media_type
        kwargs = dict(default_factory=default_factory, alias=alias, title=title,
                      description=description, gt=gt, ge=ge, lt=lt, le=le,
                      min_length=min_length, max_length=max_length,
                      pattern=pattern if pattern is not None else regex,
                      multiple_of=multiple_of, examples=examples,
                      json_schema_extra=json_schema_extra)
        super().__init__(default, **{k: v for k, v in kwargs.items() if v is not None})

    def __repr__(self):
        return f'{self.__class__.__name__}({self.default!r})'


class Path(Param):
    in_ = 'path'

    def __init__(self, default=..., **kwargs):
        assert default is ..., 'Path parameters cannot have a default value'
        super().__init__(default, **kwargs)


class Query(Param):
    in_ = 'query'


class Header(Param):
    in_ = 'header'


class Cookie(Param):
    in_ = 'cookie'


class Body(Param):
    in_ = 'body'


class Form(Body):
    def __init__(self, default=PydanticUndefined, *, media_type='application/x-www-form-urlencoded',
                 **kwargs):
        super().__init__(default, media_type=media_type, **kwargs)


class File(Form):
    def __init__(self, default=PydanticUndefined, *, media_type='multipart/form-data', **kwargs):
        super().__init__(default, media_type=media_type, **kwargs)


class Depends:
    def __init__(self, dependency=None, *, use_cache=True, scope=None):
        self.dependency = dependency
        self.use_cache = use_cache
        self.scope = scope

    def __repr__(self):
        attr = getattr(self.dependency, '__name__', type(self.dependency).__name__)
        cache = '' if self.use_cache else ', use_cache=False'
        return f'{self.__class__.__name__}({attr}{cache})'


class Security(Depends):
    def __init__(self, dependency=None, *, scopes=None, use_cache=True):
        super().__init__(dependency=dependency, use_cache=use_cache)
        self.scopes = list(scopes or [])
