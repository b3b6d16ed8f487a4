"""Loopscope's decimal: decimal floating point as the General Decimal Arithmetic
specification defines it, behaving as CPython 3.11's C implementation (libmpdec): its
results, flags, reprs and error texts.

A Decimal is a sign, an int coefficient and an exponent (or 'F', 'n', 'N' for infinity,
NaN and signaling NaN). Every operation computes exactly (or with enough guard digits)
and then fits the result into the context (_decimal_base.fit). The context is kept in a
ContextVar, so each thread and each asyncio task sees its own, as in CPython 3.11;
Context, the signal dicts and localcontext are _decimal_context's; parsing, strings and
format specs _decimal_text's; exp, ln, log10 and non-integer powers _decimal_math's.
"""

import math as _math
from collections import namedtuple as _namedtuple
from _decimal_base import (
    ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
    ROUND_HALF_DOWN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY,
    DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
    DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
    Overflow, Underflow, FloatOperation,
    CLAMPED, CONVERSION_SYNTAX, DIVISION_BY_ZERO, DIVISION_IMPOSSIBLE, DIVISION_UNDEFINED,
    INEXACT, INVALID_OPERATION, FLOAT_OPERATION, ROUNDED, SUBNORMAL, UNDERFLOW,
    fit as _fit, shed as _shed, ndigits as _ndigits, pow10 as _pow10,
)
from _decimal_text import (
    parse as _parse, sci_string as _sci, format_number as _format_number,
)
import _decimal_context as _context
from _decimal_context import (
    Context, getcontext, setcontext, localcontext, DefaultContext, BasicContext,
    ExtendedContext, HAVE_CONTEXTVAR, HAVE_THREADS,
)

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
    'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
    'HAVE_CONTEXTVAR',
]

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')
DecimalTuple.__module__ = 'decimal'

_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159
_HASH_10_INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _mk(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = exp.__class__ is str
    return d


def _finish(ctx, sign, coeff, exp, status=0):
    """The Decimal sign/coeff/exp fitted into ctx, with its signals raised."""
    coeff, exp, more = _fit(sign, coeff, exp, ctx)
    status |= more
    if status:
        ctx._signal(status)
    return _mk(sign, coeff, exp)


def _nan(ctx, status):
    """The quiet NaN an invalid operation gives."""
    ctx._signal(status)
    return _mk(0, 0, 'n')


def _quiet(d, ctx):
    """d's NaN made quiet, its payload cut to what the context holds."""
    payload = d._int
    room = ctx._prec - ctx._clamp
    if payload and _ndigits(payload) > room:
        payload = payload % _pow10(room) if room > 0 else 0
    return _mk(d._sign, payload, 'n')


def _nans(a, b, ctx):
    """The result of an operation on a NaN, or None when neither a nor b is one."""
    ea = a._exp
    eb = b._exp if b is not None else 0
    if ea == 'N' or eb == 'N':
        ctx._signal(INVALID_OPERATION)
        return _quiet(a if ea == 'N' else b, ctx)
    if ea == 'n':
        return _quiet(a, ctx)
    if eb == 'n':
        return _quiet(b, ctx)
    return None


def _from_int(n):
    if n < 0:
        return _mk(1, -n, 0)
    return _mk(0, int(n), 0)


def _from_float_exact(f):
    if f != f:
        return _mk(1 if _math.copysign(1.0, f) < 0 else 0, 0, 'n')
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF, -_INF):
        return _mk(sign, 0, 'F')
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _mk(sign, n * 5 ** k, -k)


_INF = float('inf')


