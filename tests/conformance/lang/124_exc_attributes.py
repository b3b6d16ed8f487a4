class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class HttpError(Exception):
    status = 500

    def __str__(self):
        return f"HTTP {self.status}: {self.args[0] if self.args else ''}"


class NotFound(HttpError):
    status = 404


try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e, "|", e.field, "|", e.reason, "|", e.args)
    print(repr(e))

for exc in [HttpError("boom"), NotFound("missing page"), NotFound()]:
    try:
        raise exc
    except HttpError as e:
        print(type(e).__name__, str(e), e.status)

e = ValueError("x")
e.extra = "custom attribute"
print(e.extra)
print(hasattr(e, "__traceback__"), e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)


class WithNotes(Exception):
    pass


n = WithNotes("base")
n.add_note("first note")
n.add_note("second note")
print(n.__notes__)


class NoSuper(Exception):
    def __init__(self, value):
        self.value = value


ns = NoSuper(7)
print(ns.args, ns.value, repr(ns))
