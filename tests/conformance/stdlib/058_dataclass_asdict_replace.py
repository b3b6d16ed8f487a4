from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass


@dataclass
class Address:
    city: str
    zip: str


@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)


p = Person("ann", 30, Address("Oslo", "0150"), ["123"])
print(asdict(p))
print(astuple(p))
q = replace(p, age=31)
print(q, q.address is p.address, p.age)
print([(f.name, f.type.__name__ if isinstance(f.type, type) else f.type) for f in fields(Person)])
print(is_dataclass(p), is_dataclass(Person), is_dataclass(42), is_dataclass(dict))
copy = asdict(p)
copy["phones"].append("456")
print(p.phones, copy["phones"])
for bad in [lambda: asdict(42), lambda: replace(p, nickname="x"), lambda: fields(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
