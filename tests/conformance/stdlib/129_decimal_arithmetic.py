# The four operations, //, %, divmod and unary operators under the default context.
from decimal import Decimal as D

pairs = [('1.1', '2.2'), ('0.1', '0.2'), ('1.000', '-1.00'), ('-0', '0.5'), ('-0', '-2.0'),
         ('1E+3', '1E+5'), ('1.00', '0.2'), ('7', '-2'), ('-7.5', '2'), ('10', '3'),
         ('5', '1E-5'), ('1E+20', '-1E-5'), ('12345678901234567890123456.7', '1'),
         ('0.00', '3'), ('2.5', '0.5'), ('12.345', '0.01')]
for x, y in pairs:
    a, b = D(x), D(y)
    print(x, y, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))

print(D(5) + D('1E-50'), D('1E+50') - D('1E-50'))
print(D(7) % D('0.3'), D('-7.5') % 2, 7 // D('-2.5'), D(10**20) // D('0.001'))
print(D(1) + 1, 2 * D('1.5'), 1 - D('0.1'), 3 / D(4), 10 // D(3), 10 % D(3))
print(-D('0'), +D('-0'), abs(D('-1.50')), -D('1.50'), +D('1.2345678901234567890123456789012345'))
print(sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1)
total = D('0')
for price in ['19.99', '5.01', '0.50']:
    total += D(price)
print(total, total * 3, total / 3)
print(D('Inf') + 1, D('-Inf') * -2, D(1) / D('Inf'), D('Inf') // 3, D(3) % D('Inf'))
print(D('NaN') + 1, D(5) * D('NaN'))
