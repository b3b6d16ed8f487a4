# Loopscope's starlette.datastructures: URL, Headers (case-insensitive, several values per
# name), MutableHeaders, QueryParams and the other multi-dicts, State and Address — what a
# request and a response are made of, behaving as Starlette's do.

from collections import namedtuple
from urllib.parse import urlsplit, urlencode, parse_qsl, SplitResult

Address = namedtuple('Address', ['host', 'port'])


class URL:
    """A URL, built from a string or from an ASGI scope, with its parts as attributes."""

    def __init__(self, url='', scope=None, **components):
        if scope is not None:
            scheme = scope.get('scheme', 'http')
            server = scope.get('server', None)
            path = scope['path']
            query_string = scope.get('query_string', b'')
            host_header = None
            for key, value in scope['headers']:
                if key == b'host':
                    host_header = value.decode('latin-1')
                    break
            if host_header is not None:
                url = f'{scheme}://{host_header}{path}'
            elif server is None:
                url = path
            else:
                host, port = server
                default_port = {'http': 80, 'https': 443, 'ws': 80, 'wss': 443}[scheme]
                if port == default_port:
                    url = f'{scheme}://{host}{path}'
                else:
                    url = f'{scheme}://{host}:{port}{path}'
            if query_string:
                url += '?' + query_string.decode()
        elif components:
            url = URL('').replace(**components).components.geturl()
        self._url = str(url)

    @property
    def components(self):
        if not hasattr(self, '_components'):
            self._components = urlsplit(self._url)
        return self._components

    scheme = property(lambda self: self.components.scheme)
    netloc = property(lambda self: self.components.netloc)
    path = property(lambda self: self.components.path)
    query = property(lambda self: self.components.query)
    fragment = property(lambda self: self.components.fragment)
    username = property(lambda self: self.components.username)
    password = property(lambda self: self.components.password)
    hostname = property(lambda self: self.components.hostname)
    port = property(lambda self: self.components.port)

    @property
    def is_secure(self):
        return self.scheme in ('https', 'wss')

    def replace(self, **kwargs):
        if ('username' in kwargs or 'password' in kwargs or 'hostname' in kwargs
                or 'port' in kwargs):
            hostname = kwargs.pop('hostname', None)
            port = kwargs.pop('port', self.port)
            username = kwargs.pop('username', self.username)
            password = kwargs.pop('password', self.password)
            if hostname is None:
                netloc = self.netloc
                _, _, hostname = netloc.rpartition('@')
                if hostname[-1] != ']':
                    hostname = hostname.rsplit(':', 1)[0]
            netloc = hostname
            if port is not None:
                netloc += f':{port}'
            if username is not None:
                userpass = username
                if password is not None:
                    userpass += f':{password}'
                netloc = f'{userpass}@{netloc}'
            kwargs['netloc'] = netloc
        components = self.components._replace(**kwargs)
        return self.__class__(components.geturl())

    def include_query_params(self, **kwargs):
        params = MultiDict(parse_qsl(self.query, keep_blank_values=True))
        params.update({str(key): str(value) for key, value in kwargs.items()})
        return self.replace(query=urlencode(params.multi_items()))

    def replace_query_params(self, **kwargs):
        return self.replace(query=urlencode([(str(k), str(v)) for k, v in kwargs.items()]))

    def remove_query_params(self, keys):
        if isinstance(keys, str):
            keys = [keys]
        params = MultiDict(parse_qsl(self.query, keep_blank_values=True))
        for key in keys:
            params.pop(key, None)
        return self.replace(query=urlencode(params.multi_items()))

    def __eq__(self, other):
        return str(self) == str(other)

    def __hash__(self):
        return hash(self._url)

    def __str__(self):
        return self._url

    def __repr__(self):
        url = str(self)
        if self.password:
            url = str(self.replace(password='********'))
        return f'{self.__class__.__name__}({url!r})'


class ImmutableMultiDict:
    """A mapping that keeps every value of a repeated key: `d[key]` is the last one,
    `d.getlist(key)` all of them, in order."""

    def __init__(self, *args, **kwargs):
        value = args[0] if args else []
        if kwargs:
            value = ImmutableMultiDict(value).multi_items() + ImmutableMultiDict(kwargs).multi_items()
        if not value:
            items = []
        elif hasattr(value, 'multi_items'):
            items = list(value.multi_items())
        elif hasattr(value, 'keys'):
            items = list(value.items())
        else:
            items = list(value)
        self._dict = {k: v for k, v in items}
        self._list = items

    def getlist(self, key):
        return [v for k, v in self._list if k == key]

    def keys(self):
        return self._dict.keys()

    def values(self):
        return self._dict.values()

    def items(self):
        return self._dict.items()

    def multi_items(self):
        return list(self._list)

    def get(self, key, default=None):
        return self._dict.get(key, default)

    def __getitem__(self, key):
        return self._dict[key]

    def __contains__(self, key):
        return key in self._dict

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._dict)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return False
        return sorted(self._list) == sorted(other._list)

    def __repr__(self):
        return f'{self.__class__.__name__}({self.multi_items()!r})'


