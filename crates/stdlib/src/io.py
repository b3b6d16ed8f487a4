"""io: in-memory text and byte streams (StringIO, BytesIO), as CPython 3.11's `_io` has
them for programs that capture output or read text; there are no files."""

__all__ = ["StringIO", "BytesIO", "IOBase", "TextIOBase", "BufferedIOBase",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    _closed_message = "I/O operation on closed file."

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = self._buf[:size]
        return size

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        start = min(self._pos, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def _write(self, data):
        self._check_closed()
        n = len(data)
        if not n:
            return 0
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._empty * (self._pos - len(buf))
        self._buf = buf[:self._pos] + data + buf[self._pos + n:]
        self._pos += n
        return n


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    _empty = "\0"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._buf = initial_value
        self._pos = 0
        self._closed = False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        return self._write(s)

    def getvalue(self):
        self._check_closed()
        return self._buf

    def readline(self, size=-1):
        self._check_closed()
        start = min(self._pos, len(self._buf))
        end = self._buf.find("\n", start)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._buf[start:end]


class BytesIO(BufferedIOBase):
    _empty = b"\0"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._buf = bytes(initial_bytes)
        self._pos = 0
        self._closed = False

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def getvalue(self):
        self._check_closed()
        return self._buf

    def readline(self, size=-1):
        self._check_closed()
        start = min(self._pos, len(self._buf))
        end = self._buf.find(b"\n", start)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._buf[start:end]


for _cls in (IOBase, TextIOBase, BufferedIOBase, StringIO, BytesIO):
    _cls.__module__ = "_io"
    _cls.__qualname__ = _cls.__name__
del _cls
