from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Awaitable,
                    Coroutine, AsyncIterator, Iterable, Iterator, Generator, Literal, Final,
                    ClassVar, Type, TypeVar, Sequence, Mapping, FrozenSet, Annotated)

T = TypeVar("T")
K = TypeVar("K", bound=int, covariant=True)
items = [Any, Optional[int], Union[int, str], Union[int, str, None], Union[int], List[int], List,
         Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool],
         Callable[..., int], Callable, Literal["a", 1], ClassVar[int], Final[int], Type[int], Set[T],
         T, K, Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[str], Iterable[int],
         Iterator[float], Generator[int, None, None], Optional[T], Sequence[int], Mapping[str, int],
         FrozenSet[int], Annotated[int, "meta"]]
for item in items:
    print(repr(item))
print(Union[int, Union[str, float]], Optional[Optional[int]], Union[int, int])
