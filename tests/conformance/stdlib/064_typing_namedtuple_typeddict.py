from typing import NamedTuple, TypedDict, List


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def describe(self) -> str:
        return f"{self.name} ({self.dept})"


e = Employee("ann")
print(e, e.describe(), e._fields, e._field_defaults)
print(Employee("bob", "ops", 90)._asdict(), e._replace(salary=200))
name, dept, salary = e
print(name, dept, salary, e[0], len(e), e == ("ann", "eng", 100))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields)


class Movie(TypedDict):
    title: str
    year: int


class Extra(TypedDict, total=False):
    rating: float


m: Movie = Movie(title="Alien", year=1979)
print(m, type(m).__name__, m["title"])
print(Movie.__required_keys__ == frozenset({"title", "year"}), Extra.__total__, Movie.__total__)
movies: List[Movie] = [{"title": "Up", "year": 2009}, m]
print(sorted(x["year"] for x in movies))
