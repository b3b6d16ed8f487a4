# Loopscope's gc: objects are freed when their last reference goes, and a cycle collector
# (crates/python/src/objects/gc.rs) frees the unreachable cycles, as CPython's does. It
# runs when allocations pass the thresholds and when collect() is called.

import _aioloop

garbage = []
# Called by the interpreter (vm/gc.rs) before and after every collection.
callbacks = []

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

_debug = 0


def collect(generation=2):
    return _aioloop.collect(generation)


def enable():
    _aioloop.gc_enable(True)


def disable():
    _aioloop.gc_enable(False)


def isenabled():
    return _aioloop.gc_isenabled()


def get_threshold():
    return _aioloop.gc_threshold()


def set_threshold(threshold0, *rest):
    if len(rest) > 2:
        raise TypeError(
            f"set_threshold() takes at most 3 arguments ({len(rest) + 1} given)")
    _aioloop.gc_threshold(threshold0, *rest)


def get_count():
    return _aioloop.gc_count()


def is_tracked(obj, /):
    return _aioloop.gc_is_tracked(obj)


def get_debug():
    return _debug


def set_debug(flags, /):
    global _debug
    _debug = flags


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
