# An uncaught trapped signal ends the program with C decimal's message.
from decimal import Decimal

prices = [Decimal('19.99'), Decimal('5.01')]
print(sum(prices) / len(prices))
print(Decimal(1) + 1.5 if False else 'mixing floats raises TypeError')
try:
    Decimal(1) + 1.5
except TypeError as exc:
    print(exc)
try:
    1.5 * Decimal(1)
except TypeError as exc:
    print(exc)
try:
    Decimal(1) ** 0.5
except TypeError as exc:
    print(exc)
try:
    Decimal(None)
except TypeError as exc:
    print(exc)
try:
    Decimal((2, (1,), 0))
except ValueError as exc:
    print(exc)
print(Decimal(sum(prices)) / 0)
