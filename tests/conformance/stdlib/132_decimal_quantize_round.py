# quantize, to_integral, round(), int(), float() and math's floor/ceil/trunc.
import math
from decimal import Decimal as D, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_FLOOR, Context

cent = D('0.01')
for x in ['2.675', '2.665', '-2.675', '1.005', '0.125', '1234.5678', '-0.001', '0', '1E+3']:
    d = D(x)
    print(x, d.quantize(cent), d.quantize(cent, ROUND_HALF_UP), d.quantize(D('1')),
          d.quantize(D('1E+1'), rounding=ROUND_UP), d.quantize(D('0.1'), ROUND_DOWN))
print(D('1.2345').quantize(D('1.000000')), D('7.5').quantize(D('1e-2')))
print(D('Inf').quantize(D('Inf')), D('1.5').quantize(D('0.1'), context=Context(prec=2)))
for x in ['2.5', '3.5', '-2.5', '0.5', '1.5', '-0.4', '-3.9', '7']:
    d = D(x)
    print(x, round(d), round(d, 0), round(d, 1), int(d), float(d), math.floor(d), math.ceil(d),
          math.trunc(d), d.to_integral_value(), d.to_integral_value(ROUND_FLOOR),
          d.to_integral_exact())
print(round(D('2.675'), 2), round(D('123.456'), -1), round(D('123.456'), -5))
print(float(D('1E+400')), float(D('-1E-400')), float(D('NaN')), float(D('-Inf')))
print(D('1.5').as_integer_ratio(), D('-0.125').as_integer_ratio(), D('1E+3').as_integer_ratio())
print(D('1.30').normalize(), D('120').normalize(), D('-0.00').normalize(), D('1E+3').normalize())
print(D('123.456').scaleb(-2), D('1.5').same_quantum(D('2.5')), D('1.5').same_quantum(D('2')))
