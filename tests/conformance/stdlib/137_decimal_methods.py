# Predicates, copies, neighbours, classes and fma.
from decimal import Decimal as D, Context

values = ['5', '-0', '0.0', '1E-999999', '-1E-1000000', 'NaN', 'sNaN', '-Inf', '1.50']
for x in values:
    d = D(x)
    print(x, d.is_nan(), d.is_qnan(), d.is_snan(), d.is_zero(), d.is_signed(), d.is_finite(),
          d.is_infinite(), d.is_normal(), d.is_subnormal(), d.number_class(), d.adjusted())
for x in ['5', '-1.5', '0', 'Inf']:
    d = D(x)
    print(x, d.copy_abs(), d.copy_negate(), d.copy_sign(D(-1)), d.copy_sign(1), d.next_plus(),
          d.next_minus(), d.next_toward(D(10)), d.logb() if d else '-')
print(D('1.2').fma(2, 3), D(7).remainder_near(4), D(10).remainder_near(4), D(5).radix())
print(D(5).compare_total(D('5.0')), D(-1).compare_total_mag(D('0.5')), D('1.5').conjugate())
print(D('1.5').real, D('1.5').imag, bool(D('0.0')), bool(D('0.1')), bool(D('NaN')))
print(D('0.5').logb(), D(123).logb(), D('2.50').canonical(), D(1).is_canonical())
ctx = Context(prec=3)
print(ctx.next_plus(D(1)), ctx.next_minus(D(1)), ctx.Etiny(), ctx.Etop(), ctx.radix())
print(ctx.is_zero(0), ctx.is_signed(D(-2)), ctx.number_class(D('-0')), ctx.copy_sign(2, -1))
print(ctx.logb(D(500)), ctx.scaleb(D('1.23'), 2), ctx.normalize(D('1.2000')))
