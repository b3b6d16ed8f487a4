# OSError and its subclasses: errno, strerror, str(), and a subclass whose
# __init__ reaches OSError.__init__ through super().
import errno


class ConnectionFailed(OSError):
    def __init__(self, host, code):
        super().__init__(code, f"cannot reach {host}")
        self.host = host


try:
    raise ConnectionFailed("db.local", errno.ECONNREFUSED)
except OSError as e:
    print(type(e).__name__, e.errno == errno.ECONNREFUSED, e.strerror, e.host)
    print(str(e) == f"[Errno {errno.ECONNREFUSED}] cannot reach db.local")
    print(e.args == (errno.ECONNREFUSED, "cannot reach db.local"))

e = OSError(2, "No such file or directory", "data.txt")
print(e.errno, e.strerror, e.filename)
print(str(e))
print(repr(e))
print(type(OSError(2, "x")).__name__)
print(OSError("just a message").errno, str(OSError("just a message")))
print(OSError().args, OSError(1).strerror, str(OSError(1)))
for cls in (FileNotFoundError, PermissionError, TimeoutError, ConnectionRefusedError,
            ConnectionResetError, BrokenPipeError, IsADirectoryError):
    print(cls.__name__, issubclass(cls, OSError), cls.__mro__[1].__name__)
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise TimeoutError("took too long")
except OSError as e:
    print("caught", type(e).__name__, e, e.errno)
try:
    raise FileNotFoundError(errno.ENOENT, "missing", "config.toml")
except FileNotFoundError as e:
    print(e)
    print(e.filename, e.errno == errno.ENOENT)


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"{code}: {detail}")
        self.code = code


try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, e.code, e.args)
