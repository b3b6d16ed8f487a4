"""decimal's functions beyond the four operations: power (exact for integer exponents
when the result is small, else with guard digits), modular power, square root, exp, ln,
log10, next_plus/next_minus/next_toward and remainder_near.

exp, ln, log10 and non-integer powers are computed in fixed point with guard digits and
checked the way correctly rounded libraries do (Ziv): the result is accepted once both
ends of its error interval round to the same number, else the work is redone with more
digits. decimal binds its helpers in (bind).
"""

from _decimal_base import (
    CLAMPED, DIVISION_IMPOSSIBLE, DIVISION_UNDEFINED, INEXACT, INVALID_OPERATION, OVERFLOW,
    ROUNDED, SUBNORMAL, UNDERFLOW, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, fit,
    ndigits, pow10,
)


def bind(mk, finish, nans, nan, quiet, compare, divide, multiply, add, divmod_finite,
         from_int):
    g = globals()
    g.update(_mk=mk, _finish=finish, _nans=nans, _nan=nan, _quiet=quiet,
             _compare=compare, _divide=divide, _multiply=multiply, _add=add,
             _divmod_finite=divmod_finite, _from_int=from_int)


def _integer_value(d):
    """d's value as an int if d is a finite integer of modest size, else None."""
    if d._special:
        return None
    c, e = d._int, d._exp
    if e >= 0:
        if c and e + ndigits(c) > 40:
            return None
        n = c * pow10(e)
    else:
        q, r = divmod(c, pow10(-e))
        if r:
            return None
        n = q
    return -n if d._sign else n


# ---- integer powers -------------------------------------------------------------------

def _int_power(a, n, ctx):
    """a ** n for an integer n != 0, as libmpdec computes it: binary powering from the
    top bit, every product rounded half-even to prec + (digits of n) + 2 digits (one
    more, and the base inverted first, for a negative n), then the result fitted into
    ctx; intermediate roundings leave their flags."""
    sign = a._sign if n & 1 else 0
    m = -n if n < 0 else n
    work = ctx.copy()
    work._prec = ctx._prec + len(str(m)) + 2
    work._rounding = ROUND_HALF_EVEN
    work._clamp = 0
    work._traps = 0
    work._flags = 0
    base = a
    if n < 0:
        work._prec += 1
        base = _divide(_mk(0, 1, 0), a, work)
    result = base
    bit = 1 << (m.bit_length() - 1)
    while bit > 1:
        bit >>= 1
        result = _multiply(result, result, work)
        if m & bit:
            result = _multiply(result, base, work)
        if result._special or (not result._int and work._flags & CLAMPED):
            break
    status = work._flags
    if result._exp == 'F':
        return _finish(ctx, sign, 1, ctx._Emax + ctx._prec + 1, status)
    return _finish(ctx, sign, result._int, result._exp, status)


def power(a, b, ctx):
    r = _nans(a, b, ctx)
    if r is not None:
        return r
    n = _integer_value(b)
    odd = n is not None and n & 1 == 1
    neg = a._sign if odd else 0
    if b._exp == 'F':
        if a._sign and (a._special or a._int):
            return _nan(ctx, INVALID_OPERATION)
        if not a._special and not a._int:
            return _mk(0, 0, 'F') if b._sign else _mk(0, 0, 0)
        c = _compare(a.copy_abs(), _mk(0, 1, 0))
        if c == 0:
            return _finish(ctx, 0, pow10(ctx._prec - 1), 1 - ctx._prec, INEXACT | ROUNDED)
        if (c > 0) != (b._sign == 1):
            return _mk(0, 0, 'F')
        return _mk(0, 0, 0)
    if a._exp == 'F':
        if not b._int:
            return _mk(0, 1, 0)
        return _mk(neg, 0, 0) if b._sign else _mk(neg, 0, 'F')
    if not a._int:
        if not b._int:
            return _nan(ctx, INVALID_OPERATION)
        return _mk(neg, 0, 'F') if b._sign else _mk(neg, 0, 0)
    if n is not None:
        if n == 0:
            return _finish(ctx, 0, 1, 0)
        return _int_power(a, n, ctx)
    if a._sign:
        if b._exp > 0:
            a = a.copy_abs()
        else:
            return _nan(ctx, INVALID_OPERATION)
    return _ziv(ctx, lambda w: _pow_fixed(a, b, w), True)


