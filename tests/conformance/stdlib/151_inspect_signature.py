# inspect.signature: parameters of functions, methods, classes (dataclasses included),
# callable instances, functools.partial and wrapped functions; binding arguments; the
# errors binding gives; getdoc, getmembers.
import inspect, functools, dataclasses, typing
from typing import Optional, List
def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool: pass
s = inspect.signature(f)
print(s, repr(s))
for name, p in s.parameters.items():
    print(name, p.kind, p.kind.description, repr(p.default), p.annotation, repr(p))
print(inspect.signature(lambda: 0), inspect.signature(lambda x, *, y=1: 0))
async def g(user_id: int, q: Optional[str] = None, tags: List[str] = []) -> dict: pass
print(inspect.signature(g))
print(inspect.signature(g).parameters['q'].annotation)
class C:
    def __init__(self, x, y=2): pass
    def m(self, z): pass
    def __call__(self, k): pass
print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(C(1)))
@dataclasses.dataclass
class P:
    x: int
    y: float = 0.0
print(inspect.signature(P))
class Plain: pass
print(inspect.signature(Plain))
p = functools.partial(f, 1, 2, d=5)
print(inspect.signature(p))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def h(u, v=1): pass
print(inspect.signature(h), inspect.signature(h, follow_wrapped=False))
b = s.bind(1, 2, 3, 4, 5, d=6, z=7)
print(b, b.args, b.kwargs)
b2 = inspect.signature(lambda x, y=5, *r, **k: 0).bind(1)
b2.apply_defaults(); print(b2.arguments)
for call in [lambda: s.bind(), lambda: s.bind(1, 2, 3, d=1, c=2), lambda: s.bind(1, b=2, d=3),
             lambda: inspect.signature(lambda x: 0).bind(1, 2),
             lambda: inspect.signature(lambda x: 0).bind(1, y=2),
             lambda: inspect.signature(5)]:
    try: print(call())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
P2 = inspect.Parameter
sig = inspect.Signature([P2('a', P2.POSITIONAL_OR_KEYWORD), P2('b', P2.KEYWORD_ONLY, default=None, annotation=int)], return_annotation=str)
print(sig, sig == sig.replace(), inspect.Parameter.empty, inspect.Signature.empty)
try: inspect.Signature([P2('a', P2.POSITIONAL_OR_KEYWORD, default=1), P2('b', P2.POSITIONAL_OR_KEYWORD)])
except ValueError as e: print(e)
def documented():
    """First line.

        Indented more.
    Back.
    """
print(inspect.getdoc(f), repr(inspect.getdoc(documented)))
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
