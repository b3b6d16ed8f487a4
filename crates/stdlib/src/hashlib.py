# Loopscope's hashlib: MD5, SHA-1 and SHA-2 digests (from `_hashlib`, in Rust) behind
# CPython's interface, and pbkdf2_hmac.

import _hashlib

algorithms_guaranteed = frozenset(_hashlib.names)
algorithms_available = frozenset(_hashlib.names)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')


class HASH:
    """A hash object: feed it bytes with update(), read the digest any time."""

    def __init__(self, name, data=b'', *, _state=None):
        self.name, self.digest_size, self.block_size = _hashlib.info(name)
        self._state = _hashlib.new(name) if _state is None else _state
        if data:
            self.update(data)

    def update(self, data, /):
        _hashlib.update(self._state, data)

    def digest(self):
        return _hashlib.digest(self._state)

    def hexdigest(self):
        return _hashlib.digest(self._state).hex()

    def copy(self):
        return HASH(self.name, _state=_hashlib.copy(self._state))

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {id(self):#x}>'


HASH.__module__ = '_hashlib'


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    return HASH(name, data)


def _constructor(name):
    def construct(string=b'', *, usedforsecurity=True):
        return HASH(name, string)
    construct.__name__ = construct.__qualname__ = f'openssl_{name}'
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    return _hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
