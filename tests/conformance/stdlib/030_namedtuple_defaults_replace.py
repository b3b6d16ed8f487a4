from collections import namedtuple

Account = namedtuple("Account", "owner balance currency", defaults=[0, "USD"])
print(Account("ann"), Account("bob", 10), Account("cy", 5, "EUR"))
print(Account._field_defaults, Account._fields)
a = Account("dee", 100)
b = a._replace(balance=50)
print(a, b, a is b)
print(b._asdict())
Row = namedtuple("Row", "a, b ,c")
print(Row(1, 2, 3))
R = namedtuple("R", ["def", "x", "x", "_y"], rename=True)
print(R._fields)
for bad in [("bad name", "x"), ("Ok", "class"), ("Ok", "_x"), ("Ok", "x x")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    a._replace(nope=1)
except ValueError as e:
    print("ValueError", e)
try:
    Account._make([1])
except TypeError as e:
    print("TypeError", e)
