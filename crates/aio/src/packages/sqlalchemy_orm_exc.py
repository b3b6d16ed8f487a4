# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.orm.exc`: the ORM's
# exceptions (NoResultFound and MultipleResultsFound are Core's, re-exported).

from sqlalchemy import exc as sa_exc
from sqlalchemy.exc import NoResultFound, MultipleResultsFound  # noqa: F401


class StaleDataError(sa_exc.SQLAlchemyError):
    pass


ConcurrentModificationError = StaleDataError


class FlushError(sa_exc.SQLAlchemyError):
    pass


class MappedAnnotationError(sa_exc.ArgumentError):
    pass


class UnmappedError(sa_exc.InvalidRequestError):
    pass


class ObjectDereferencedError(sa_exc.SQLAlchemyError):
    pass


class DetachedInstanceError(sa_exc.SQLAlchemyError):
    code = "bhk3"


def _safe_cls_name(cls):
    return getattr(cls, "__name__", repr(cls))


class UnmappedInstanceError(UnmappedError):
    def __init__(self, obj, msg=None):
        if not msg:
            if getattr(type(obj), "__mapper__", None) is not None:
                name = _safe_cls_name(type(obj))
                msg = ("Class %r is mapped, but this instance lacks instrumentation.  This "
                       "occurs when the instance is created before sqlalchemy.orm.mapper(%s) "
                       "was called." % (name, name))
            else:
                msg = "Class '%s.%s' is not mapped" % (type(obj).__module__, _safe_cls_name(type(obj)))
                if isinstance(obj, type):
                    msg = "Class 'builtins.type' is not mapped; was a class (%s.%s) supplied " \
                          "where an instance was required?" % (obj.__module__, obj.__name__)
        UnmappedError.__init__(self, msg)


class UnmappedClassError(UnmappedError):
    def __init__(self, cls, msg=None):
        if not msg:
            msg = "Class '%s.%s' is not mapped" % (getattr(cls, "__module__", "builtins"),
                                                   _safe_cls_name(cls))
        UnmappedError.__init__(self, msg)


class ObjectDeletedError(sa_exc.InvalidRequestError):
    def __init__(self, state, msg=None):
        if not msg:
            msg = ("Instance '%s' has been deleted, or its row is otherwise not present."
                   % state._str())
        sa_exc.InvalidRequestError.__init__(self, msg)


class UnmappedColumnError(sa_exc.InvalidRequestError):
    pass


class LoaderStrategyException(sa_exc.InvalidRequestError):
    pass
