# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.exc`: the exception
# hierarchy, with the same messages, error codes and "Background on this error" links,
# and the `[SQL: ...]` / `[parameters: ...]` details a statement error carries.

_VERSION_TOKEN = "21"


class HasDescriptionCode:
    code = None
    _what_are_we = "error"

    def __init__(self, *args, **kw):
        code = kw.pop("code", None)
        if code is not None:
            self.code = code
        super().__init__(*args, **kw)

    def _code_str(self):
        if not self.code:
            return ""
        return (f"(Background on this {self._what_are_we} at: "
                f"https://sqlalche.me/e/{_VERSION_TOKEN}/{self.code})")

    def __str__(self):
        text = super().__str__()
        if self.code:
            text = f"{text} {self._code_str()}"
        return text


class SQLAlchemyError(HasDescriptionCode, Exception):
    def _message(self):
        if len(self.args) == 1:
            arg = self.args[0]
            if isinstance(arg, bytes):
                return arg.decode("utf-8", "backslashreplace")
            return str(arg)
        return str(self.args)

    def _sql_message(self):
        text = self._message()
        if self.code:
            text = f"{text} {self._code_str()}"
        return text

    def __str__(self):
        return self._sql_message()


class EmulatedDBAPIException(Exception):
    def __init__(self, message, orig=None):
        super().__init__(message)
        self.orig = orig

    @property
    def driver_exception(self):
        if self.orig is None:
            raise ValueError(
                "No original exception is present.  Was this "
                "EmulatedDBAPIException constructed without a driver error?")
        return self.orig


class ArgumentError(SQLAlchemyError):
    pass


class DuplicateColumnError(ArgumentError):
    pass


class ObjectNotExecutableError(ArgumentError):
    def __init__(self, target):
        super().__init__(f"Not an executable object: {target!r}")
        self.target = target


class NoSuchModuleError(ArgumentError):
    pass


class NoForeignKeysError(ArgumentError):
    pass


class AmbiguousForeignKeysError(ArgumentError):
    pass


class CircularDependencyError(SQLAlchemyError):
    pass


class CompileError(SQLAlchemyError):
    pass


class UnsupportedCompilationError(CompileError):
    code = "l7de"


class IdentifierError(SQLAlchemyError):
    pass


class DisconnectionError(SQLAlchemyError):
    pass


class TimeoutError(SQLAlchemyError):  # noqa: A001
    pass


class InvalidRequestError(SQLAlchemyError):
    pass


class IllegalStateChangeError(InvalidRequestError):
    pass


class NoInspectionAvailable(InvalidRequestError):
    pass


class PendingRollbackError(InvalidRequestError):
    pass


class ResourceClosedError(InvalidRequestError):
    pass


class NoSuchColumnError(InvalidRequestError, KeyError):
    pass


class AmbiguousColumnError(InvalidRequestError):
    pass


class NoResultFound(InvalidRequestError):
    pass


class MultipleResultsFound(InvalidRequestError):
    pass


class NoReferenceError(InvalidRequestError):
    pass


class AwaitRequired(InvalidRequestError):
    code = "xd1r"


class MissingGreenlet(InvalidRequestError):
    code = "xd2s"


class NoReferencedTableError(NoReferenceError):
    def __init__(self, message, tname):
        NoReferenceError.__init__(self, message)
        self.table_name = tname


class NoReferencedColumnError(NoReferenceError):
    def __init__(self, message, tname, cname):
        NoReferenceError.__init__(self, message)
        self.table_name = tname
        self.column_name = cname


class NoSuchTableError(InvalidRequestError):
    pass


class UnboundExecutionError(InvalidRequestError):
    pass


class DontWrapMixin:
    pass


def _trunc(value, max_chars=300):
    text = repr(value)
    if len(text) > max_chars:
        half = max_chars // 2
        return "%s ... (%d characters truncated) ... %s" % (
            text[:half], len(text) - max_chars, text[-half:])
    return text


class _repr_row:
    """A result row in the engine's debug log: its values, long ones shortened."""

    def __init__(self, row, max_chars=300):
        self.row = row
        self.max_chars = max_chars

    def __repr__(self):
        values = list(self.row)
        return "(%s%s)" % (", ".join(_trunc(v, self.max_chars) for v in values),
                           "," if len(values) == 1 else "")


