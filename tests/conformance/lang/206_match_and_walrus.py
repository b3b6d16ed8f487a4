# match statements over messages (class, mapping, sequence and guard patterns) and the
# walrus operator, in an async dispatcher.
import asyncio
from dataclasses import dataclass


@dataclass
class Move:
    x: int
    y: int


@dataclass
class Say:
    text: str


async def handle(msg):
    await asyncio.sleep(0)
    match msg:
        case Move(x=0, y=0):
            return "stay"
        case Move(x, y) if x == y:
            return f"diagonal {x}"
        case Move(x=x, y=y):
            return f"move {x},{y}"
        case Say(text) if (n := len(text)) > 5:
            return f"long say ({n})"
        case Say(text=t):
            return f"say {t!r}"
        case {"type": "ping", **rest}:
            return f"ping {sorted(rest)}"
        case [first, *others]:
            return f"list of {1 + len(others)} starting {first}"
        case str() | bytes() as raw:
            return f"raw {raw!r}"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(msg).__name__}"


async def main():
    msgs = [Move(0, 0), Move(2, 2), Move(1, 3), Say("hello world"), Say("hi"),
            {"type": "ping", "id": 1, "at": 2}, [1, 2, 3], "text", b"by", None, 4.5]
    for reply in await asyncio.gather(*(handle(m) for m in msgs)):
        print(reply)
    data = [3, 8, 1, 9]
    if (biggest := max(data)) > 5:
        print("biggest", biggest)
    chunks = iter(["a", "b", ""])
    while (chunk := next(chunks)):
        print("chunk", chunk)


asyncio.run(main())
