# Loopscope's urllib.parse: splitting, joining and quoting URLs as CPython 3.11's does —
# urlsplit/urlparse and their named results (with username, password, hostname, port),
# urlunsplit/urlunparse, urljoin (RFC 3986 resolution), urldefrag, quote/unquote and
# their _plus and _bytes forms, urlencode, parse_qs/parse_qsl.

from collections import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
           'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult',
           'SplitResult', 'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

# Schemes whose URLs resolve relative references, keep a netloc, or carry ;params.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh',
                 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn',
               'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
               'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']

_SCHEME_CHARS = ('abcdefghijklmnopqrstuvwxyz'
                 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 '0123456789'
                 '+-.')
_UNSAFE_BYTES = '\t\r\n'
_STRIPPED = ''.join(chr(c) for c in range(0x21))


def _coerce(args):
    """Whether the arguments are bytes (all of them, or none may be)."""
    is_bytes = None
    for a in args:
        if a is None or a == '' or a == b'':
            continue
        b = isinstance(a, (bytes, bytearray))
        if is_bytes is None:
            is_bytes = b
        elif is_bytes != b:
            raise TypeError('Cannot mix str and non-str arguments')
    return bool(is_bytes)


def _to_str(x):
    return x.decode('ascii') if isinstance(x, (bytes, bytearray)) else x


class _NetlocParts:
    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        sep = '%' if isinstance(host, str) else b'%'
        host, _, _ = host.partition(sep)
        return host.lower()

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            text = port if isinstance(port, str) else port.decode('ascii')
            if text.isdigit() and text.isascii():
                port = int(text)
            else:
                raise ValueError(f'Port could not be cast to integer value as {port!r}')
            if not 0 <= port <= 65535:
                raise ValueError('Port out of range 0-65535')
        return port

    @property
    def _userinfo(self):
        netloc = self.netloc
        at, colon = ('@', ':') if isinstance(netloc, str) else (b'@', b':')
        userinfo, have_info, _ = netloc.rpartition(at)
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(colon)
        return username, (password if have_password else None)

    @property
    def _hostinfo(self):
        netloc = self.netloc
        if isinstance(netloc, str):
            at, colon, lb, rb = '@', ':', '[', ']'
        else:
            at, colon, lb, rb = b'@', b':', b'[', b']'
        _, _, hostinfo = netloc.rpartition(at)
        _, have_open, bracketed = hostinfo.partition(lb)
        if have_open:
            hostname, _, port = bracketed.partition(rb)
            _, _, port = port.partition(colon)
        else:
            hostname, _, port = hostinfo.partition(colon)
        if not port:
            port = None
        return hostname, port


_DefragBase = namedtuple('DefragResult', 'url fragment')
_SplitBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragBase):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url

    def encode(self, encoding='ascii', errors='strict'):
        return DefragResultBytes(*(x.encode(encoding, errors) for x in self))