class _repr_params:
    """How a statement's parameters are shown in errors and in the engine's log."""

    def __init__(self, params, batches, max_params=100, ismulti=None):
        self.params = params
        self.batches = batches
        self.max_params = max_params
        self.ismulti = ismulti

    def __repr__(self):
        params = self.params
        if self.ismulti is None or not isinstance(params, (list, tuple, dict)):
            return _trunc(params)
        if self.ismulti:
            if len(params) > self.batches:
                head = self._multi(params[:self.batches - 2], params)[:-1]
                tail = self._multi(params[-2:], params)[1:]
                return " ".join((head, " ... displaying %i of %i total bound parameter sets ... "
                                 % (self.batches, len(params)), tail))
            return self._multi(params, params)
        return self._one(params)

    def _multi(self, sets, whole):
        inner = ", ".join(self._one(p) for p in sets)
        return ("[%s]" if isinstance(whole, list) else "(%s)") % inner

    def _one(self, params):
        if isinstance(params, dict):
            items = list(params.items())
            if len(items) > self.max_params:
                left = self.max_params // 2
                return "{%s ... %d parameters truncated ... %s}" % (
                    ", ".join(f"{k!r}: {_trunc(v)}" for k, v in items[:left]),
                    len(items) - self.max_params,
                    ", ".join(f"{k!r}: {_trunc(v)}" for k, v in items[-left:]))
            return "{%s}" % ", ".join(f"{k!r}: {_trunc(v)}" for k, v in items)
        values = list(params)
        if len(values) > self.max_params:
            left = self.max_params // 2
            text = "%s ... %d parameters truncated ... %s" % (
                ", ".join(_trunc(v) for v in values[:left]),
                len(values) - self.max_params,
                ", ".join(_trunc(v) for v in values[-left:]))
        else:
            text = ", ".join(_trunc(v) for v in values)
        if isinstance(params, tuple):
            return "(%s%s)" % (text, "," if len(values) == 1 else "")
        return "[%s]" % text


class StatementError(SQLAlchemyError):
    statement = None
    params = None
    orig = None
    ismulti = None
    connection_invalidated = False

    def __init__(self, message, statement, params, orig, hide_parameters=False,
                 code=None, ismulti=None):
        SQLAlchemyError.__init__(self, message, code=code)
        self.statement = statement
        self.params = params
        self.orig = orig
        self.ismulti = ismulti
        self.hide_parameters = hide_parameters
        self.detail = []

    def add_detail(self, msg):
        self.detail.append(msg)

    def _sql_message(self):
        details = [self._message()]
        if self.statement:
            details.append("[SQL: %s]" % self.statement)
            if self.params:
                if self.hide_parameters:
                    details.append("[SQL parameters hidden due to hide_parameters=True]")
                else:
                    details.append("[parameters: %r]" % _repr_params(
                        self.params, 10, ismulti=self.ismulti))
        code = self._code_str()
        if code:
            details.append(code)
        return "\n".join(["(%s)" % d for d in self.detail] + details)


class DBAPIError(StatementError):
    code = "dbapi"

    @classmethod
    def instance(cls, statement, params, orig, dbapi_base_err, hide_parameters=False,
                 connection_invalidated=False, dialect=None, ismulti=None):
        if (isinstance(orig, BaseException) and not isinstance(orig, Exception)) or \
                isinstance(orig, DontWrapMixin):
            return orig
        if orig is not None:
            if isinstance(orig, SQLAlchemyError) and statement:
                return StatementError(
                    "(%s.%s) %s" % (type(orig).__module__, type(orig).__name__, orig.args[0]),
                    statement, params, orig, hide_parameters=hide_parameters,
                    code=orig.code, ismulti=ismulti)
            if not isinstance(orig, dbapi_base_err) and statement:
                return StatementError(
                    "(%s.%s) %s" % (type(orig).__module__, type(orig).__name__, orig),
                    statement, params, orig, hide_parameters=hide_parameters,
                    ismulti=ismulti)
            names = globals()
            for klass in type(orig).__mro__:
                name = klass.__name__
                if dialect is not None:
                    name = dialect.dbapi_exception_translation_map.get(name, name)
                found = names.get(name)
                if isinstance(found, type) and issubclass(found, DBAPIError):
                    cls = found
                    break
        return cls(statement, params, orig, connection_invalidated=connection_invalidated,
                   hide_parameters=hide_parameters, code=cls.code, ismulti=ismulti)

    def __init__(self, statement, params, orig, hide_parameters=False,
                 connection_invalidated=False, code=None, ismulti=None):
        try:
            text = str(orig)
        except Exception as e:
            text = "Error in str() of DB-API-generated exception: " + str(e)
        StatementError.__init__(
            self, "(%s.%s) %s" % (type(orig).__module__, type(orig).__name__, text),
            statement, params, orig, hide_parameters, code=code, ismulti=ismulti)
        self.connection_invalidated = connection_invalidated

    @property
    def driver_exception(self):
        if self.orig is None:
            raise ValueError(
                "No original exception is present.  Was this "
                "DBAPIError constructed without a driver error?")
        if isinstance(self.orig, EmulatedDBAPIException):
            return self.orig.driver_exception
        return self.orig


class InterfaceError(DBAPIError):
    code = "rvf5"


class DatabaseError(DBAPIError):
    code = "4xp6"


class DataError(DatabaseError):
    code = "9h9h"


class OperationalError(DatabaseError):
    code = "e3q8"


class IntegrityError(DatabaseError):
    code = "gkpj"


class InternalError(DatabaseError):
    code = "2j85"


class ProgrammingError(DatabaseError):
    code = "f405"


class NotSupportedError(DatabaseError):
    code = "tw8g"


class SAWarning(HasDescriptionCode, RuntimeWarning):
    _what_are_we = "warning"


class SADeprecationWarning(HasDescriptionCode, DeprecationWarning):
    _what_are_we = "warning"


class MovedIn20Warning(SADeprecationWarning):
    pass


class LegacyAPIWarning(SADeprecationWarning):
    pass


class AsyncMethodRequired(InvalidRequestError):
    pass


class AsyncContextNotStarted(InvalidRequestError):
    pass


class AsyncContextAlreadyStarted(InvalidRequestError):
    pass
