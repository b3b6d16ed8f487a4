class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="custom-beta"):
    pass


class Gamma(Alpha):
    pass


print(Plugin.registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, "plugin_name"))


class Base:
    subclasses = []

    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)


class One(Base):
    pass


class Two(Base):
    pass


print(Base.subclasses, [c.__name__ for c in Base.__subclasses__()])
