import math

cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-5)", lambda: math.log(-5)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(5.0)", lambda: math.factorial(5.0)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("comb(3, -1)", lambda: math.comb(3, -1)),
    ("isqrt(-4)", lambda: math.isqrt(-4)),
    ("acos(2)", lambda: math.acos(2)),
    ("sin(inf)", lambda: math.sin(math.inf)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("fsum overflow", lambda: math.fsum([1e308, 1e308])),
    ("isclose tol", lambda: math.isclose(1, 2, rel_tol=-1)),
    ("sqrt()", lambda: math.sqrt()),
    ("gcd(2.5)", lambda: math.gcd(2.5)),
]
for label, fn in cases:
    try:
        print(label, "->", fn())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(label, "!!", type(e).__name__, e)
