from typing import Generic, TypeVar, Protocol, List, Optional, Iterator

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self._items))


s: Stack[int] = Stack[int]()
for n in [1, 2, 3]:
    s.push(n)
print(s.pop(), s.peek(), list(s))
words = Stack[str]()
words.push("hi")
print(words.peek(), isinstance(words, Stack))


class Greeter(Protocol):
    def greet(self, name: str) -> str:
        ...


class English:
    def greet(self, name: str) -> str:
        return f"Hello, {name}"


def welcome(g: Greeter, who: str) -> str:
    return g.greet(who)


print(welcome(English(), "Ada"))


class Pair(Generic[T]):
    def __init__(self, a: T, b: T):
        self.a, self.b = a, b

    def swap(self) -> "Pair[T]":
        return Pair(self.b, self.a)


p = Pair(1, 2).swap()
print(p.a, p.b)