class MultiDict(ImmutableMultiDict):
    def __setitem__(self, key, value):
        self.setlist(key, [value])

    def __delitem__(self, key):
        self._list = [(k, v) for k, v in self._list if k != key]
        del self._dict[key]

    def pop(self, key, default=None):
        self._list = [(k, v) for k, v in self._list if k != key]
        return self._dict.pop(key, default)

    def popitem(self):
        key, value = self._dict.popitem()
        self._list = [(k, v) for k, v in self._list if k != key]
        return key, value

    def poplist(self, key):
        values = [v for k, v in self._list if k == key]
        self.pop(key)
        return values

    def clear(self):
        self._dict.clear()
        self._list.clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self._dict[key] = default
            self._list.append((key, default))
        return self[key]

    def setlist(self, key, values):
        if not values:
            self.pop(key, None)
        else:
            existing = [(k, v) for k, v in self._list if k != key]
            self._list = existing + [(key, value) for value in values]
            self._dict[key] = values[-1]

    def append(self, key, value):
        self._list.append((key, value))
        self._dict[key] = value

    def update(self, *args, **kwargs):
        value = MultiDict(*args, **kwargs)
        existing = [(k, v) for k, v in self._list if k not in value.keys()]
        self._list = existing + value.multi_items()
        self._dict.update(value)


class QueryParams(ImmutableMultiDict):
    """A request's query string as a multi-dict; `str()` gives the string back."""

    def __init__(self, *args, **kwargs):
        value = args[0] if args else []
        if isinstance(value, str):
            super().__init__(parse_qsl(value, keep_blank_values=True), **kwargs)
        elif isinstance(value, bytes):
            super().__init__(parse_qsl(value.decode('latin-1'), keep_blank_values=True),
                             **kwargs)
        else:
            super().__init__(*args, **kwargs)
        self._list = [(str(k), str(v)) for k, v in self._list]
        self._dict = {str(k): str(v) for k, v in self._dict.items()}

    def __str__(self):
        return urlencode(self._list)

    def __repr__(self):
        return f'{self.__class__.__name__}({str(self)!r})'


class Headers:
    """Request or response headers: names compared case-insensitively, `h[name]` the first
    value, `h.getlist(name)` all; `raw` the (bytes, bytes) pairs an ASGI server uses."""

    def __init__(self, headers=None, raw=None, scope=None):
        self._list = []
        if headers is not None:
            if raw is not None:
                raise AssertionError('Cannot set both "headers" and "raw".')
            if scope is not None:
                raise AssertionError('Cannot set both "headers" and "scope".')
            self._list = [(key.lower().encode('latin-1'), value.encode('latin-1'))
                          for key, value in headers.items()]
        elif raw is not None:
            if scope is not None:
                raise AssertionError('Cannot set both "raw" and "scope".')
            self._list = raw
        elif scope is not None:
            self._list = scope['headers'] = list(scope['headers'])

    @property
    def raw(self):
        return list(self._list)

    def keys(self):
        return [key.decode('latin-1') for key, _ in self._list]

    def values(self):
        return [value.decode('latin-1') for _, value in self._list]

    def items(self):
        return [(key.decode('latin-1'), value.decode('latin-1')) for key, value in self._list]

    def getlist(self, key):
        wanted = key.lower().encode('latin-1')
        return [v.decode('latin-1') for k, v in self._list if k == wanted]

    def mutablecopy(self):
        return MutableHeaders(raw=self._list[:])

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __getitem__(self, key):
        wanted = key.lower().encode('latin-1')
        for k, v in self._list:
            if k == wanted:
                return v.decode('latin-1')
        raise KeyError(key)

    def __contains__(self, key):
        wanted = key.lower().encode('latin-1')
        return any(k == wanted for k, _ in self._list)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._list)

    def __eq__(self, other):
        if not isinstance(other, Headers):
            return False
        return sorted(self._list) == sorted(other._list)

    def __repr__(self):
        name = self.__class__.__name__
        as_dict = dict(self.items())
        if len(as_dict) == len(self):
            return f'{name}({as_dict!r})'
        return f'{name}(raw={self.raw!r})'


class MutableHeaders(Headers):
    def __setitem__(self, key, value):
        name = key.lower().encode('latin-1')
        encoded = value.encode('latin-1')
        found = [i for i, (k, _) in enumerate(self._list) if k == name]
        for i in reversed(found[1:]):
            del self._list[i]
        if found:
            self._list[found[0]] = (name, encoded)
        else:
            self._list.append((name, encoded))

    def __delitem__(self, key):
        name = key.lower().encode('latin-1')
        self._list[:] = [(k, v) for k, v in self._list if k != name]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        new = self.mutablecopy()
        new.update(other)
        return new

    @property
    def raw(self):
        return self._list

    def setdefault(self, key, value):
        name = key.lower().encode('latin-1')
        for k, v in self._list:
            if k == name:
                return v.decode('latin-1')
        self._list.append((name, value.encode('latin-1')))
        return value

    def update(self, other):
        for key, value in other.items():
            self[key] = value

    def append(self, key, value):
        self._list.append((key.lower().encode('latin-1'), value.encode('latin-1')))

    def add_vary_header(self, vary):
        existing = self.get('vary')
        if existing is not None:
            vary = ', '.join([existing, vary])
        self['vary'] = vary


class State:
    """An object to keep anything on, by attribute: `app.state.pool`, `request.state.user`."""

    def __init__(self, state=None):
        super().__setattr__('_state', {} if state is None else state)

    def __setattr__(self, key, value):
        self._state[key] = value

    def __getattr__(self, key):
        try:
            return self._state[key]
        except KeyError:
            raise AttributeError(f"'{self.__class__.__name__}' object has no attribute '{key}'")

    def __delattr__(self, key):
        del self._state[key]

    def __iter__(self):
        return iter(self._state)

    def __len__(self):
        return len(self._state)
