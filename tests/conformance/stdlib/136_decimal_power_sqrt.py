# Integer and fractional powers, square roots, exp, ln and log10.
from decimal import Decimal as D, localcontext, getcontext

for base, exp in [('1.10', 2), ('2.0', -1), ('4', -1), ('3', -1), ('-2', 3), ('1.1', 100),
                  ('0.0', 3), ('-0', 3), ('Inf', -2), ('-Inf', 3), ('12.5', -2), ('0.1', -5),
                  ('1E+2', 2), ('10', -28), ('10', -30), ('2', 1000), ('1.5', 0), ('0', -1)]:
    print(base, exp, D(base) ** exp)
print(D(10) ** D('2.0'), D(100) ** D('0.5'), D(2) ** D('0.5'), D('0.5') ** D('2.5'))
print(D(2) ** D(1000000), D('1.00') ** D('30'), 2 ** D(10))
for x in ['2', '3', '0.25', '100', '1E+3', '0.0100', '-0', 'Inf', '1E-9', '12345678901234567890']:
    print(x, D(x).sqrt())
for x in ['1', '2', '0.5', '10', '100', '1E-3', '123.456']:
    d = D(x)
    print(x, d.exp(), d.ln(), d.log10())
print(D(0).exp(), D(0).ln(), D('-1').exp(), D('Inf').exp(), D('-Inf').exp())
with localcontext(prec=50):
    print(D(2).sqrt(), D(1).exp(), D(10).ln())
with localcontext(prec=5):
    print(D(7) ** 13, D('1.5') ** -3, D(2).sqrt() ** 2)
getcontext().prec = 28
