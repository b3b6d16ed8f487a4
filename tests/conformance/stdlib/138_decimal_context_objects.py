# Context construction, attributes and their checks, signal dicts, copies.
from decimal import *

print(Context())
print(Context(prec=5, rounding=ROUND_UP, Emax=10, Emin=-10, capitals=0, clamp=1))
print(Context(flags=[Inexact], traps=[Rounded]))
c = Context(traps={s: False for s in [InvalidOperation, FloatOperation, DivisionByZero,
                                      Overflow, Underflow, Subnormal, Inexact, Rounded,
                                      Clamped]})
print(c)
print(c.traps)
print(list(c.flags), len(c.flags), c.flags.copy() == {s: False for s in c.flags})
c.flags[Inexact] = 5
print(c.flags[Inexact], c.flags.get(Rounded), Inexact in c.flags, c.flags[Inexact])
c.prec = True
print(c.prec, c.Etiny(), c.Etop())
for name, value in [('prec', 'a'), ('prec', 1.5), ('prec', 2**70), ('prec', 0), ('Emax', -1),
                    ('Emin', 1), ('capitals', 2), ('clamp', 3), ('rounding', 5),
                    ('rounding', 'ROUND_NOWHERE'), ('flags', [Inexact])]:
    try:
        setattr(c, name, value)
    except (TypeError, ValueError, OverflowError) as exc:
        print(name, type(exc).__name__, exc)
for bad in [lambda: c.traps[1], lambda: Context(traps=[1]), lambda: Context(flags=3),
            lambda: Context(traps={Inexact: 1}), lambda: Context(prec=0)]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    del c.flags[Inexact]
except ValueError as exc:
    print(exc)
c.flags = {s: True for s in c.flags}
print(c)
c.clear_traps()
c.clear_flags()
d = c.copy()
d.prec = 7
print(c.prec, d.prec, d)
DefaultContext.prec = 10
print(Context().prec)
DefaultContext.prec = 28
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_CONTEXTVAR, HAVE_THREADS)
print(Context.__module__, type(Context().flags).__name__)