def power_modulo(a, b, m, ctx):
    r = None
    for d in (a, b, m):
        if d._exp == 'N':
            r = d
            break
    if r is None:
        for d in (a, b, m):
            if d._exp == 'n':
                return _quiet(d, ctx)
    else:
        ctx._signal(INVALID_OPERATION)
        return _quiet(r, ctx)
    x, y, mod = _integer_value(a), _integer_value(b), _integer_value(m)
    if x is None or y is None or mod is None or y < 0 or mod == 0 \
            or ndigits(abs(mod)) > ctx._prec or (x == 0 and y == 0):
        return _nan(ctx, INVALID_OPERATION)
    value = pow(abs(x), y, abs(mod))
    sign = 1 if x < 0 and y & 1 else 0
    return _mk(sign, value, 0)


# ---- square root ----------------------------------------------------------------------

def sqrt(d, ctx):
    if d._special:
        r = _nans(d, None, ctx)
        if r is not None:
            return r
        if d._sign:
            return _nan(ctx, INVALID_OPERATION)
        return d
    c, e = d._int, d._exp
    ideal = e // 2
    if not c:
        return _finish(ctx, d._sign, 0, ideal)
    if d._sign:
        return _nan(ctx, INVALID_OPERATION)
    prec = ctx._prec
    if e & 1:
        c *= 10
        e -= 1
    shift = prec + 1 - (ndigits(c) + 1) // 2
    exact = True
    if shift >= 0:
        c *= pow10(2 * shift)
    else:
        c, rest = divmod(c, pow10(-2 * shift))
        exact = rest == 0
    root = _isqrt(c)
    exp = e // 2 - shift
    if exact and root * root == c:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
        return _round_even(ctx, root, exp)
    if root % 5 == 0:
        root += 1
    return _round_even(ctx, root, exp)


def _round_even(ctx, coeff, exp, sign=0):
    saved = ctx._rounding
    ctx._rounding = ROUND_HALF_EVEN
    try:
        coeff, exp, status = fit(sign, coeff, exp, ctx)
    finally:
        ctx._rounding = saved
    if status:
        ctx._signal(status)
    return _mk(sign, coeff, exp)


