# __init_subclass__: class-statement keywords reach the parent's hook, cooperative
# super().__init_subclass__(**kw) chains through mixins, and object.__init_subclass__
# rejects keywords nobody consumed.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.plugin_name, kwargs)


class Mixin:
    def __init_subclass__(cls, **kwargs):
        print("mixin sees", cls.__name__, sorted(kwargs))
        super().__init_subclass__(**kwargs)


class A(Plugin):
    pass


class B(Plugin, name="bee"):
    pass


class C(Mixin, Plugin, name="sea"):
    pass


class Grandchild(B):
    pass


print(Plugin.registry, Grandchild.plugin_name, B.plugin_name)

try:
    class D(Plugin, name="d", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class E(color=1):
        pass
except TypeError as e:
    print("TypeError:", e)

print(Plugin.registry)


class Tracked:
    subclasses = []

    @classmethod
    def __init_subclass__(cls, **kwargs):
        Tracked.subclasses.append(cls.__name__)


class T1(Tracked):
    pass


class T2(T1):
    pass


print(Tracked.subclasses)


class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required


class Ok(Strict, required=3):
    pass


print(Ok.required)
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)
