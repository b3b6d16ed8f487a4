# Loopscope's requests: requests 2.31's get/post/... and Session over the runtime's
# network. Every request blocks the calling thread until the answer arrives — in the
# loop's thread that blocks the event loop (a blocked span in the trace), which is the
# lesson; `asyncio.to_thread(requests.get, url)` runs it on a virtual thread instead.

import json as _json
import _netcore
from _netcore import Headers as _Headers, Elapsed as _Elapsed
from requests.exceptions import (
    RequestException, HTTPError, ConnectionError, Timeout, ConnectTimeout, ReadTimeout,
    URLRequired, TooManyRedirects, MissingSchema, InvalidSchema, InvalidURL, InvalidHeader,
    JSONDecodeError, SSLError, ProxyError, ChunkedEncodingError, ContentDecodingError,
)
import requests.exceptions as exceptions

__version__ = '2.31.0'
__title__ = 'requests'


class CaseInsensitiveDict(_Headers):
    """A dict whose keys ignore case; it keeps the case they were set with."""

    def __init__(self, data=None, **kwargs):
        super().__init__()
        self.update(data or {}, **kwargs)

    def copy(self):
        return CaseInsensitiveDict(self.items())

    def lower_items(self):
        return [(k.lower(), v) for k, v in self.items()]


class _Codes:
    def __init__(self, names):
        for code, aliases in names.items():
            for name in aliases:
                setattr(self, name, code)
                setattr(self, name.upper(), code)

    def get(self, name, default=None):
        return getattr(self, name, default)

    def __getitem__(self, name):
        return getattr(self, name, None)

    def __repr__(self):
        return '<lookup \'status_codes\'>'


codes = _Codes({
    200: ('ok', 'okay', 'all_ok', 'all_okay', 'all_good'), 201: ('created',),
    202: ('accepted',), 204: ('no_content',), 301: ('moved_permanently', 'moved'),
    302: ('found',), 304: ('not_modified',), 400: ('bad_request', 'bad'),
    401: ('unauthorized',), 403: ('forbidden',), 404: ('not_found',),
    405: ('method_not_allowed', 'not_allowed'), 408: ('request_timeout', 'timeout'),
    418: ('im_a_teapot', 'teapot'), 429: ('too_many_requests', 'too_many'),
    500: ('internal_server_error', 'server_error'), 502: ('bad_gateway',),
    503: ('service_unavailable', 'unavailable'), 504: ('gateway_timeout',),
})


def default_headers():
    return CaseInsensitiveDict({'User-Agent': f'python-requests/{__version__}',
                                'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*',
                                'Connection': 'keep-alive'})


class PreparedRequest:
    def __init__(self, method, url, headers, body):
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body

    def __repr__(self):
        return f'<PreparedRequest [{self.method}]>'


class Response:
    def __init__(self):
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.elapsed = _Elapsed(0)
        self.request = None
        self._content = b''

    def __repr__(self):
        return f'<Response [{self.status_code}]>'

    def __bool__(self):
        return self.ok

    def __iter__(self):
        return self.iter_content(128)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return 'location' in self.headers and self.status_code in (301, 302, 303, 307, 308)

    @property
    def content(self):
        return self._content

    @property
    def apparent_encoding(self):
        try:
            self._content.decode('utf-8')
            return 'utf-8'
        except UnicodeDecodeError:
            return 'ISO-8859-1'

    @property
    def text(self):
        encoding = self.encoding or self.apparent_encoding
        return self._content.decode(encoding, 'replace')

    def json(self, **kwargs):
        try:
            return _json.loads(self.text, **kwargs)
        except _json.JSONDecodeError as e:
            raise JSONDecodeError(e.msg, e.doc, e.pos)

    def iter_content(self, chunk_size=1, decode_unicode=False):
        data = self._content
        size = chunk_size or len(data) or 1
        for i in range(0, len(data), size):
            chunk = data[i:i + size]
            yield chunk.decode(self.encoding or 'utf-8', 'replace') if decode_unicode else chunk

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        text = self._content.decode(self.encoding or 'utf-8', 'replace') if decode_unicode \
            else self._content
        parts = text.split(delimiter) if delimiter is not None else text.splitlines()
        for line in parts:
            yield line

    def raise_for_status(self):
        http_error_msg = ''
        reason = self.reason
        if 400 <= self.status_code < 500:
            http_error_msg = f'{self.status_code} Client Error: {reason} for url: {self.url}'
        elif 500 <= self.status_code < 600:
            http_error_msg = f'{self.status_code} Server Error: {reason} for url: {self.url}'
        if http_error_msg:
            raise HTTPError(http_error_msg, response=self)

    def close(self):
        pass


def _encoding_of(content_type):
    charset = _netcore.charset(content_type)
    if charset:
        return charset
    mime = _netcore.mimetype(content_type)
    if mime.startswith('text/'):
        return 'ISO-8859-1'
    if mime == 'application/json':
        return 'utf-8'
    return None


