# field_validator: after (the default) and before modes, several fields, info, errors.
from pydantic import BaseModel, ValidationError, field_validator


class Signup(BaseModel):
    username: str
    password: str
    confirm: str
    age: int

    @field_validator("username")
    @classmethod
    def no_spaces(cls, v):
        if " " in v:
            raise ValueError("must not contain spaces")
        return v.lower()

    @field_validator("age", mode="before")
    @classmethod
    def strip_years(cls, v):
        if isinstance(v, str):
            return v.removesuffix(" years")
        return v

    @field_validator("confirm")
    @classmethod
    def matches(cls, v, info):
        if "password" in info.data and v != info.data["password"]:
            raise ValueError("passwords do not match")
        return v

    @field_validator("password", "confirm")
    @classmethod
    def long_enough(cls, v, info):
        assert len(v) >= 4, f"{info.field_name} is too short"
        return v


print(Signup(username="Ada", password="secret", confirm="secret", age="36 years"))
for kwargs in [
    {"username": "a b", "password": "secret", "confirm": "other", "age": 1},
    {"username": "ok", "password": "abc", "confirm": "abc", "age": "x years"},
]:
    try:
        Signup(**kwargs)
    except ValidationError as e:
        print(e)
        print(e.errors(include_url=False))
