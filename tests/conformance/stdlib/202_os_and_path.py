# os and os.path: the environment a program sets and reads, posixpath's arithmetic on str
# and bytes (split, splitext, normpath, join, relpath, commonpath), fspath and PathLike.
import os, os.path
from os import path
import posixpath
print(os.path is posixpath, path is os.path, os.sep, os.name, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull, os.altsep)
cases = ["", "/", "//", "///", "a", "a/", "/a/b/", "a//b", "/a/./b/../c", "../../x", "./a/", ".bashrc", "a.b.c", "/x/.hidden", "/x/..y", "a/b.tar.gz", "....", "a/..", "//a/b", "///a/b", "b/../../c"]
for c in cases:
    print(repr(c), path.split(c), path.splitext(c), path.basename(c), path.dirname(c), path.normpath(c), path.isabs(c), path.splitdrive(c))
for parts in [("a", "b"), ("a/", "b"), ("a", "/b"), ("", "b"), ("a", ""), ("/", "a", "b/", "c"), (b"a", b"b")]:
    print(parts, path.join(*parts))
print(path.normpath(b"/a/../b"), path.split(b"/x/y"), path.splitext(b"f.txt"), path.basename(b"/q/r"))
print(path.commonprefix(["/usr/lib", "/usr/local", "/usr"]), path.commonprefix([]), path.commonpath(["/usr/lib", "/usr/local/x"]), path.commonpath(["a/b", "a/c"]))
print(path.relpath("/a/b/c", "/a/d"), path.relpath("/a", "/a"), path.abspath("/x/../y"))
for bad in [lambda: path.join("a", 1), lambda: path.join("a", b"b"), lambda: path.commonpath([]), lambda: path.commonpath(["/a", "b"]), lambda: os.fspath(3), lambda: os.getenv(1), lambda: os.environ.__setitem__("A", 1), lambda: path.relpath("")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class P:
    def __fspath__(self): return "/p/q.txt"
print(os.fspath(P()), path.basename(P()), path.splitext(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike))
os.environ["APP_MODE"] = "dev"
print(os.getenv("APP_MODE"), os.getenv("NOPE", "default"), "APP_MODE" in os.environ, os.environ.get("APP_MODE"))
os.environ.pop("APP_MODE")
print(os.getenv("APP_MODE"), os.fsencode("ab"), os.fsdecode(b"ab"), os.strerror(2), os.strerror(111), os.strerror(9999))
print(path.expandvars("$NOPE/x ${NOPE2} $"), path.expanduser("~other/x"), path.exists("/definitely/not/here"), path.isfile("nope.txt"))
print(type(os.urandom(4)), len(os.urandom(16)), isinstance(os.getpid(), int), isinstance(os.cpu_count(), int), os.error is OSError)
