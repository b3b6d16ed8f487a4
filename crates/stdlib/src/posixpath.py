# Loopscope's os.path (posixpath): the path arithmetic of a POSIX system, as CPython's
# behaves, for str and bytes alike. A run has no file system, so the functions that would
# ask one answer as for paths that do not exist.

import os as _os

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime',
           'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser',
           'expandvars', 'normpath', 'abspath', 'samefile', 'sameopenfile', 'samestat',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull',
           'realpath', 'supports_unicode_filenames', 'relpath', 'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _kind(path, name=None):
    """`path` after os.fspath, and the separator of its kind ('/' or b'/'). With a
    `name`, a wrong type is named as that function's argument (as `join` says it)."""
    if name is not None and not isinstance(path, (str, bytes)) \
            and not hasattr(type(path), '__fspath__'):
        raise TypeError(f'{name}() argument must be str, bytes, or os.PathLike object, '
                        f'not {type(path).__name__!r}')
    path = _os.fspath(path)
    return path, (b'/' if isinstance(path, bytes) else '/')


def normcase(s):
    return _os.fspath(s)


def isabs(s):
    s, slash = _kind(s)
    return s.startswith(slash)


def join(a, *p):
    a, slash = _kind(a, 'join')
    path = a
    for b in p:
        b, _ = _kind(b, 'join')
        if isinstance(b, bytes) != isinstance(a, bytes):
            raise TypeError("Can't mix strings and bytes in path components") from None
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path = path + b
        else:
            path = path + slash + b
    return path


def _head_tail(p):
    p, slash = _kind(p)
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def split(p):
    return _head_tail(p)


def splitext(p):
    p, slash = _kind(p)
    dot = b'.' if isinstance(p, bytes) else '.'
    sep_at = p.rfind(slash)
    dot_at = p.rfind(dot)
    if dot_at > sep_at:
        # A name made of dots only, or starting with them, has no extension there.
        for i in range(sep_at + 1, dot_at):
            if p[i:i + 1] != dot:
                return p[:dot_at], p[dot_at:]
    return p, p[:0]


def splitdrive(p):
    p = _os.fspath(p)
    return p[:0], p


def basename(p):
    p, slash = _kind(p)
    return p[p.rfind(slash) + 1:]


def dirname(p):
    return _head_tail(p)[0]


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_os.fspath, m))
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    path, slash = _kind(path)
    empty, dot, dotdot = (b'', b'.', b'..') if isinstance(path, bytes) else ('', '.', '..')
    if path == empty:
        return dot
    # One or two leading slashes mean something to POSIX; three or more mean one.
    leading = 0
    if path.startswith(slash):
        leading = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for part in path.split(slash):
        if part in (empty, dot):
            continue
        if part != dotdot or (not leading and not parts) or (parts and parts[-1] == dotdot):
            parts.append(part)
        elif parts:
            parts.pop()
    path = slash * leading + slash.join(parts)
    return path or dot


def abspath(path):
    path, _ = _kind(path)
    if not isabs(path):
        cwd = _os.getcwdb() if isinstance(path, bytes) else _os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path, slash = _kind(path)
    curdir_, pardir_ = (b'.', b'..') if isinstance(path, bytes) else ('.', '..')
    if start is None:
        start = curdir_
    start = _os.fspath(start)
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    common = len(commonprefix([start_list, path_list]))
    rel = [pardir_] * (len(start_list) - common) + path_list[common:]
    if not rel:
        return curdir_
    return join(*rel)


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_os.fspath, paths))
    slash = b'/' if isinstance(paths[0], bytes) else '/'
    curdir_ = b'.' if isinstance(paths[0], bytes) else '.'
    if any(isinstance(p, bytes) != isinstance(paths[0], bytes) for p in paths):
        raise TypeError("Can't mix strings and bytes in path components") from None
    split_paths = [p.split(slash) for p in paths]
    kinds = {p[:1] == slash for p in paths}
    if len(kinds) != 1:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
    s1, s2 = min(split_paths), max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = slash if kinds.pop() else slash[:0]
    return prefix + slash.join(common)


def expanduser(path):
    path, slash = _kind(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1 or 'HOME' not in _os.environ:
        # Another user's home, or none known: a run has no password database.
        return path
    home = _os.environ['HOME']
    if isinstance(path, bytes):
        home = _os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    path, _ = _kind(path)
    if isinstance(path, bytes):
        return _os.fsencode(expandvars(_os.fsdecode(path)))
    if '$' not in path:
        return path
    out = []
    i = 0
    while i < len(path):
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path.startswith('${', i):
            end = path.find('}', i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name, after = path[i + 2:end], end + 1
        else:
            j = i + 1
            while j < len(path) and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            name, after = path[i + 1:j], j
        if name and name in _os.environ:
            out.append(_os.environ[name])
        else:
            out.append(path[i:after])
        i = after
    return ''.join(out)


def exists(path):
    return False


lexists = exists
isfile = exists
isdir = exists
islink = exists
ismount = exists


def _missing(path):
    raise FileNotFoundError(2, 'No such file or directory', _os.fspath(path))


def getsize(filename):
    _missing(filename)


getmtime = getatime = getctime = getsize


def samefile(f1, f2):
    _missing(f1)


def sameopenfile(fp1, fp2):
    raise OSError(9, 'Bad file descriptor')


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
