# Precision and every rounding mode, through the current context and Context objects.
from decimal import (Decimal as D, Context, getcontext, ROUND_HALF_EVEN, ROUND_HALF_UP,
                     ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_05UP)

modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN,
         ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
values = ['2.5', '3.5', '-2.5', '2.51', '-2.49', '2.05', '2.15', '-0.05', '9.99', '0.995']
for mode in modes:
    ctx = Context(prec=2, rounding=mode)
    print(mode, [str(ctx.plus(D(v))) for v in values])

for prec in [1, 3, 5, 10, 28, 40]:
    getcontext().prec = prec
    print(prec, D(1) / D(7), D(2).sqrt(), D('123456.789') * D('1.001'))
getcontext().prec = 28

ctx = Context(prec=4, rounding=ROUND_HALF_UP)
print(ctx.add(D('1.2345'), 0), ctx.multiply(D('1.005'), 10), ctx.divide(1, 3))
print(ctx.subtract(10, D('0.00001')), ctx.power(D('1.1'), 10), ctx.create_decimal('3.14159'))
print(ctx.quantize(D('2.675'), D('0.01')), ctx.divide_int(10, 3), ctx.remainder(10, 3))
print(ctx.divmod(D(17), D(5)), ctx.abs(D('-1.23456')), ctx.minus(D('5')), ctx.plus(D('-0')))
print(ctx.compare(1, 2), ctx.max(D('1'), D('1.0')), ctx.min(D('-1'), D('-1.0')))
print(ctx.sqrt(D(10)), ctx.to_sci_string(D('1E+10')), ctx.to_eng_string(D('1E+10')))
print(Context(prec=3).create_decimal('1.555'), Context(prec=3).create_decimal(1.555))
