# types basics: SimpleNamespace, coroutine and generator types, FunctionType,
# MappingProxyType, ModuleType, and MethodType.
import types


ns = types.SimpleNamespace(host="localhost", port=8080)
ns.debug = True
print(ns)
print(ns.port, vars(ns) == {"host": "localhost", "port": 8080, "debug": True})
print(ns == types.SimpleNamespace(host="localhost", port=8080, debug=True))
del ns.debug
print(ns, hasattr(ns, "debug"))


async def coro():
    return 1


def gen():
    yield 1


async def agen():
    yield 1


c = coro()
print(isinstance(c, types.CoroutineType), type(c).__name__)
c.close()
print(isinstance(gen(), types.GeneratorType), isinstance(agen(), types.AsyncGeneratorType))
print(isinstance(coro, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(lambda: 0, types.LambdaType))

proxy = types.MappingProxyType({"a": 1})
print(proxy["a"], list(proxy), len(proxy))
try:
    proxy["b"] = 2
except TypeError as e:
    print("TypeError:", e)

mod = types.ModuleType("mymod", "a doc")
mod.x = 3
print(mod.__name__, mod.__doc__, mod.x)


class Greeter:
    pass


def hello(self):
    return "hello from " + type(self).__name__


g = Greeter()
g.hello = types.MethodType(hello, g)
print(g.hello(), isinstance(g.hello, types.MethodType))
print(type(None) is types.NoneType)