def _timeouts(timeout):
    if timeout is None:
        return (None, None, None)
    if isinstance(timeout, tuple):
        if len(timeout) != 2:
            raise ValueError(f'Timeout value connect was {timeout}, but it must be an int, '
                             'float or None.')
        return (timeout[0], timeout[1], None)
    return (timeout, timeout, None)


def _pool(parsed):
    kind = 'HTTPSConnectionPool' if parsed[0] == 'https' else 'HTTPConnectionPool'
    return f"{kind}(host='{parsed[1]}', port={parsed[2]})"


def _target(parsed):
    return parsed[3] + (f'?{parsed[4]}' if parsed[4] else '')


def _network_error(parsed, kind, detail, timeout, request):
    pool, target = _pool(parsed), _target(parsed)
    retries = f'{pool}: Max retries exceeded with url: {target}'
    if kind == 'dns':
        return ConnectionError(
            f'{retries} (Caused by NameResolutionError("Failed to resolve \'{parsed[1]}\' '
            '([Errno -2] Name or service not known)"))', request=request)
    if kind == 'refused':
        return ConnectionError(
            f"{retries} (Caused by NewConnectionError('Failed to establish a new connection: "
            "[Errno 111] Connection refused'))", request=request)
    if kind == 'disconnected':
        return ConnectionError("('Connection aborted.', RemoteDisconnected('Remote end closed "
                               "connection without response'))", request=request)
    if kind == 'connect-timeout':
        return ConnectTimeout(
            f"{retries} (Caused by ConnectTimeoutError('Connection to {parsed[1]} timed out. "
            f"(connect timeout={timeout[0]})'))", request=request)
    if kind in ('read-timeout', 'total-timeout'):
        return ReadTimeout(f'{pool}: Read timed out. (read timeout={timeout[1]})',
                           request=request)
    return ConnectionError(f'{retries} (Caused by {detail})', request=request)


class Session:
    """Shared headers and parameters for a series of requests."""

    def __init__(self):
        self.headers = default_headers()
        self.params = {}
        self.auth = None
        self.cookies = {}

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        pass

    def request(self, method, url, params=None, data=None, headers=None, cookies=None,
                files=None, auth=None, timeout=None, allow_redirects=True, proxies=None,
                hooks=None, stream=None, verify=None, cert=None, json=None):
        method = str(method).upper()
        url = str(url).strip()
        parsed = _netcore.parse_url(url, _netcore.params_pairs(self.params)
                                    + _netcore.params_pairs(params))
        if parsed[0] is None:
            kind = parsed[1]
            if kind == 'missing-scheme':
                raise MissingSchema(f'Invalid URL {url!r}: No scheme supplied. '
                                    f'Perhaps you meant https://{url}?')
            if kind == 'unsupported-scheme':
                raise InvalidSchema(f'No connection adapters were found for {url!r}')
            if kind == 'bad-port':
                raise InvalidURL(f'Failed to parse: {url}')
            raise InvalidURL(f'Invalid URL {url!r}: No host supplied')
        href = parsed[5]
        sent = CaseInsensitiveDict(self.headers)
        if headers:
            sent.update(headers)
        body, ctype = _netcore.body_of(data, json, text_type=None)
        if ctype is not None and 'Content-Type' not in sent:
            sent['Content-Type'] = ctype
        if body is not None:
            sent['Content-Length'] = str(len(body))
        limits = _timeouts(timeout)
        prepared = PreparedRequest(method, href, sent, body)
        label = f"requests.{method.lower()}('{url}')"
        result = _netcore.fetch_blocking(method, href, sent.pairs(), body, limits, label)
        if result[0] is None:
            raise _network_error(parsed, result[1], result[2], limits, prepared)
        status, reason, resp_headers, resp_body, resp_url, elapsed = result
        response = Response()
        response.status_code = status
        response.reason = reason
        response.headers = CaseInsensitiveDict(resp_headers)
        response._content = b'' if method == 'HEAD' else resp_body
        response.url = resp_url
        response.encoding = _encoding_of(response.headers.get('Content-Type'))
        response.elapsed = _Elapsed(elapsed)
        response.request = prepared
        return response

    def get(self, url, **kwargs):
        return self.request('GET', url, **kwargs)

    def options(self, url, **kwargs):
        return self.request('OPTIONS', url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', False)
        return self.request('HEAD', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request('POST', url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request('PUT', url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request('PATCH', url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)


def session():
    return Session()


def request(method, url, **kwargs):
    with Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    return request('get', url, params=params, **kwargs)


def options(url, **kwargs):
    return request('options', url, **kwargs)


def head(url, **kwargs):
    kwargs.setdefault('allow_redirects', False)
    return request('head', url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('post', url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request('put', url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    return request('patch', url, data=data, **kwargs)


def delete(url, **kwargs):
    return request('delete', url, **kwargs)
