# A declarative model layer, as ORMs build one: a metaclass collects typed fields in
# definition order (through __prepare__ and __set_name__), inherits them, forwards class
# keywords to __init_subclass__, and generates __init__ and __repr__.
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value


class ModelMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"Field": Field}

    def __new__(mcls, name, bases, ns, **kw):
        ns.pop("Field")
        own = [k for k, v in ns.items() if isinstance(v, Field)]
        cls = super().__new__(mcls, name, bases, ns, **kw)
        inherited = []
        for base in reversed(cls.__mro__[1:]):
            for f in getattr(base, "_fields", ()):
                if f not in inherited:
                    inherited.append(f)
        cls._fields = tuple(inherited + [f for f in own if f not in inherited])
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} {list(cls._fields)}>"

    def __len__(cls):
        return len(cls._fields)


class Model(metaclass=ModelMeta):
    table = None

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"

    def __init__(self, **values):
        for name in type(self)._fields:
            if name in values:
                setattr(self, name, values.pop(name))
        if values:
            raise TypeError(f"unknown fields: {sorted(values)}")

    def __repr__(self):
        parts = ", ".join(f"{n}={getattr(self, n)!r}" for n in type(self)._fields)
        return f"{type(self).__name__}({parts})"


class User(Model, table="people"):
    name = Field(str, "")
    age = Field(int, 0)


class Admin(User):
    level = Field(int, 1)
    name = Field(str, "root")


print(repr(User), repr(Admin), len(Admin), User.table, Admin.table)
u = User(name="ada", age=36)
a = Admin(level=3)
print(u, a)
for bad in [dict(age="old"), dict(email="x")]:
    try:
        User(**bad)
    except TypeError as e:
        print("TypeError:", e)

Dynamic = ModelMeta("Dynamic", (Model,), {"Field": Field, "size": Field(int, 7)}, table="dyn")
print(repr(Dynamic), Dynamic.table, Dynamic().size, isinstance(Dynamic, ModelMeta))
print("Field" in User.__dict__, type(User.name) is Field)
print(sorted(k for k in vars(User) if not k.startswith("_")))
