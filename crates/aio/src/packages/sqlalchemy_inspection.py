# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.inspection`: `inspect()`,
# which finds the inspector of a connection, the mapper of a mapped class or the state of
# a mapped object.

from sqlalchemy import exc


def inspect(subject, raiseerr=True):
    hook = getattr(subject, "_sa_inspect", None)
    if hook is not None and not isinstance(subject, type):
        return hook()
    if isinstance(subject, type):
        mapper = subject.__dict__.get("__mapper__") or getattr(subject, "__mapper__", None)
        if mapper is not None:
            return mapper
    else:
        state = getattr(subject, "_sa_instance_state", None)
        if state is not None:
            return state
    if hasattr(subject, "_conn") and hasattr(subject, "dialect"):
        from sqlalchemy.engine.reflection import Inspector
        return Inspector(subject)
    if type(subject).__name__ in ("AsyncConnection", "AsyncEngine"):
        raise exc.NoInspectionAvailable(
            "Inspection on an AsyncConnection is currently not supported. Please use "
            "``run_sync`` to pass a callable where it's possible to call ``inspect`` on the "
            "passed connection.", code="xd3s")
    if raiseerr:
        raise exc.NoInspectionAvailable(
            "No inspection system is available for object of type %s" % type(subject))
    return None
