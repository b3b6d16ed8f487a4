# try/except/else/finally order, return inside finally, exceptions replaced in handlers,
# and custom exception hierarchies with __str__.
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(AppError):
    pass


def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "notfound":
            raise NotFound(404, "no such page")
        if kind == "value":
            raise ValueError("bad value")
    except AppError as e:
        log.append(f"app error {e} ({type(e).__name__}, code {e.code})")
    except ValueError:
        log.append("value error")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


for kind in ["ok", "notfound", "value"]:
    print(run(kind))


def finally_wins():
    try:
        return "from try"
    finally:
        print("finally runs before the return")


print(finally_wins())


def swallow():
    try:
        raise KeyError("k")
    finally:
        return "finally return swallows the exception"


print(swallow())
try:
    try:
        raise NotFound(404, "x")
    except AppError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "<-", e.__cause__, isinstance(e.__cause__, NotFound))
print(repr(NotFound(1, "m")), NotFound.__mro__[1].__name__, issubclass(NotFound, Exception))
