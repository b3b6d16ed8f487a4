from typing import (Optional, List, Dict, Callable, Any, cast, overload, TYPE_CHECKING,
                    get_origin, get_args, NewType, Union, Tuple, Literal, Final)

if TYPE_CHECKING:
    print("never printed")


def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]


print(apply(lambda x: x * 2, [1, 2, 3]))
print(apply.__annotations__)


def find(d: Dict[str, int], key: str) -> Optional[int]:
    return d.get(key)


print(find({"a": 1}, "a"), find({}, "b"), find.__annotations__["return"])
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, cast(str, 123), cast("List[int]", [1]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]))
print(get_args(Optional[int]), get_origin(int), get_args(Callable[[int], str]))
print(get_args(Tuple[int, ...]), get_args(Literal["r", "w"]))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Any) -> Any:
    return x * 2


print(double(4), double("ab"))
MAX: Final = 10
mode: Literal["r", "w"] = "r"
print(MAX, mode)
