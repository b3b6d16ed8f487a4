import json
from dataclasses import dataclass, asdict


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"ids": {3, 1, 2}}, cls=SetEncoder))
print(json.dumps({"ids": {3, 1, 2}}, default=sorted))


@dataclass
class User:
    name: str
    roles: list


print(json.dumps(User("ann", ["admin"]), default=asdict))
print(json.dumps({"u": User("bob", [])}, default=lambda o: o.__dict__, indent=1))
try:
    json.dumps({"x": object()}, cls=SetEncoder)
except TypeError as e:
    print("TypeError", e)
print(json.loads('{"price": 1.10}', parse_float=str), json.loads("[1, 2]", parse_int=float))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=lambda pairs: [k for k, _ in pairs]))
print(json.loads("[NaN, Infinity]", parse_constant=lambda name: f"<{name}>"))
dec = json.JSONDecoder()
print(dec.decode('{"k": "v"}'), dec.raw_decode('[1, 2] trailing'))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
