# Loopscope's os: what programs reach for in a run that has no operating system of its
# own — the environment (empty until the program sets it), path arithmetic (`os.path`,
# posixpath), identities and constants, `urandom` drawn from a seeded generator so a run
# repeats, and `fspath`. A run has no file system: the functions that would use one are
# here, as in CPython, and raise saying so.

import abc
import sys

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

error = OSError


class PathLike(abc.ABC):
    """What `fspath` accepts besides str and bytes: objects with `__fspath__`."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


PathLike.__module__ = 'os'


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f'expected {type(path).__name__}.__fspath__() to return str or bytes, '
                    f'not {type(result).__name__}')


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class _Environ(dict):
    """`os.environ`: the run's environment, a str-to-str mapping the program may change."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        dict.__setitem__(self, key, value)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def copy(self):
        return dict(self)

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in dict.items(self))
        return f'environ({{{items}}})'


environ = _Environ()


def getenv(key, default=None):
    if not isinstance(key, str):
        raise TypeError(f'str expected, not {type(key).__name__}')
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getpid():
    """The run's process id: a run is one process, so one number, the same each run."""
    return 1


def getppid():
    return 0


def getuid():
    return 1000


geteuid = getuid
getgid = getuid
getegid = getuid


def getlogin():
    return 'loopscope'


def cpu_count():
    import multiprocessing
    return multiprocessing.cpu_count()


def getcwd():
    return '/'


def getcwdb():
    return b'/'


_random = None


def urandom(size):
    """`size` random bytes, from a generator seeded as `random`'s, so a run repeats."""
    global _random
    if size < 0:
        raise ValueError('negative argument not allowed')
    if _random is None:
        import random
        _random = random.Random()
    return _random.randbytes(size)


# What glibc's strerror says for the errors a run meets most.
_MESSAGES = {
    1: 'Operation not permitted', 2: 'No such file or directory', 3: 'No such process',
    4: 'Interrupted system call', 5: 'Input/output error', 9: 'Bad file descriptor',
    11: 'Resource temporarily unavailable', 12: 'Cannot allocate memory',
    13: 'Permission denied', 17: 'File exists', 20: 'Not a directory',
    21: 'Is a directory', 22: 'Invalid argument', 28: 'No space left on device',
    32: 'Broken pipe', 38: 'Function not implemented', 98: 'Address already in use',
    104: 'Connection reset by peer', 110: 'Connection timed out',
    111: 'Connection refused',
}


def strerror(code):
    return _MESSAGES.get(code, f'Unknown error {code}')


def _no_file_system(name):
    def call(*args, **kwargs):
        import errno
        path = fspath(args[0]) if args and isinstance(args[0], (str, bytes, PathLike)) else None
        raise OSError(errno.ENOSYS, 'Loopscope runs without a file system', path)
    call.__name__ = call.__qualname__ = name
    return call


for _name in ('listdir', 'scandir', 'stat', 'lstat', 'mkdir', 'makedirs', 'remove',
              'unlink', 'rmdir', 'removedirs', 'rename', 'renames', 'replace', 'chdir',
              'chmod', 'open', 'walk', 'access', 'symlink', 'readlink', 'utime', 'truncate'):
    globals()[_name] = _no_file_system(_name)
del _name

import posixpath as path  # noqa: E402

sys.modules['os.path'] = path
