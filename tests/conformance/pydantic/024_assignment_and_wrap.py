# validate_assignment, wrap and plain field validators, a wrap model validator, title.
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator


class Counter(BaseModel):
    model_config = ConfigDict(validate_assignment=True)
    count: int
    label: str = "c"


c = Counter(count=1)
c.count = "5"
print(c, c.model_fields_set == {"count"})
try:
    c.count = "many"
except ValidationError as e:
    print(e)


class Lenient(BaseModel):
    x: int
    y: object = None

    @field_validator("x", mode="wrap")
    @classmethod
    def default_on_error(cls, v, handler):
        try:
            return handler(v)
        except ValidationError as e:
            print("handler failed:", e.errors(include_url=False)[0]["type"])
            return -1

    @field_validator("y", mode="plain")
    @classmethod
    def as_text(cls, v):
        return f"<{v}>"


print(Lenient(x="7", y=3), Lenient(x="z"))


class Logged(BaseModel):
    model_config = ConfigDict(title="LoggedModel")
    x: int

    @model_validator(mode="wrap")
    @classmethod
    def log(cls, data, handler):
        print("before", data)
        model = handler(data)
        print("after", repr(model))
        return model


print(Logged(x="2"))
try:
    Logged(x="q")
except ValidationError as e:
    print(e)
