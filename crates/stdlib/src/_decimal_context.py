"""decimal's contexts: Context (precision, rounding, exponent range, flags and traps),
the signal dicts its flags and traps are seen through, and the current context —
getcontext, setcontext, localcontext — kept in a ContextVar, so each thread and each
asyncio task has its own, as in CPython 3.11. Reprs and messages are the C
implementation's. decimal binds the Decimal type and its helpers in (bind), for the
Context methods that compute.
"""

from collections.abc import MutableMapping as _MutableMapping
from _decimal_base import (
    ROUND_HALF_EVEN, ROUND_HALF_UP, ROUNDINGS, MAX_PREC, MAX_EMAX, MIN_EMIN, SIGNALS,
    SIGNAL_BITS, ALL_STATUS, IEEE_INVALID, DIVISION_BY_ZERO, OVERFLOW, UNDERFLOW, CLAMPED,
    CONVERSION_SYNTAX, FLOAT_OPERATION, status_names, trap_error, signal_key_error,
    rounding_error, ndigits,
)

try:
    from contextvars import ContextVar as _ContextVar
    HAVE_CONTEXTVAR = True
except ImportError:  # an interpreter without the event loop's modules
    HAVE_CONTEXTVAR = False

    class _ContextVar:
        def __init__(self, name):
            self._value = None

        def get(self, default=None):
            return self._value if self._value is not None else default

        def set(self, value):
            self._value = value

HAVE_THREADS = True

_NAMES = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def check_rounding(value):
    if isinstance(value, str) and value in ROUNDINGS:
        return value
    raise rounding_error()


