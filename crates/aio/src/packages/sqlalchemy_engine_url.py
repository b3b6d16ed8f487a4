# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.engine.url`: URL (parsed
# from `dialect+driver://user:password@host:port/database?key=value`, shown with the
# password as `***`) and `make_url`.

from sqlalchemy import exc


def _unquote(text):
    out = []
    i = 0
    while i < len(text):
        if text[i] == "%" and i + 2 < len(text) + 0 and all(
                c in "0123456789abcdefABCDEF" for c in text[i + 1:i + 3]) and len(text[i + 1:i + 3]) == 2:
            out.append(chr(int(text[i + 1:i + 3], 16)))
            i += 3
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _quote(text):
    safe = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~ +")
    return "".join(c if c in safe else "%%%02X" % ord(c) for c in str(text))


class URL:
    __module__ = "sqlalchemy.engine.url"

    def __init__(self, drivername, username=None, password=None, host=None, port=None,
                 database=None, query=None):
        self.drivername = drivername
        self.username = username
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.query = dict(query or {})

    @classmethod
    def create(cls, drivername, username=None, password=None, host=None, port=None,
               database=None, query=None):
        return cls(drivername, username, password, host, port, database, query)

    def set(self, **kw):
        values = dict(drivername=self.drivername, username=self.username,
                      password=self.password, host=self.host, port=self.port,
                      database=self.database, query=self.query)
        values.update(kw)
        return URL(**values)

    def _replace(self, **kw):
        return self.set(**kw)

    def update_query_dict(self, query, append=False):
        q = dict(self.query)
        q.update(query)
        return self.set(query=q)

    def difference_update_query(self, names):
        return self.set(query={k: v for k, v in self.query.items() if k not in names})

    def get_backend_name(self):
        return self.drivername.split("+")[0]

    def get_driver_name(self):
        if "+" in self.drivername:
            return self.drivername.split("+", 1)[1]
        return {"postgresql": "psycopg2"}.get(self.drivername, self.drivername)

    def render_as_string(self, hide_password=True):
        s = self.drivername + "://"
        if self.username is not None:
            s += _quote(self.username)
            if self.password is not None:
                s += ":" + ("***" if hide_password else _quote(self.password))
            s += "@"
        if self.host is not None:
            s += "[%s]" % self.host if ":" in self.host else self.host
        if self.port is not None:
            s += ":" + str(self.port)
        if self.database is not None:
            s += "/" + self.database
        if self.query:
            parts = []
            for k in sorted(self.query):
                v = self.query[k]
                for item in (v if isinstance(v, (list, tuple)) else [v]):
                    parts.append("%s=%s" % (k, item))
            s += "?" + "&".join(parts)
        return s

    def __str__(self):
        return self.render_as_string()

    def __repr__(self):
        return self.render_as_string()

    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return isinstance(other, URL) and self.render_as_string(False) == \
            other.render_as_string(False)

    def translate_connect_args(self, names=None, **kw):
        out = {}
        for name in ("host", "database", "username", "password", "port"):
            value = getattr(self, name)
            key = kw.get(name, name)
            if name == "username" and "username" not in kw and "user" in (names or []):
                key = "user"
            if value is not None:
                out[key] = value
        return out


def make_url(name_or_url):
    if isinstance(name_or_url, URL):
        return name_or_url
    if not isinstance(name_or_url, str):
        raise exc.ArgumentError("Expected string or URL object, got %r" % (name_or_url,))
    return _parse(name_or_url)


def _parse(text):
    if "://" not in text:
        raise exc.ArgumentError("Could not parse SQLAlchemy URL from given URL string")
    name, rest = text.split("://", 1)
    if not name or not all(c.isalnum() or c in "_+" for c in name):
        raise exc.ArgumentError("Could not parse SQLAlchemy URL from given URL string")
    query = None
    if "?" in rest:
        rest, qs = rest.split("?", 1)
        query = {}
        for part in qs.split("&"):
            if not part or "=" not in part:
                continue
            k, v = part.split("=", 1)
            k, v = _unquote(k.replace("+", " ")), _unquote(v.replace("+", " "))
            if k in query:
                if not isinstance(query[k], list):
                    query[k] = [query[k]]
                query[k].append(v)
            else:
                query[k] = v
    database = None
    if "/" in rest:
        rest, database = rest.split("/", 1)
        database = _unquote(database)
    username = password = None
    if "@" in rest:
        cred, rest = rest.rsplit("@", 1)
        if ":" in cred:
            username, password = cred.split(":", 1)
            password = _unquote(password)
        else:
            username = cred
        username = _unquote(username)
    host = None
    port = None
    if rest.startswith("["):
        end = rest.index("]")
        host = rest[1:end]
        rest = rest[end + 1:]
        if rest.startswith(":"):
            port = rest[1:]
    elif rest:
        if ":" in rest:
            host, port = rest.split(":", 1)
        else:
            host = rest
        host = host or None
    if port:
        try:
            port = int(port)
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r" % port) from None
    else:
        port = None
    return URL(name, username, password, host, port, database, query)
