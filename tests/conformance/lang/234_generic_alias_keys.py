# Parameterized generics (list[int], dict[str, int]) are equal and hash alike when their
# origin and arguments are, so they work as dict keys and set members: a registry keyed by
# annotation types finds `dict[str, int]` written out again.
from typing import Any, Optional, get_args

registry = {list[int]: "ints", dict[str, Any]: "json", tuple[int, ...]: "many"}
print(registry[list[int]], registry.get(dict[str, Any]), registry.get(tuple[int, ...]))
print(registry.get(list[str]), dict[str, int] in registry)
print(list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]))
print(len({list[int], list[int], set[int], list[int]}))
inner = get_args(Optional[dict[str, Any]])[0]
print(inner == dict[str, Any], registry[inner])
print(sorted(repr(k) for k in registry))