class SplitResult(_SplitBase, _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def encode(self, encoding='ascii', errors='strict'):
        return SplitResultBytes(*(x.encode(encoding, errors) for x in self))


class ParseResult(_ParseBase, _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def encode(self, encoding='ascii', errors='strict'):
        return ParseResultBytes(*(x.encode(encoding, errors) for x in self))


class DefragResultBytes(_DefragBase):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url

    def decode(self, encoding='ascii', errors='strict'):
        return DefragResult(*(x.decode(encoding, errors) for x in self))


class SplitResultBytes(_SplitBase, _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def decode(self, encoding='ascii', errors='strict'):
        return SplitResult(*(x.decode(encoding, errors) for x in self))


class ParseResultBytes(_ParseBase, _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def decode(self, encoding='ascii', errors='strict'):
        return ParseResult(*(x.decode(encoding, errors) for x in self))


def _split_netloc(url, start=0):
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if i >= 0:
            end = min(end, i)
    return url[start:end], url[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts: scheme://netloc/path?query#fragment."""
    as_bytes = _coerce((url, scheme))
    if as_bytes:
        return urlsplit(url.decode('ascii'), scheme.decode('ascii') if scheme else '',
                        allow_fragments).encode('ascii')
    url = url.lstrip(_STRIPPED)
    scheme = scheme.strip(_STRIPPED)
    for c in _UNSAFE_BYTES:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in _SCHEME_CHARS:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: scheme://netloc/path;params?query#fragment."""
    as_bytes = _coerce((url, scheme))
    if as_bytes:
        return urlparse(url.decode('ascii'), scheme.decode('ascii') if scheme else '',
                        allow_fragments).encode('ascii')
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _split_params(url)
    else:
        params = ''
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunsplit(components):
    """Put a URL together from urlsplit's five parts."""
    scheme, netloc, url, query, fragment = components
    as_bytes = _coerce(components)
    if as_bytes:
        return urlunsplit(tuple(_to_str(x) for x in components)).encode('ascii')
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(components):
    """Put a URL together from urlparse's six parts."""
    scheme, netloc, url, params, query, fragment = components
    as_bytes = _coerce(components)
    if as_bytes:
        return urlunparse(tuple(_to_str(x) for x in components)).encode('ascii')
    if params:
        url = f'{url};{params}'
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """Resolve `url` against `base`, as a browser resolves a link (RFC 3986)."""
    if not base:
        return url
    if not url:
        return base
    as_bytes = _coerce((base, url))
    if as_bytes:
        return urljoin(base.decode('ascii'), url.decode('ascii'),
                       allow_fragments).encode('ascii')
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        # The base's last segment is a file: it goes.
        del base_parts[-1]
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        # A '' between segments is an empty segment that stays; not the leading one.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            try:
                resolved.pop()
            except IndexError:
                pass
        elif seg == '.':
            continue
        else:
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return urlunparse((scheme, netloc, '/'.join(resolved) or '/', params, query, fragment))


def urldefrag(url):
    """Split off the fragment: (url without it, fragment)."""
    as_bytes = _coerce((url,))
    if as_bytes:
        return urldefrag(url.decode('ascii')).encode('ascii')
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return DefragResult(defrag, frag)


# --- quoting ---
_HEX = '0123456789ABCDEFabcdef'
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')


def unquote_to_bytes(string):
    """'abc%20def' -> b'abc def'."""
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    string = bytes(string)
    parts = string.split(b'%')
    if len(parts) == 1:
        return string
    out = bytearray(parts[0])
    for item in parts[1:]:
        code = item[:2]
        if len(code) == 2 and all(chr(c) in _HEX for c in code):
            out.append(int(code, 16))
            out += item[2:]
        else:
            out += b'%'
            out += item
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their characters: unquote('abc%20def') -> 'abc def'."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    out = []
    i = 0
    n = len(string)
    while i < n:
        j = string.find('%', i)
        if j < 0:
            out.append(string[i:])
            break
        out.append(string[i:j])
        # A run of %XX escapes decodes together (a character may take several bytes).
        run = bytearray()
        k = j
        while k + 2 < n and string[k] == '%' and string[k + 1] in _HEX and string[k + 2] in _HEX:
            run.append(int(string[k + 1:k + 3], 16))
            k += 3
        if run:
            out.append(run.decode(encoding, errors))
            i = k
        else:
            out.append('%')
            i = j + 1
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), and '+' is a space (HTML form values)."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """Like quote(), for bytes."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    keep = _ALWAYS_SAFE.union(safe)
    if not bs.rstrip(bytes(keep)):
        return bs.decode()
    return ''.join(chr(b) if b in keep else '%{:02X}'.format(b) for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode what is not a letter, digit, '_.-~' or in `safe`:
    quote('abc def') -> 'abc%20def'."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), and a space becomes '+' (HTML form values)."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or a sequence of pairs as `key=value&...`, each quoted by `quote_via`;
    with `doseq`, a sequence value gives one pair per item."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping object') from err

    def q(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(x if isinstance(x, str) else str(x), safe, encoding, errors)

    pairs = []
    for k, v in query:
        k = q(k)
        if not doseq or isinstance(v, (str, bytes)):
            pairs.append(k + '=' + q(v))
            continue
        try:
            len(v)
        except TypeError:
            pairs.append(k + '=' + q(v))
        else:
            for item in v:
                pairs.append(k + '=' + q(item))
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """A query string as a list of (name, value) pairs."""
    as_bytes = isinstance(qs, (bytes, bytearray))
    if as_bytes:
        qs = qs.decode('ascii')
    if not qs:
        return []
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if isinstance(separator, bytes):
        separator = separator.decode('ascii')
    if max_num_fields is not None:
        if 1 + qs.count(separator) > max_num_fields:
            raise ValueError('Max number of fields exceeded')
    out = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition('=')
        if not has_eq and strict_parsing:
            raise ValueError(f'bad query field: {field!r}')
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding, errors)
            value = unquote(value.replace('+', ' '), encoding, errors)
            if as_bytes:
                name = name.encode(encoding, errors)
                value = value.encode(encoding, errors)
            out.append((name, value))
    return out


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        result.setdefault(name, []).append(value)
    return result
