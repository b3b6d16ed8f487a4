# Decimal from strings, ints, floats and tuples; str, repr and engineering strings.
from decimal import Decimal, DecimalTuple, getcontext

for text in ['1.10', '-0', '-0.000', '0E-7', '1E+5', '1e-7', '123.45E+7', ' 1_000.5 ',
             '\t42\n', '1_e5', 'N_aN', '.5', '5.', '00012', '+7', 'Inf', '-Infinity',
             'nan', '-NaN123', 'sNaN', 'NaN00', '\u0661\u0662.\u0665', '1e0000000000000001']:
    d = Decimal(text)
    print(repr(text), repr(d), str(d), d.to_eng_string())

for n in [0, 7, -12345678901234567890123456789, True, 10**40]:
    print(repr(Decimal(n)))

for f in [0.1, 1.5, -0.0, 1e100, 5e-324, float('inf'), float('-inf')]:
    print(repr(Decimal(f)))
print(repr(Decimal(float('nan'))), Decimal.from_float(0.25), Decimal.from_float(3))

for t in [(0, (1, 2), -1), (1, (0,), 3), (0, [1, 2], 1), (1, (), 'N'), (0, (1,), 'F'),
          DecimalTuple(0, (1,), 2)]:
    print(t, repr(Decimal(t)))

for text in ['0.000001', '0.0000001', '1E+4', '12E+4', '1E-7', '0E+4', '0E+5', '0E-8',
             '-1.23E-9', '10E+1', '0E+1']:
    d = Decimal(text)
    print(text, str(d), d.to_eng_string(), d.as_tuple(), d.adjusted())

print(Decimal(Decimal('2.50')), Decimal('1.5').as_tuple(), Decimal('-Inf').as_tuple())
print(Decimal('NaN12').as_tuple(), Decimal('sNaN').as_tuple())
getcontext().capitals = 0
print(Decimal('1.5E+10'), repr(Decimal('-2E-9')), Decimal('1E+4').to_eng_string())
getcontext().capitals = 1
print(type(Decimal('1')), Decimal.__module__, Decimal.__qualname__, DecimalTuple.__module__)
