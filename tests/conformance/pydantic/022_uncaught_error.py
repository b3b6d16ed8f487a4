# An uncaught ValidationError ends the program with pydantic's message.
from pydantic import BaseModel


class Config(BaseModel):
    port: int
    host: str


print("validating")
Config(port="eighty", host="localhost")
