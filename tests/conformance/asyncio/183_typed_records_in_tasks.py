# Typed records passed between tasks: NamedTuple, dataclass with slots, TypedDict,
# Enum members as keys, and sorting by attributes.
import asyncio
from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple, TypedDict, Optional


class Status(Enum):
    OK = "ok"
    FAILED = "failed"


class Result(NamedTuple):
    url: str
    status: Status
    size: int = 0


@dataclass(slots=True)
class Job:
    url: str
    retries: int = 0
    tags: list[str] = field(default_factory=list)


class Summary(TypedDict):
    ok: int
    failed: int


async def run(job: Job) -> Result:
    await asyncio.sleep(0.01 * len(job.url))
    if "bad" in job.url:
        return Result(job.url, Status.FAILED)
    return Result(job.url, Status.OK, len(job.url) * 100)


async def main() -> Optional[Summary]:
    jobs = [Job("a.com"), Job("bad.org", tags=["x"]), Job("b.net")]
    results = await asyncio.gather(*(run(j) for j in jobs))
    for r in sorted(results, key=lambda r: (r.status.value, -r.size)):
        print(r)
    counts: Summary = {"ok": 0, "failed": 0}
    for r in results:
        counts[r.status.value if r.status is Status.OK else "failed"] += 1
    print(counts, Status("ok"), Status.FAILED.name, Status.OK in (Status.OK,))
    print(results[0]._asdict(), results[0]._replace(size=1).size)
    print(jobs[1], hasattr(jobs[1], "__dict__"))
    return counts


print(asyncio.run(main()))