def _ctx_arg(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _operand(other):
    """other as a Decimal for arithmetic, or None."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return None


def _method_operand(other):
    """other as a Decimal for a method's argument; TypeError as C's for anything else."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError(f'conversion from {type(other).__name__} to Decimal is not supported')


def _refuse(left, right, sym):
    """What a binary operator returns for an operand it cannot take: for builtin types,
    which never take a Decimal either, CPython's TypeError with C's type name."""
    for obj in (left, right):
        if not isinstance(obj, Decimal) and type(obj).__module__ != 'builtins':
            return NotImplemented
    names = ["'decimal.Decimal'" if isinstance(obj, Decimal) else f"'{type(obj).__name__}'"
             for obj in (left, right)]
    if sym == '**':
        sym = '** or pow()'
    raise TypeError(f'unsupported operand type(s) for {sym}: {names[0]} and {names[1]}')


def _adjusted(d):
    return d._exp + _ndigits(d._int) - 1


def _compare(a, b):
    """-1, 0 or 1 for two Decimals that are not NaNs."""
    if a._special or b._special:
        # No NaNs here: at least one infinity, +1 or -1; finite numbers are 0.
        va = (-1 if a._sign else 1) if a._special else 0
        vb = (-1 if b._sign else 1) if b._special else 0
        return (va > vb) - (va < vb)
    ca = a._int
    cb = b._int
    if not ca:
        if not cb:
            return 0
        return 1 if b._sign else -1
    if not cb:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ea = a._exp
    eb = b._exp
    if ea == eb:
        r = (ca > cb) - (ca < cb)
    else:
        aa = ea + _ndigits(ca)
        ab = eb + _ndigits(cb)
        if aa != ab:
            r = 1 if aa > ab else -1
        elif ea > eb:
            ca *= _pow10(ea - eb)
            r = (ca > cb) - (ca < cb)
        else:
            cb *= _pow10(eb - ea)
            r = (ca > cb) - (ca < cb)
    return -r if a._sign else r


def _add(a, b, ctx, negate=0):
    sb = b._sign ^ negate
    if a._special or b._special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != sb:
                return _nan(ctx, INVALID_OPERATION)
            return _mk(a._sign, 0, 'F')
        return _mk(sb, 0, 'F')
    ca, ea, sa = a._int, a._exp, a._sign
    cb, eb = b._int, b._exp
    if not ca or not cb:
        exp = ea if ea < eb else eb
        if not ca and not cb:
            if sa == sb:
                sign = sa
            else:
                sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            return _finish(ctx, sign, 0, exp)
        if ca:
            return _finish(ctx, sa, ca * _pow10(ea - exp), exp)
        return _finish(ctx, sb, cb * _pow10(eb - exp), exp)
    if ea != eb:
        # An operand entirely below the other's last digit and its rounding digit
        # matters only as "something nonzero": stand it in by a single digit there.
        if ea > eb:
            cutoff = min(ea, ea + _ndigits(ca) - 2 - ctx._prec)
            if eb + _ndigits(cb) - 1 < cutoff:
                cb, eb = 1, cutoff - 1
        else:
            cutoff = min(eb, eb + _ndigits(cb) - 2 - ctx._prec)
            if ea + _ndigits(ca) - 1 < cutoff:
                ca, ea = 1, cutoff - 1
    if ea > eb:
        ca *= _pow10(ea - eb)
        exp = eb
    else:
        cb *= _pow10(eb - ea)
        exp = ea
    if sa == sb:
        return _finish(ctx, sa, ca + cb, exp)
    diff = ca - cb
    if diff > 0:
        return _finish(ctx, sa, diff, exp)
    if diff < 0:
        return _finish(ctx, sb, -diff, exp)
    return _finish(ctx, 1 if ctx._rounding == ROUND_FLOOR else 0, 0, exp)


def _multiply(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if (a._exp == 'F' and not b._special and not b._int) or \
                (b._exp == 'F' and not a._special and not a._int):
            return _nan(ctx, INVALID_OPERATION)
        return _mk(sign, 0, 'F')
    return _finish(ctx, sign, a._int * b._int, a._exp + b._exp)


def _divide(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _nan(ctx, INVALID_OPERATION)
            return _mk(sign, 0, 'F')
        return _finish(ctx, sign, 0, ctx._Emin - ctx._prec + 1, CLAMPED)
    cb = b._int
    if not cb:
        if not a._int:
            return _nan(ctx, DIVISION_UNDEFINED)
        ctx._signal(DIVISION_BY_ZERO)
        return _mk(sign, 0, 'F')
    ca = a._int
    ideal = a._exp - b._exp
    if not ca:
        return _finish(ctx, sign, 0, ideal)
    shift = _ndigits(cb) - _ndigits(ca) + ctx._prec + 1
    if shift >= 0:
        q, r = divmod(ca * _pow10(shift), cb)
    else:
        q, r = divmod(ca, cb * _pow10(-shift))
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(ctx, sign, q, exp)


def _divmod_finite(a, b, ctx):
    """(quotient, remainder) of finite a by finite nonzero b, as Decimals unfitted:
    (sign, coeff, exp) pairs; None if the quotient needs more than prec digits."""
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    exp = ea if ea < eb else eb
    if not ca:
        return (0, 0), (0, exp)
    aa = ea + _ndigits(ca)
    ab = eb + _ndigits(cb)
    if aa - ab > ctx._prec:
        return None
    if aa < ab:
        return (0, 0), (ca * _pow10(ea - exp), exp)
    if ea >= eb:
        q, r = divmod(ca * _pow10(ea - eb), cb)
    else:
        q, r = divmod(ca, cb * _pow10(eb - ea))
    if q >= _pow10(ctx._prec):
        return None
    return (q, 0), (r, exp)


def _floordiv(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _nan(ctx, INVALID_OPERATION)
            return _mk(sign, 0, 'F')
        return _mk(sign, 0, 0)
    if not b._int:
        if not a._int:
            return _nan(ctx, DIVISION_UNDEFINED)
        ctx._signal(DIVISION_BY_ZERO)
        return _mk(sign, 0, 'F')
    parts = _divmod_finite(a, b, ctx)
    if parts is None:
        return _nan(ctx, DIVISION_IMPOSSIBLE)
    q = parts[0]
    return _finish(ctx, sign, q[0], q[1])


def _remainder(a, b, ctx):
    if a._special or b._special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            return _nan(ctx, INVALID_OPERATION)
        return _finish(ctx, a._sign, a._int, a._exp)
    if not b._int:
        return _nan(ctx, DIVISION_UNDEFINED if not a._int else INVALID_OPERATION)
    parts = _divmod_finite(a, b, ctx)
    if parts is None:
        return _nan(ctx, DIVISION_IMPOSSIBLE)
    r = parts[1]
    return _finish(ctx, a._sign, r[0], r[1])


def _divmod(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r, r
        if a._exp == 'F':
            if b._exp == 'F':
                r = _nan(ctx, INVALID_OPERATION)
                return r, r
            return _mk(sign, 0, 'F'), _nan(ctx, INVALID_OPERATION)
        return _mk(sign, 0, 0), _finish(ctx, a._sign, a._int, a._exp)
    if not b._int:
        if not a._int:
            r = _nan(ctx, DIVISION_UNDEFINED)
            return r, r
        r = _nan(ctx, DIVISION_BY_ZERO | INVALID_OPERATION)
        return _mk(sign, 0, 'F'), r
    parts = _divmod_finite(a, b, ctx)
    if parts is None:
        r = _nan(ctx, DIVISION_IMPOSSIBLE)
        return r, r
    (qc, qe), (rc, re) = parts
    qc, qe, s1 = _fit(sign, qc, qe, ctx)
    rc, re, s2 = _fit(a._sign, rc, re, ctx)
    if s1 | s2:
        ctx._signal(s1 | s2)
    return _mk(sign, qc, qe), _mk(a._sign, rc, re)


class Decimal:
    """Floating-point decimal number: Decimal('3.14'), Decimal(7), Decimal(0.5)."""

    __tp_name__ = "decimal.Decimal"  # CPython's name for it in messages
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                _ctx_arg(context)._signal(CONVERSION_SYNTAX)
                parsed = (0, 0, 'n')
            elif parsed[2].__class__ is int and not MIN_ETINY <= parsed[2] <= MAX_EMAX:
                _ctx_arg(context)._signal(INVALID_OPERATION)
                parsed = (0, 0, 'n')
            self._sign, self._int, self._exp = parsed
        elif isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = -value if value < 0 else int(value)
            self._exp = 0
        elif isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
        elif isinstance(value, float):
            _ctx_arg(context)._signal(FLOAT_OPERATION)
            d = _from_float_exact(value)
            self._sign, self._int, self._exp = d._sign, d._int, d._exp
        elif isinstance(value, (list, tuple)):
            self._sign, self._int, self._exp = _from_tuple(value)
        else:
            if context is not None:
                _ctx_arg(context)
            raise TypeError(
                f'conversion from {type(value).__name__} to Decimal is not supported')
        self._special = self._exp.__class__ is str
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float_exact(f)
        else:
            raise TypeError(f'conversion from {type(f).__name__} to Decimal is not supported')
        return d if cls is Decimal else cls(d)

    # ---- text ---------------------------------------------------------------------

    def __str__(self):
        return _sci(self._sign, self._int, self._exp, False, getcontext()._capitals)

    def __repr__(self):
        return "Decimal('" + self.__str__() + "')"

    def to_eng_string(self, context=None):
        ctx = _ctx_arg(context)
        return _sci(self._sign, self._int, self._exp, True, ctx._capitals)

    def __format__(self, spec, override=None):
        if not isinstance(spec, str):
            raise TypeError(f'format spec must be str, not {type(spec).__name__}')
        ctx = getcontext()
        if not spec:
            return _sci(self._sign, self._int, self._exp, False, ctx._capitals)
        return _format_number(self._sign, self._int, self._exp, spec, ctx._rounding,
                              ctx._capitals)

    def __getattr__(self, name):
        raise AttributeError(f"'decimal.Decimal' object has no attribute '{name}'")

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def as_tuple(self):
        if self._exp == 'F':
            digits = (0,)
        elif self._special and not self._int:
            digits = ()
        else:
            digits = tuple(map(int, str(self._int)))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        n = self._int
        if self._exp >= 0:
            n *= _pow10(self._exp)
            d = 1
        else:
            d = _pow10(-self._exp)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # ---- conversions --------------------------------------------------------------

    def _integral(self, rounding):
        if self._special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        exp = self._exp
        if exp >= 0:
            n = self._int * _pow10(exp)
        else:
            n, _ = _shed(self._sign, self._int, -exp, rounding)
        return -n if self._sign else n

    def __int__(self):
        return self._integral(ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_mk(0, 1, -n))

    def __float__(self):
        if self._special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return -_math.nan if self._sign else _math.nan
            return -_INF if self._sign else _INF
        return float(_sci(self._sign, self._int, self._exp))

    def __complex__(self):
        return complex(self.__float__())

    def __bool__(self):
        return self._special or self._int != 0

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _mk(0, 0, 0)

    def conjugate(self):
        return self

    def __hash__(self):
        if self._special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        exp = self._exp
        if exp >= 0:
            h = self._int * pow(10, exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._int * pow(_HASH_10_INV, -exp, _HASH_MODULUS) % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # ---- comparisons --------------------------------------------------------------

    def _compared(self, other, ordering):
        """other as a Decimal to compare with, NotImplemented, or None when a NaN
        decides the answer."""
        if isinstance(other, Decimal):
            pass
        elif isinstance(other, int):
            other = _from_int(other)
        elif isinstance(other, float):
            ctx = getcontext()
            if ordering:
                ctx._signal(FLOAT_OPERATION)
            else:
                ctx._flags |= FLOAT_OPERATION
            other = _from_float_exact(other)
        elif isinstance(other, complex) and not ordering and other.imag == 0:
            return self._compared(other.real, ordering)
        else:
            return NotImplemented
        if self._special or other._special:
            if self._exp in ('n', 'N') or other._exp in ('n', 'N'):
                if ordering or self._exp == 'N' or other._exp == 'N':
                    getcontext()._signal(INVALID_OPERATION)
                return None
        return other

    def __eq__(self, other):
        o = self._compared(other, False)
        if o is None:
            return False
        if o is NotImplemented:
            return o
        return _compare(self, o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        o = self._compared(other, True)
        if o is None:
            return False
        if o is NotImplemented:
            return o
        return _compare(self, o) < 0

    def __le__(self, other):
        o = self._compared(other, True)
        if o is None:
            return False
        if o is NotImplemented:
            return o
        return _compare(self, o) <= 0

    def __gt__(self, other):
        o = self._compared(other, True)
        if o is None:
            return False
        if o is NotImplemented:
            return o
        return _compare(self, o) > 0

    def __ge__(self, other):
        o = self._compared(other, True)
        if o is None:
            return False
        if o is NotImplemented:
            return o
        return _compare(self, o) >= 0

    # ---- arithmetic operators -----------------------------------------------------

    def __add__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, '+')
        return _add(self, o, getcontext())

    def __radd__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(other, self, '+')
        return _add(o, self, getcontext())

    def __iadd__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, '+=')
        return _add(self, o, getcontext())

    def __sub__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, '-')
        return _add(self, o, getcontext(), 1)

    def __rsub__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(other, self, '-')
        return _add(o, self, getcontext(), 1)

    def __isub__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, '-=')
        return _add(self, o, getcontext(), 1)

    def __mul__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, '*')
        return _multiply(self, o, getcontext())

    def __rmul__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(other, self, '*')
        return _multiply(o, self, getcontext())

    def __imul__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, '*=')
        return _multiply(self, o, getcontext())

    def __truediv__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, '/')
        return _divide(self, o, getcontext())

    def __rtruediv__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(other, self, '/')
        return _divide(o, self, getcontext())

    def __itruediv__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, '/=')
        return _divide(self, o, getcontext())

    def __floordiv__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, '//')
        return _floordiv(self, o, getcontext())

    def __rfloordiv__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(other, self, '//')
        return _floordiv(o, self, getcontext())

    def __mod__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, '%')
        return _remainder(self, o, getcontext())

    def __rmod__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(other, self, '%')
        return _remainder(o, self, getcontext())

    def __divmod__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, 'divmod()')
        return _divmod(self, o, getcontext())

    def __rdivmod__(self, other):
        o = _operand(other)
        if o is None:
            return _refuse(other, self, 'divmod()')
        return _divmod(o, self, getcontext())

    def __pow__(self, other, modulo=None):
        o = _operand(other)
        if o is None:
            return _refuse(self, other, '**')
        ctx = getcontext()
        if modulo is not None:
            m = _operand(modulo)
            if m is None:
                return NotImplemented
            return _math_mod.power_modulo(self, o, m, ctx)
        return _math_mod.power(self, o, ctx)

    def __rpow__(self, other, modulo=None):
        o = _operand(other)
        if o is None:
            return _refuse(other, self, '**')
        return _math_mod.power(o, self, getcontext())

    def __neg__(self):
        if self._special and self._exp != 'F':
            return self._plus(getcontext())
        return self.copy_negate()._plus(getcontext(), True)

    def __pos__(self):
        return self._plus(getcontext(), True)

    def __abs__(self):
        if self._special and self._exp != 'F':
            return self._plus(getcontext())
        return self.copy_abs()._plus(getcontext(), True)

    def _plus(self, ctx, zero_positive=False):
        """The specification's plus: self fitted into ctx."""
        if self._special:
            r = _nans(self, None, ctx)
            return r if r is not None else self
        sign = self._sign
        if zero_positive and not self._int and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _finish(ctx, sign, self._int, self._exp)

    # ---- methods ------------------------------------------------------------------

    def adjusted(self):
        if self._special:
            return 0
        return _adjusted(self)

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and not self._int

    def is_normal(self, context=None):
        ctx = _ctx_arg(context)
        if self._special or not self._int:
            return False
        return _adjusted(self) >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _ctx_arg(context)
        if self._special or not self._int:
            return False
        return _adjusted(self) < ctx._Emin

    def radix(self):
        return _mk(0, 10, 0)

    def copy_abs(self):
        return _mk(0, self._int, self._exp)

    def copy_negate(self):
        return _mk(self._sign ^ 1, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _method_operand(other)
        return _mk(other._sign, self._int, self._exp)

    def number_class(self, context=None):
        ctx = _ctx_arg(context)
        sign = '-' if self._sign else '+'
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        if self._exp == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if _adjusted(self) < ctx._Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def same_quantum(self, other, context=None):
        other = _method_operand(other)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or \
                (self._exp == 'F' and other._exp == 'F')
        return self._exp == other._exp

    def compare(self, other, context=None):
        ctx = _ctx_arg(context)
        other = _method_operand(other)
        r = _nans(self, other, ctx)
        if r is not None:
            return r
        return _from_int(_compare(self, other))

    def compare_signal(self, other, context=None):
        ctx = _ctx_arg(context)
        other = _method_operand(other)
        if self.is_nan() or other.is_nan():
            ctx._signal(INVALID_OPERATION)
            return _mk(0, 0, 'n')
        return _from_int(_compare(self, other))

    def compare_total(self, other, context=None):
        other = _method_operand(other)
        return _from_int(_total_order(self, other))

    def compare_total_mag(self, other, context=None):
        other = _method_operand(other)
        return _from_int(_total_order(self.copy_abs(), other.copy_abs()))

    def _pick(self, other, ctx, want, mag):
        """max/min and their _mag forms: the specification's choice, NaNs and ties."""
        other = _method_operand(other)
        if self._special or other._special:
            sn = self._exp == 'N' or other._exp == 'N'
            if sn:
                return _nans(self, other, ctx)
            if self._exp == 'n' and other._exp == 'n':
                return _quiet(self, ctx)
            if self._exp == 'n':
                return other._plus(ctx)
            if other._exp == 'n':
                return self._plus(ctx)
        if mag:
            c = _compare(self.copy_abs(), other.copy_abs())
        else:
            c = 0
        if c == 0:
            c = _total_order(self, other)
        chosen = self if c == want else other
        return chosen._plus(ctx)

    def max(self, other, context=None):
        return self._pick(other, _ctx_arg(context), 1, False)

    def min(self, other, context=None):
        return self._pick(other, _ctx_arg(context), -1, False)

    def max_mag(self, other, context=None):
        return self._pick(other, _ctx_arg(context), 1, True)

    def min_mag(self, other, context=None):
        return self._pick(other, _ctx_arg(context), -1, True)

    def normalize(self, context=None):
        ctx = _ctx_arg(context)
        if self._special:
            r = _nans(self, None, ctx)
            return r if r is not None else self
        d = self._plus(ctx)
        if d._special:
            return d
        if not d._int:
            return _mk(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
        while coeff % 10 == 0 and exp < top:
            coeff //= 10
            exp += 1
        return _mk(d._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx_arg(context)
        exp = _method_operand(exp)
        rounding = ctx._rounding if rounding is None else _context.check_rounding(rounding)
        return _quantize(self, exp._exp, exp, rounding, ctx)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx_arg(context)
        rounding = ctx._rounding if rounding is None else _context.check_rounding(rounding)
        if self._special:
            r = _nans(self, None, ctx)
            return r if r is not None else self
        if self._exp >= 0:
            return self
        coeff, _ = _shed(self._sign, self._int, -self._exp, rounding)
        return _mk(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx_arg(context)
        rounding = ctx._rounding if rounding is None else _context.check_rounding(rounding)
        if self._special:
            r = _nans(self, None, ctx)
            return r if r is not None else self
        if self._exp >= 0:
            return self
        if not self._int:
            return _mk(self._sign, 0, 0)
        coeff, inexact = _shed(self._sign, self._int, -self._exp, rounding)
        ctx._signal(ROUNDED | INEXACT if inexact else ROUNDED)
        return _mk(self._sign, coeff, 0)

    def sqrt(self, context=None):
        return _math_mod.sqrt(self, _ctx_arg(context))

    def exp(self, context=None):
        return _math_mod.exp(self, _ctx_arg(context))

    def ln(self, context=None):
        return _math_mod.ln(self, _ctx_arg(context))

    def log10(self, context=None):
        return _math_mod.log10(self, _ctx_arg(context))

    def fma(self, other, third, context=None):
        ctx = _ctx_arg(context)
        other = _method_operand(other)
        third = _method_operand(third)
        if self._special or other._special:
            if self._exp == 'N' or other._exp == 'N' or third._exp == 'N':
                ctx._signal(INVALID_OPERATION)
                src = self if self._exp == 'N' else other if other._exp == 'N' else third
                return _quiet(src, ctx)
            r = _nans(self, other, ctx)
            if r is not None:
                return r
            product = _multiply(self, other, ctx)
        else:
            product = _mk(self._sign ^ other._sign, self._int * other._int,
                          self._exp + other._exp)
        return _add(product, third, ctx)

    def logb(self, context=None):
        ctx = _ctx_arg(context)
        if self._special:
            r = _nans(self, None, ctx)
            return r if r is not None else _mk(0, 0, 'F')
        if not self._int:
            ctx._signal(DIVISION_BY_ZERO)
            return _mk(1, 0, 'F')
        return _plus_int(_adjusted(self), ctx)

    def scaleb(self, other, context=None):
        ctx = _ctx_arg(context)
        other = _method_operand(other)
        r = _nans(self, other, ctx)
        if r is not None:
            return r
        if other._special or other._exp != 0:
            return _nan(ctx, INVALID_OPERATION)
        shift = -other._int if other._sign else other._int
        if self._special:
            return self
        return _finish(ctx, self._sign, self._int, self._exp + shift)

    def next_plus(self, context=None):
        return _math_mod.next_toward(self, 1, _ctx_arg(context))

    def next_minus(self, context=None):
        return _math_mod.next_toward(self, -1, _ctx_arg(context))

    def next_toward(self, other, context=None):
        ctx = _ctx_arg(context)
        other = _method_operand(other)
        r = _nans(self, other, ctx)
        if r is not None:
            return r
        c = _compare(self, other)
        if c == 0:
            return _mk(other._sign, self._int, self._exp)
        return _math_mod.next_toward(self, -c, ctx, True)

    def remainder_near(self, other, context=None):
        ctx = _ctx_arg(context)
        other = _method_operand(other)
        return _math_mod.remainder_near(self, other, ctx)


def _plus_int(n, ctx):
    return _finish(ctx, 1 if n < 0 else 0, abs(n), 0)


def _total_order(a, b):
    """compare_total: -1, 0 or 1 in the specification's total order."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = {'N': 4, 'n': 5, 'F': 3}

    def key(d):
        return rank.get(d._exp, 0) if d._special else 0

    ka, kb = key(a), key(b)
    if ka != kb or ka:
        if ka == kb:
            if ka >= 4:
                r = (a._int > b._int) - (a._int < b._int)
            else:
                r = 0
        else:
            r = 1 if ka > kb else -1
        return -r if a._sign else r
    r = _compare(a, b)
    if r == 0:
        r = (a._exp > b._exp) - (a._exp < b._exp)
        if a._sign:
            r = -r
    return r


def _quantize(d, target, exp_dec, rounding, ctx):
    if d._special or exp_dec._special:
        r = _nans(d, exp_dec, ctx)
        if r is not None:
            return r
        if d._exp == 'F' and exp_dec._exp == 'F':
            return d
        return _nan(ctx, INVALID_OPERATION)
    prec = ctx._prec
    if not ctx._Emin - prec + 1 <= target <= ctx._Emax:
        return _nan(ctx, INVALID_OPERATION)
    if not d._int:
        return _finish(ctx, d._sign, 0, target)
    coeff, exp = d._int, d._exp
    if _adjusted(d) - target + 1 > prec:
        return _nan(ctx, INVALID_OPERATION)
    status = 0
    if exp > target:
        coeff *= _pow10(exp - target)
    elif exp < target:
        coeff, inexact = _shed(d._sign, coeff, target - exp, rounding)
        status = ROUNDED | INEXACT if inexact else ROUNDED
    if _ndigits(coeff) > prec or (coeff and target + _ndigits(coeff) - 1 > ctx._Emax):
        return _nan(ctx, INVALID_OPERATION)
    coeff, exp, more = _fit(d._sign, coeff, target, ctx)
    status |= more
    if status & SUBNORMAL and status & INEXACT:
        status |= UNDERFLOW
    if status:
        ctx._signal(status)
    return _mk(d._sign, coeff, exp)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coeff = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coeff = coeff * 10 + digit
    if exp == 'F':
        coeff = 0
    return int(sign), coeff, exp if isinstance(exp, str) else int(exp)


Decimal.__module__ = 'decimal'

import _decimal_math as _math_mod  # noqa: E402  (needs Decimal's helpers above)

_math_mod.bind(_mk, _finish, _nans, _nan, _quiet, _compare, _divide, _multiply, _add,
               _divmod_finite, _from_int)
_context.bind(Decimal, _method_operand, _ctx_arg, globals())
