# format() and f-strings with every presentation type, precision, width and grouping.
from decimal import Decimal as D, localcontext, ROUND_UP

values = ['0', '-0', '1.5', '-1234567.891', '0.000012345', '1E+10', '2.5', '100', '1.000',
          '-0.00', '9.999', '0E-10', '5E+3', 'NaN', '-Inf']
specs = ['', 'f', '.2f', '.0f', '10.3f', '<12.2f', '^12', '+', ' .1f', ',', ',.2f', 'e',
         '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', 'n', '012.2f', '=+12.1f', '*>15,.3f',
         '.0e', '.0g', 'z.1f', '015,.2f', 'x>8', '.5']
for v in values:
    d = D(v)
    print(v, '|'.join(format(d, s) for s in specs))
amount = D('1234.5')
print(f'{amount:,.2f} {amount:>12,.2f} {amount:.1e} {D("0.075"):.1%} {D("42"):08.3f}')
with localcontext(rounding=ROUND_UP):
    print(f'{D("2.221"):.2f} {D("1.5E+10"):.1}')
for spec in ['_', '#.0f', 'd', 'x', '.2s', '=010', ',,', '.']:
    try:
        format(D('1.5'), spec)
    except ValueError as exc:
        print(repr(spec), exc)
