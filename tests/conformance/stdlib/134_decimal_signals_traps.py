# Signals: flags, traps, the exceptions raised and their texts, Context's repr.
from decimal import *

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except DecimalException as exc:
        print(label, type(exc).__name__, exc, isinstance(exc, ArithmeticError))

attempt('1/0', lambda: Decimal(1) / 0)
attempt('0/0', lambda: Decimal(0) / 0)
attempt('1%0', lambda: Decimal(1) % 0)
attempt('syntax', lambda: Decimal('1.2.3'))
attempt('quantize', lambda: Decimal('1.2345').quantize(Decimal('1e-30')))
attempt('impossible', lambda: Decimal(10**30) // Decimal('0.001'))
attempt('0**0', lambda: Decimal(0) ** 0)
attempt('sqrt', lambda: Decimal(-1).sqrt())
attempt('divmod', lambda: divmod(Decimal(5), Decimal(0)))
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(Underflow, Subnormal), Overflow.__mro__[1:3])

ctx = Context(traps=[])
for fn in [lambda: ctx.divide(1, 0), lambda: ctx.divide(0, 0), lambda: ctx.create_decimal('x'),
           lambda: ctx.divide(1, 3), lambda: ctx.divmod(5, 0)]:
    print(fn())
print(ctx)
print(ctx.flags[InvalidOperation], ctx.flags[Inexact], ctx.flags[Clamped])
ctx.clear_flags()

ctx = Context(prec=3, Emax=5, Emin=-5, traps=[])
print(ctx.multiply(Decimal(999999), 1), ctx.multiply(Decimal('1.234e-6'), 1))
print(ctx.multiply(Decimal('1e-9'), 1), ctx.multiply(Decimal('1e-7'), 1), ctx)
ctx.clear_flags()
ctx.clamp = 1
print(ctx.plus(Decimal('1e5')), ctx.plus(Decimal('0e9')), ctx)
print(Context(prec=3, Emax=5, rounding=ROUND_DOWN, traps=[]).multiply(Decimal(999999), 1))

c = getcontext()
c.traps[Inexact] = True
c.traps[Rounded] = True
attempt('inexact', lambda: Decimal(1) / 3)
c.traps[Inexact] = False
attempt('rounded', lambda: Decimal(1) / 3)
attempt('exact', lambda: Decimal(1) / 4)
print(c)
c.traps[Rounded] = False
c.traps[FloatOperation] = True
attempt('float eq', lambda: Decimal(1) == 2.5)
attempt('float lt', lambda: Decimal(1) < 2.5)
attempt('float new', lambda: Decimal(1.5))
attempt('from_float', lambda: Decimal.from_float(1.5))
c.traps[FloatOperation] = False
print(c.traps)
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
