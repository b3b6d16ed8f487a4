"""Loopscope's struct: values packed into bytes and unpacked again by format strings.

The work is `_struct`'s, in Rust (as CPython's struct.py is a front for its C `_struct`):
CPython 3.11's byte orders, sizes, native alignment, checks and messages.
"""

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
]

from _struct import *
from _struct import _clearcache
