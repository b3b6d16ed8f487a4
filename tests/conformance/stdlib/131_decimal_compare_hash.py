# Comparisons with Decimals, ints and floats; sorting; hashing equal to equal numbers.
from decimal import Decimal as D, getcontext, FloatOperation

print(D('1.0') == 1, D('1.5') == 1.5, D('0.1') == 0.1, D(1) < 1.5, D('2') > 1, 3 >= D('3.0'))
print(D('NaN') == D('NaN'), D('NaN') != 1, D('-0') == 0, D('1E+2') == 100)
print(sorted([D('1.0'), 1, D('0.5'), 0.25, D('-3'), -2]))
print(max(D('1'), D('1.0')), min(D('2.5'), 3), D('1.30').compare(D('1.3')))
print(D(5).compare(3), D(3).compare(D('NaN')), D('1.0').compare_total(D('1')))
print(D(5).max(D('NaN')), D('-1').min(D('-1.0')), D(-5).max_mag(3), D(2).min_mag(-3))
for x in ['1', '0.5', '-1.25', '100', '1E+2', '0', '-0', '12345678901234567890', '1E-10', 'Inf', '-Inf']:
    d = D(x)
    twin = float(d) if d == float(d) else int(d)
    print(x, hash(d) == hash(twin), hash(d))
print(hash(D(1)) == hash(1), hash(D('0.5')) == hash(0.5), hash(D('1.000')) == hash(D(1)))
print(len({D('1'), D('1.0'), D('1.00'), 1, 1.0}), {D('2.50'): 'x'}[D('2.5')])
getcontext().clear_flags()
print(D(1) == 1.5, getcontext().flags[FloatOperation])
getcontext().clear_flags()
print(D(1) < 1.5, getcontext().flags[FloatOperation])
try:
    D('NaN') < 1
except Exception as exc:
    print(type(exc).__name__, exc)
try:
    hash(D('sNaN'))
except TypeError as exc:
    print(exc)