def _isqrt(n):
    if n < 4503599627370496:
        r = int(n ** 0.5)
    else:
        r = 1 << ((n.bit_length() + 1) // 2)
        while True:
            s = (r + n // r) // 2
            if s >= r:
                break
            r = s
    while r * r > n:
        r -= 1
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r


# ---- exp, ln, log10 -------------------------------------------------------------------

_CONSTANTS = {}


def _atanh_inv(q, scale):
    """atanh(1/q) * 10**scale, truncated."""
    one = pow10(scale)
    term = one // q
    total = term
    q2 = q * q
    k = 3
    while term:
        term //= q2
        total += term // k
        k += 2
    return total


def _ln2(scale):
    key = ('ln2', scale)
    if key not in _CONSTANTS:
        _CONSTANTS[key] = 2 * _atanh_inv(3, scale + 5) // 100000
    return _CONSTANTS[key]


def _ln10(scale):
    key = ('ln10', scale)
    if key not in _CONSTANTS:
        s = scale + 5
        _CONSTANTS[key] = (3 * 2 * _atanh_inv(3, s) + 2 * _atanh_inv(9, s)) // 100000
    return _CONSTANTS[key]


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w, c > 0, within a few units."""
    s = w + 10
    one = pow10(s)
    nd = ndigits(c)
    m = c * one // pow10(nd - 1)  # c / 10**(nd-1), in [1, 10)
    j = 0
    while m > one * 14 // 10:
        m //= 2
        j += 1
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    term = z
    total = z
    k = 3
    while term:
        term = term * z2 // one
        total += term // k
        k += 2
    if m < one:
        total = -total
    power10 = e + nd - 1
    extra = len(str(abs(power10))) + 1
    ln10 = _ln10(s + extra) // pow10(extra)
    value = 2 * total + j * _ln2(s) + power10 * ln10
    return value // pow10(10)


def _exp_fixed(z, w):
    """exp(z / 10**w) as (coeff, exp, relative error in units of the coeff's w-th digit
    from the top): coeff has about w + 5 digits."""
    s = w + 10
    zs = z * pow10(10)
    nbig = abs(zs) // pow10(s) + 1
    extra = len(str(nbig)) + 2
    ln10 = _ln10(s + extra)
    n = (zs * pow10(extra) + ln10 // 2) // ln10
    rest = zs - n * ln10 // pow10(extra)
    one = pow10(s)
    k = 12
    x = rest // (1 << k)
    term = one
    total = one
    i = 1
    while term:
        term = term * x // (one * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    return total, n - s


def _ziv(ctx, compute, exp_range=False, even=False):
    """The correctly rounded result of compute(w) -> (signed coeff, exp, error units),
    retried with more digits while the error interval straddles a rounding point. With
    `exp_range`, infinity or zero when the result is out of the exponent range, as
    libmpdec's exp gives them; with `even`,
    rounded half-even whatever the context says (exp, ln and log10 are)."""
    if even:
        saved = ctx._rounding
        ctx._rounding = ROUND_HALF_EVEN
        try:
            return _ziv(ctx, compute, exp_range)
        finally:
            ctx._rounding = saved
    w = ctx._prec + 20
    for attempt in range(5):
        value, exp, err = compute(w)
        sign = 1 if value < 0 else 0
        mag = -value if sign else value
        lo, hi = mag - err, mag + err
        if exp_range:
            adjusted = exp + ndigits(mag) - 1
            if adjusted > ctx._Emax or adjusted < ctx._Emin - ctx._prec:
                return _exp_out_of_range(adjusted < 0, ctx)
        if lo > 0 and fit(sign, lo, exp, ctx) == fit(sign, hi, exp, ctx):
            break
        if attempt == 4:
            break
        w += w
    return _finish(ctx, sign, mag * 10 + 1, exp - 1)


def _pow_fixed(a, b, w):
    wl = w + max(0, b._exp + ndigits(b._int) + 1)
    ln = _ln_fixed(a._int, a._exp, wl)
    z = ln * b._int
    if b._exp >= 0:
        z *= pow10(b._exp)
    else:
        z //= pow10(-b._exp)
    if b._sign:
        z = -z
    coeff, exp = _exp_fixed(z, wl)
    err = coeff * (ndigits(b._int) + 10) // pow10(w) + 1000
    return coeff, exp, err


def exp(d, ctx):
    if d._special:
        r = _nans(d, None, ctx)
        if r is not None:
            return r
        return _mk(0, 0, 0) if d._sign else d
    if not d._int:
        return _mk(0, 1, 0)
    prec = ctx._prec
    adjusted = d._exp + ndigits(d._int) - 1
    if adjusted < -(prec + 2):
        big = pow10(prec + 3)
        return _finish(ctx, 0, big - 1 if d._sign else big + 1, -(prec + 3))
    if adjusted > len(str(max(ctx._Emax, -ctx._Emin + prec))) + 1:
        return _exp_out_of_range(d._sign, ctx)

    def compute(w):
        w += max(0, adjusted + 1)
        z = d._int * pow10(w + d._exp) if d._exp + w >= 0 else d._int // pow10(-d._exp - w)
        coeff, e = _exp_fixed(-z if d._sign else z, w)
        return coeff, e, coeff // pow10(w) + 1000

    return _ziv(ctx, compute, True, True)


def _exp_out_of_range(negative, ctx):
    """exp of a number too large for the context: libmpdec gives infinity, or zero at
    Etiny, whatever the rounding."""
    if negative:
        ctx._signal(UNDERFLOW | SUBNORMAL | INEXACT | ROUNDED | CLAMPED)
        return _mk(0, 0, ctx._Emin - ctx._prec + 1)
    ctx._signal(OVERFLOW | INEXACT | ROUNDED)
    return _mk(0, 0, 'F')


def _closeness_to_one(d):
    """How many digits of d - 1 are zeros after the point (0 when d is far from 1)."""
    c, e = d._int, d._exp
    if e > 0 or d._exp + ndigits(c) - 1 not in (0, -1):
        return 0
    diff = abs(c - pow10(-e))
    if not diff:
        return 0
    return max(0, -(e + ndigits(diff)))


def ln(d, ctx):
    if d._special:
        r = _nans(d, None, ctx)
        if r is not None:
            return r
        if d._sign:
            return _nan(ctx, INVALID_OPERATION)
        return d
    if not d._int:
        return _mk(1, 0, 'F')
    if d._sign:
        return _nan(ctx, INVALID_OPERATION)
    if _compare(d, _mk(0, 1, 0)) == 0:
        return _mk(0, 0, 0)
    near = _closeness_to_one(d)

    def compute(w):
        w += near
        return _ln_fixed(d._int, d._exp, w), -w, 1000

    return _ziv(ctx, compute, even=True)


def log10(d, ctx):
    if d._special:
        r = _nans(d, None, ctx)
        if r is not None:
            return r
        if d._sign:
            return _nan(ctx, INVALID_OPERATION)
        return d
    if not d._int:
        return _mk(1, 0, 'F')
    if d._sign:
        return _nan(ctx, INVALID_OPERATION)
    c = d._int
    nd = ndigits(c)
    if c == pow10(nd - 1):
        k = d._exp + nd - 1
        return _round_even(ctx, abs(k), 0, 1 if k < 0 else 0)
    near = _closeness_to_one(d)

    def compute(w):
        w += near
        s = w + 5
        value = _ln_fixed(c, d._exp, s) * pow10(s) // _ln10(s)
        return value, -s, 1000

    return _ziv(ctx, compute, even=True)


# ---- neighbours and remainders --------------------------------------------------------

def next_toward(d, direction, ctx, toward=False):
    """The next number after d going up (direction 1) or down (-1); with `toward`, the
    signals next-toward raises."""
    if d._special:
        r = _nans(d, None, ctx)
        if r is not None:
            return r
        if (d._sign == 0) == (direction > 0):
            return d
        prec = ctx._prec
        return _mk(d._sign, pow10(prec) - 1, ctx._Emax - prec + 1)
    prec = ctx._prec
    etiny = ctx._Emin - prec + 1
    if not d._int:
        sign, coeff, exp = (0 if direction > 0 else 1), 1, etiny
    else:
        # Move by less than the context's smallest step there, then round onwards.
        c, e = d._int, d._exp
        below = max(e + ndigits(c) - prec, etiny) - 1
        if below < e:
            c *= pow10(e - below)
            e = below
        signed = (-c if d._sign else c) + direction
        sign = 1 if signed < 0 else 0
        saved = ctx._rounding
        ctx._rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
        try:
            coeff, exp, _ = fit(sign, abs(signed), e, ctx)
        finally:
            ctx._rounding = saved
    if toward:
        if exp == 'F':
            ctx._signal(OVERFLOW | INEXACT | ROUNDED)
        elif not coeff:
            ctx._signal(UNDERFLOW | SUBNORMAL | INEXACT | ROUNDED | CLAMPED)
        elif exp + ndigits(coeff) - 1 < ctx._Emin:
            ctx._signal(UNDERFLOW | SUBNORMAL | INEXACT | ROUNDED)
    return _mk(sign, coeff, exp)


def remainder_near(a, b, ctx):
    if a._special or b._special:
        r = _nans(a, b, ctx)
        if r is not None:
            return r
        if a._exp == 'F':
            return _nan(ctx, INVALID_OPERATION)
        return _finish(ctx, a._sign, a._int, a._exp)
    if not b._int:
        return _nan(ctx, INVALID_OPERATION if a._int else DIVISION_UNDEFINED)
    parts = _divmod_finite(a, b, ctx)
    if parts is None:
        return _nan(ctx, DIVISION_IMPOSSIBLE)
    (q, _), (r, exp) = parts
    # r is the truncated remainder at exponent exp; compare 2r with |b| there.
    cb = b._int * pow10(b._exp - exp)
    if 2 * r > cb or (2 * r == cb and q & 1):
        r = cb - r
        sign = a._sign ^ 1
        q += 1
    else:
        sign = a._sign
    if q >= pow10(ctx._prec):
        return _nan(ctx, DIVISION_IMPOSSIBLE)
    return _finish(ctx, sign, r, exp)
