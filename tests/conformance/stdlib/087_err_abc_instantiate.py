from abc import ABC, abstractmethod


class Repository(ABC):
    @abstractmethod
    def get(self, key):
        ...


class Partial(Repository):
    pass


print("defining done")
Partial()
