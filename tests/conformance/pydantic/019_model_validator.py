# model_validator: before (on the raw input) and after (on the model).
from typing import Any

from pydantic import BaseModel, ValidationError, model_validator


class Range(BaseModel):
    low: int
    high: int

    @model_validator(mode="before")
    @classmethod
    def from_string(cls, data: Any) -> Any:
        if isinstance(data, str):
            low, _, high = data.partition("-")
            return {"low": low, "high": high}
        return data

    @model_validator(mode="after")
    def ordered(self):
        if self.low > self.high:
            raise ValueError("low must not exceed high")
        return self


print(Range(low=1, high=2), Range.model_validate("3-9"))
for bad in [{"low": 5, "high": 1}, "7-x", 12]:
    try:
        Range.model_validate(bad)
    except ValidationError as e:
        print(e)
        print(e.errors(include_url=False))
