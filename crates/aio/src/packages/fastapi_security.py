# Loopscope's fastapi.security: the dependencies that read credentials from a request —
# OAuth2 bearer tokens, HTTP Bearer and Basic, API keys in a header, query or cookie —
# answering 401 "Not authenticated" with the scheme's WWW-Authenticate header when they
# are missing (or None with auto_error=False), and the OAuth2 password form.

import base64
import binascii
from typing import Annotated, Optional

from starlette.requests import Request

from fastapi.exceptions import HTTPException
from fastapi.params import Form


def _unauthorized(scheme):
    return HTTPException(status_code=401, detail='Not authenticated',
                         headers={'WWW-Authenticate': scheme})


def get_authorization_scheme_param(authorization_header_value):
    """`'Bearer abc'` as `('Bearer', 'abc')`; `('', '')` for nothing."""
    if not authorization_header_value:
        return '', ''
    scheme, _, param = authorization_header_value.partition(' ')
    return scheme, param


class SecurityBase:
    scheme_name = None


class HTTPAuthorizationCredentials:
    def __init__(self, scheme, credentials):
        self.scheme = scheme
        self.credentials = credentials

    def __repr__(self):
        return f'scheme={self.scheme!r} credentials={self.credentials!r}'


class HTTPBasicCredentials:
    def __init__(self, username, password):
        self.username = username
        self.password = password

    def __repr__(self):
        return f'username={self.username!r} password={self.password!r}'


class HTTPBearer(SecurityBase):
    def __init__(self, *, bearerFormat=None, scheme_name=None, description=None,
                 auto_error=True):
        self.scheme_name = scheme_name or self.__class__.__name__
        self.auto_error = auto_error

    async def __call__(self, request: Request):
        scheme, credentials = get_authorization_scheme_param(
            request.headers.get('Authorization'))
        if not (scheme and credentials) or scheme.lower() != 'bearer':
            if self.auto_error:
                raise _unauthorized('Bearer')
            return None
        return HTTPAuthorizationCredentials(scheme=scheme, credentials=credentials)


class HTTPBasic(SecurityBase):
    def __init__(self, *, scheme_name=None, realm=None, description=None, auto_error=True):
        self.scheme_name = scheme_name or self.__class__.__name__
        self.realm = realm
        self.auto_error = auto_error

    def _challenge(self):
        return f'Basic realm="{self.realm}"' if self.realm else 'Basic'

    async def __call__(self, request: Request):
        scheme, param = get_authorization_scheme_param(request.headers.get('Authorization'))
        if not scheme or scheme.lower() != 'basic':
            if self.auto_error:
                raise _unauthorized(self._challenge())
            return None
        try:
            data = base64.b64decode(param).decode('ascii')
        except (ValueError, UnicodeDecodeError, binascii.Error):
            raise _unauthorized(self._challenge())
        username, separator, password = data.partition(':')
        if not separator:
            raise _unauthorized(self._challenge())
        return HTTPBasicCredentials(username=username, password=password)


class OAuth2(SecurityBase):
    def __init__(self, *, flows=None, scheme_name=None, description=None, auto_error=True):
        self.scheme_name = scheme_name or self.__class__.__name__
        self.auto_error = auto_error

    async def __call__(self, request: Request):
        authorization = request.headers.get('Authorization')
        if not authorization:
            if self.auto_error:
                raise _unauthorized('Bearer')
            return None
        return authorization


class OAuth2PasswordBearer(OAuth2):
    def __init__(self, tokenUrl, scheme_name=None, scopes=None, description=None,
                 auto_error=True, refreshUrl=None):
        super().__init__(scheme_name=scheme_name, auto_error=auto_error)
        self.token_url = tokenUrl
        self.scopes = scopes or {}

    async def __call__(self, request: Request):
        scheme, param = get_authorization_scheme_param(request.headers.get('Authorization'))
        if not scheme or scheme.lower() != 'bearer':
            if self.auto_error:
                raise _unauthorized('Bearer')
            return None
        return param


class APIKeyBase(SecurityBase):
    where = None

    def __init__(self, *, name, scheme_name=None, description=None, auto_error=True):
        self.model_name = name
        self.scheme_name = scheme_name or self.__class__.__name__
        self.auto_error = auto_error

    def check(self, api_key):
        if not api_key:
            if self.auto_error:
                raise _unauthorized('APIKey')
            return None
        return api_key


class APIKeyHeader(APIKeyBase):
    async def __call__(self, request: Request):
        return self.check(request.headers.get(self.model_name))


class APIKeyQuery(APIKeyBase):
    async def __call__(self, request: Request):
        return self.check(request.query_params.get(self.model_name))


class APIKeyCookie(APIKeyBase):
    async def __call__(self, request: Request):
        return self.check(request.cookies.get(self.model_name))


class SecurityScopes:
    def __init__(self, scopes=None):
        self.scopes = list(scopes or [])
        self.scope_str = ' '.join(self.scopes)


class OAuth2PasswordRequestForm:
    """The form of OAuth2's password flow: username, password, scope (space-separated),
    grant_type "password" (optional), client_id and client_secret (optional)."""

    def __init__(self, *, grant_type: Annotated[Optional[str], Form(pattern='^password$')] = None,
                 username: Annotated[str, Form()], password: Annotated[str, Form()],
                 scope: Annotated[str, Form()] = '',
                 client_id: Annotated[Optional[str], Form()] = None,
                 client_secret: Annotated[Optional[str], Form()] = None):
        self.grant_type = grant_type
        self.username = username
        self.password = password
        self.scopes = scope.split()
        self.client_id = client_id
        self.client_secret = client_secret


class OAuth2PasswordRequestFormStrict(OAuth2PasswordRequestForm):
    def __init__(self, *, grant_type: Annotated[str, Form(pattern='^password$')],
                 username: Annotated[str, Form()], password: Annotated[str, Form()],
                 scope: Annotated[str, Form()] = '',
                 client_id: Annotated[Optional[str], Form()] = None,
                 client_secret: Annotated[Optional[str], Form()] = None):
        super().__init__(grant_type=grant_type, username=username, password=password,
                         scope=scope, client_id=client_id, client_secret=client_secret)
