"""What decimal's types share: the signals (exception classes), the status bits libmpdec
keeps for them, the rounding modes, and the two steps every arithmetic result goes
through — shedding digits under a rounding mode, and fitting a coefficient and exponent
into a context's precision and exponent range (the specification's "finalize" step).

Statuses are bit masks in libmpdec's order, the order Context's repr lists flags in;
an exception raised for a trapped status lists its conditions as CPython's C decimal
does ("[<class 'decimal.DivisionByZero'>]").
"""

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

# The order C's messages list them in.
ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
             ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
             Subnormal, Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

# libmpdec's status bits.
CLAMPED = 1
CONVERSION_SYNTAX = 2
DIVISION_BY_ZERO = 4
DIVISION_IMPOSSIBLE = 8
DIVISION_UNDEFINED = 16
FPU_ERROR = 32
INEXACT = 64
INVALID_CONTEXT = 128
INVALID_OPERATION = 256
MALLOC_ERROR = 512
FLOAT_OPERATION = 1024
OVERFLOW = 2048
ROUNDED = 4096
SUBNORMAL = 8192
UNDERFLOW = 16384
IEEE_INVALID = (CONVERSION_SYNTAX | DIVISION_IMPOSSIBLE | DIVISION_UNDEFINED | FPU_ERROR
                | INVALID_CONTEXT | INVALID_OPERATION | MALLOC_ERROR)
ALL_STATUS = 32767

# The signals in the order a SignalDict iterates them, with the bits each stands for.
SIGNALS = (
    (InvalidOperation, IEEE_INVALID),
    (FloatOperation, FLOAT_OPERATION),
    (DivisionByZero, DIVISION_BY_ZERO),
    (Overflow, OVERFLOW),
    (Underflow, UNDERFLOW),
    (Subnormal, SUBNORMAL),
    (Inexact, INEXACT),
    (Rounded, ROUNDED),
    (Clamped, CLAMPED),
)
SIGNAL_BITS = dict(SIGNALS)

# What a raised exception lists: the conditions behind InvalidOperation first.
_CONDITIONS = (
    (InvalidOperation, INVALID_OPERATION),
    (ConversionSyntax, CONVERSION_SYNTAX),
    (DivisionImpossible, DIVISION_IMPOSSIBLE),
    (DivisionUndefined, DIVISION_UNDEFINED),
    (InvalidContext, INVALID_CONTEXT),
) + SIGNALS[1:]

# The name a bit has in Context's repr, in bit order.
_BIT_NAMES = (
    (CLAMPED, 'Clamped'), (CONVERSION_SYNTAX, 'InvalidOperation'),
    (DIVISION_BY_ZERO, 'DivisionByZero'), (DIVISION_IMPOSSIBLE, 'InvalidOperation'),
    (DIVISION_UNDEFINED, 'InvalidOperation'), (FPU_ERROR, 'InvalidOperation'),
    (INEXACT, 'Inexact'), (INVALID_CONTEXT, 'InvalidOperation'),
    (INVALID_OPERATION, 'InvalidOperation'), (MALLOC_ERROR, 'InvalidOperation'),
    (FLOAT_OPERATION, 'FloatOperation'), (OVERFLOW, 'Overflow'), (ROUNDED, 'Rounded'),
    (SUBNORMAL, 'Subnormal'), (UNDERFLOW, 'Underflow'),
)


def status_names(bits):
    """The signal names of `bits` as Context's repr lists them."""
    names = []
    for bit, name in _BIT_NAMES:
        if bits & bit and name not in names:
            names.append(name)
    return '[' + ', '.join(names) + ']'


def trap_error(bits):
    """The exception for trapped status `bits`."""
    conditions = [cls for cls, bit in _CONDITIONS if bits & bit]
    for cls, bit in SIGNALS:
        if bits & bit:
            return cls(conditions)
    return DecimalException(conditions)


def signal_key_error():
    return KeyError("valid values for signals are:\n"
                    "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                    "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                    "   Clamped]")


def rounding_error():
    return TypeError("valid values for rounding are:\n"
                     "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                     "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                     "   ROUND_05UP]")


_POW10 = [10 ** i for i in range(64)]


def pow10(n):
    return _POW10[n] if n < 64 else 10 ** n


def ndigits(n):
    """The number of decimal digits of n >= 0 (1 for 0)."""
    if n < 10:
        return 1
    if n < 10_000_000_000_000_000:
        return len(str(n))
    # Estimate from the bit length, then correct: str() of a huge int is slow.
    est = (n.bit_length() - 1) * 30103 // 100000
    if n >= pow10(est + 1):
        est += 1
    elif n < pow10(est):
        est -= 1
    return est + 1


def round_up_wanted(sign, q, r, unit, rounding):
    """Whether to add one to the kept digits `q` whose discarded part is r / unit, r > 0."""
    if rounding == ROUND_HALF_EVEN:
        twice = r + r
        return twice > unit or (twice == unit and q & 1 == 1)
    if rounding == ROUND_HALF_UP:
        return r + r >= unit
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return r + r > unit
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    # ROUND_05UP: away from zero only when the last kept digit is 0 or 5.
    return q % 5 == 0


def shed(sign, coeff, drop, rounding):
    """coeff with its last `drop` (> 0) digits removed under `rounding`, and whether
    what was removed was nonzero."""
    unit = pow10(drop)
    q, r = divmod(coeff, unit)
    if r == 0:
        return q, False
    if round_up_wanted(sign, q, r, unit, rounding):
        q += 1
    return q, True


def fit(sign, coeff, exp, ctx):
    """(coeff, exp, status) of sign/coeff/exp fitted into ctx; exp 'F' on overflow to
    infinity."""
    prec = ctx._prec
    emin = ctx._Emin
    etiny = emin - prec + 1
    if coeff == 0:
        top = ctx._Emax - prec + 1 if ctx._clamp else ctx._Emax
        if exp < etiny:
            return 0, etiny, CLAMPED
        if exp > top:
            return 0, top, CLAMPED
        return 0, exp, 0
    nd = ndigits(coeff)
    adjusted = exp + nd - 1
    if adjusted > ctx._Emax:
        return overflowed(sign, ctx)
    status = 0
    low = exp + nd - prec
    subnormal = adjusted < emin
    if subnormal:
        low = etiny
    if exp < low:
        coeff, inexact = shed(sign, coeff, low - exp, ctx._rounding)
        exp = low
        status = ROUNDED
        if inexact:
            status |= INEXACT
        if coeff == pow10(prec):
            coeff = pow10(prec - 1)
            exp += 1
            if exp + prec - 1 > ctx._Emax:
                return overflowed(sign, ctx)
        if subnormal:
            status |= SUBNORMAL
            if inexact:
                status |= UNDERFLOW
                if coeff == 0:
                    status |= CLAMPED
    elif subnormal:
        status = SUBNORMAL
    if ctx._clamp:
        top = ctx._Emax - prec + 1
        if exp > top:
            coeff *= pow10(exp - top)
            exp = top
            status |= CLAMPED
    return coeff, exp, status


def overflowed(sign, ctx):
    """(coeff, exp, status) of a result too large for ctx: infinity or the largest
    finite number, as the rounding mode says."""
    status = OVERFLOW | INEXACT | ROUNDED
    rounding = ctx._rounding
    if (rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP)
            or (rounding == ROUND_CEILING and sign == 0)
            or (rounding == ROUND_FLOOR and sign == 1)):
        return 0, 'F', status
    prec = ctx._prec
    return pow10(prec) - 1, ctx._Emax - prec + 1, status