def _ssize(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not -9223372036854775808 <= value <= 9223372036854775807:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return int(value)


def _bits_of(value):
    """Status bits from a list of signals or a complete signal dict."""
    if isinstance(value, (list, tuple)):
        bits = 0
        for sig in value:
            bit = SIGNAL_BITS.get(sig) if isinstance(sig, type) else None
            if bit is None:
                raise signal_key_error()
            bits |= bit
        return bits
    return _dict_bits(value)


def _dict_bits(value):
    if isinstance(value, SignalDict):
        return getattr(value._ctx, value._attr)
    if not isinstance(value, dict):
        raise TypeError('argument must be a signal dict')
    if len(value) != len(SIGNALS):
        raise KeyError('invalid signal dict')
    bits = 0
    for sig, bit in SIGNALS:
        if sig not in value:
            raise KeyError('invalid signal dict')
        if value[sig]:
            bits |= bit
    return bits


class SignalDict(_MutableMapping):
    """A context's flags or traps, seen as a mapping from signal to bool."""

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bit(self, key):
        bit = SIGNAL_BITS.get(key) if isinstance(key, type) else None
        if bit is None:
            raise signal_key_error()
        return bit

    def __getitem__(self, key):
        return getattr(self._ctx, self._attr) & self._bit(key) != 0

    def __setitem__(self, key, value):
        bit = self._bit(key)
        bits = getattr(self._ctx, self._attr)
        bits = bits | bit if value else bits & ~bit
        setattr(self._ctx, self._attr, bits)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([sig for sig, _ in SIGNALS])

    def __len__(self):
        return len(SIGNALS)

    def __repr__(self):
        bits = getattr(self._ctx, self._attr)
        return '{' + ', '.join(f'{sig!r}:{bits & bit != 0}' for sig, bit in SIGNALS) + '}'

    def copy(self):
        bits = getattr(self._ctx, self._attr)
        return {sig: bits & bit != 0 for sig, bit in SIGNALS}


SignalDict.__module__ = 'abc'


class Context:
    """The environment for arithmetic: precision, rounding, exponent range, flags and
    traps."""

    __tp_name__ = "decimal.Context"  # CPython's name for it in messages
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp', '_flags',
                 '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        template = DefaultContext if DefaultContext is not None else _INITIAL
        self._prec = template._prec
        self._rounding = template._rounding
        self._Emin = template._Emin
        self._Emax = template._Emax
        self._capitals = template._capitals
        self._clamp = template._clamp
        self._flags = template._flags
        self._traps = template._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps = _bits_of(traps)
        if flags is not None:
            self._flags = _bits_of(flags)

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _ssize(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        self._rounding = check_rounding(value)

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = _ssize(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = _ssize(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _ssize(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _ssize(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return SignalDict(self, '_flags')

    @flags.setter
    def flags(self, value):
        self._flags = _dict_bits(value)

    @property
    def traps(self):
        return SignalDict(self, '_traps')

    @traps.setter
    def traps(self, value):
        self._traps = _dict_bits(value)

    def _signal(self, status):
        """Records `status` in the flags; raises for the trapped part of it."""
        self._flags |= status
        trapped = status & self._traps
        if trapped:
            raise trap_error(trapped)

    def __repr__(self):
        return (f'Context(prec={self._prec}, rounding={self._rounding}, '
                f'Emin={self._Emin}, Emax={self._Emax}, capitals={self._capitals}, '
                f'clamp={self._clamp}, flags={status_names(self._flags)}, '
                f'traps={status_names(self._traps)})')

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [sig for sig, bit in SIGNALS if self._flags & bit],
                          [sig for sig, bit in SIGNALS if self._traps & bit]))

    def copy(self):
        new = object.__new__(Context)
        new._prec = self._prec
        new._rounding = self._rounding
        new._Emin = self._Emin
        new._Emax = self._Emax
        new._capitals = self._capitals
        new._clamp = self._clamp
        new._flags = self._flags
        new._traps = self._traps
        return new

    __copy__ = copy

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return _Decimal(10)

    # ---- making Decimals ------------------------------------------------------------

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            d = _Decimal(num, self)
        elif isinstance(num, float):
            self._signal(FLOAT_OPERATION)
            d = _Decimal.from_float(num)
        else:
            d = _Decimal(num)
        if d._special:
            if d._int and ndigits(d._int) > self._prec - self._clamp:
                return _h['_nan'](self, CONVERSION_SYNTAX)
            return d
        return _h['_finish'](self, d._sign, d._int, d._exp)

    def create_decimal_from_float(self, f):
        d = _Decimal.from_float(f)
        if d._special:
            return d
        return _h['_finish'](self, d._sign, d._int, d._exp)

    # ---- arithmetic -----------------------------------------------------------------

    def abs(self, a):
        a = _operand(a)
        if a._special and a._exp != 'F':
            return a._plus(self)
        return a.copy_abs()._plus(self, True)

    def plus(self, a):
        return _operand(a)._plus(self, True)

    def minus(self, a):
        a = _operand(a)
        if a._special and a._exp != 'F':
            return a._plus(self)
        return a.copy_negate()._plus(self, True)

    def add(self, a, b):
        return _h['_add'](_operand(a), _operand(b), self)

    def subtract(self, a, b):
        return _h['_add'](_operand(a), _operand(b), self, 1)

    def multiply(self, a, b):
        return _h['_multiply'](_operand(a), _operand(b), self)

    def divide(self, a, b):
        return _h['_divide'](_operand(a), _operand(b), self)

    def divide_int(self, a, b):
        return _h['_floordiv'](_operand(a), _operand(b), self)

    def remainder(self, a, b):
        return _h['_remainder'](_operand(a), _operand(b), self)

    def divmod(self, a, b):
        return _h['_divmod'](_operand(a), _operand(b), self)

    def power(self, a, b, modulo=None):
        a, b = _operand(a), _operand(b)
        if modulo is not None:
            return _h['_math_mod'].power_modulo(a, b, _operand(modulo), self)
        return _h['_math_mod'].power(a, b, self)

    def fma(self, a, b, c):
        return _operand(a).fma(b, c, self)

    def quantize(self, a, b):
        return _operand(a).quantize(b, context=self)

    def sqrt(self, a):
        return _operand(a).sqrt(self)

    def exp(self, a):
        return _operand(a).exp(self)

    def ln(self, a):
        return _operand(a).ln(self)

    def log10(self, a):
        return _operand(a).log10(self)

    def logb(self, a):
        return _operand(a).logb(self)

    def scaleb(self, a, b):
        return _operand(a).scaleb(b, self)

    def normalize(self, a):
        return _operand(a).normalize(self)

    def to_integral_value(self, a):
        return _operand(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _operand(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        a = _operand(a)
        return _h['_sci'](a._sign, a._int, a._exp, False, self._capitals)

    def to_eng_string(self, a):
        return _operand(a).to_eng_string(self)

    def compare(self, a, b):
        return _operand(a).compare(b, self)

    def compare_signal(self, a, b):
        return _operand(a).compare_signal(b, self)

    def compare_total(self, a, b):
        return _operand(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _operand(a).compare_total_mag(b)

    def max(self, a, b):
        return _operand(a).max(b, self)

    def min(self, a, b):
        return _operand(a).min(b, self)

    def max_mag(self, a, b):
        return _operand(a).max_mag(b, self)

    def min_mag(self, a, b):
        return _operand(a).min_mag(b, self)

    def next_plus(self, a):
        return _operand(a).next_plus(self)

    def next_minus(self, a):
        return _operand(a).next_minus(self)

    def next_toward(self, a, b):
        return _operand(a).next_toward(b, self)

    def remainder_near(self, a, b):
        return _operand(a).remainder_near(b, self)

    def same_quantum(self, a, b):
        return _operand(a).same_quantum(b)

    def number_class(self, a):
        return _operand(a).number_class(self)

    def copy_abs(self, a):
        return _operand(a).copy_abs()

    def copy_negate(self, a):
        return _operand(a).copy_negate()

    def copy_sign(self, a, b):
        return _operand(a).copy_sign(b)

    def copy_decimal(self, a):
        return _operand(a)

    def canonical(self, a):
        if not isinstance(a, _Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, _Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _operand(a).is_finite()

    def is_infinite(self, a):
        return _operand(a).is_infinite()

    def is_nan(self, a):
        return _operand(a).is_nan()

    def is_qnan(self, a):
        return _operand(a).is_qnan()

    def is_snan(self, a):
        return _operand(a).is_snan()

    def is_signed(self, a):
        return _operand(a).is_signed()

    def is_zero(self, a):
        return _operand(a).is_zero()

    def is_normal(self, a):
        return _operand(a).is_normal(self)

    def is_subnormal(self, a):
        return _operand(a).is_subnormal(self)


Context.__module__ = 'decimal'

DefaultContext = None


def _template(prec, rounding, traps):
    ctx = object.__new__(Context)
    ctx._prec = prec
    ctx._rounding = rounding
    ctx._Emin = -999999
    ctx._Emax = 999999
    ctx._capitals = 1
    ctx._clamp = 0
    ctx._flags = 0
    ctx._traps = traps
    return ctx


_INITIAL = _template(28, ROUND_HALF_EVEN, IEEE_INVALID | DIVISION_BY_ZERO | OVERFLOW)
DefaultContext = _template(28, ROUND_HALF_EVEN, IEEE_INVALID | DIVISION_BY_ZERO | OVERFLOW)
BasicContext = _template(9, ROUND_HALF_UP, IEEE_INVALID | DIVISION_BY_ZERO | OVERFLOW
                         | UNDERFLOW | CLAMPED)
ExtendedContext = _template(9, ROUND_HALF_EVEN, 0)

_current = _ContextVar('decimal_context')


def getcontext():
    """The current thread's (or task's) context, made from DefaultContext on first use."""
    ctx = _current.get(None)
    if ctx is None:
        ctx = DefaultContext.copy()
        ctx._flags = 0
        _current.set(ctx)
    return ctx


def setcontext(context):
    """Makes `context` the current one (a copy, for the three templates)."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current.set(context)


class ContextManager:
    """What localcontext() returns: sets its context on entry, restores on exit."""

    def __init__(self, ctx):
        self._local = ctx
        self._saved = None

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._local)
        return self._local

    def __exit__(self, *exc):
        setcontext(self._saved)
        return False


ContextManager.__module__ = 'decimal'


def localcontext(ctx=None, **kwargs):
    """A context manager using a copy of `ctx` (or the current context), with the
    attributes given as keywords."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    local = ctx.copy()
    for name, value in kwargs.items():
        if name not in _NAMES:
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if name in ('flags', 'traps'):
            setattr(local, '_' + name, _bits_of(value))
        else:
            setattr(local, name, value)
    return ContextManager(local)


_Decimal = None
_operand = None
_h = {}


def bind(decimal_type, operand, ctx_arg, helpers):
    """Called by decimal once Decimal exists: what Context's methods compute with."""
    global _Decimal, _operand
    _Decimal = decimal_type
    _operand = operand
    _h.update(helpers)


__all__ = ('Context', 'SignalDict', 'getcontext', 'setcontext', 'localcontext',
           'DefaultContext', 'BasicContext', 'ExtendedContext', 'check_rounding', 'bind',
           'ALL_STATUS')
