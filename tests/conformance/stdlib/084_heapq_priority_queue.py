import heapq
from dataclasses import dataclass, field

tasks = []
for priority, name in [(3, "write docs"), (1, "fix bug"), (2, "review"), (1, "deploy"), (3, "lunch")]:
    heapq.heappush(tasks, (priority, name))
while tasks:
    print(heapq.heappop(tasks))


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


jobs = [Job(2, "b"), Job(1, "a"), Job(3, "c"), Job(1, "a2")]
heapq.heapify(jobs)
print([heapq.heappop(jobs).name for _ in range(len(jobs))])
scores = {"ann": 91, "bob": 78, "cy": 91, "dee": 85, "eve": 60}
print(heapq.nlargest(3, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(10, [3, 1]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["a", "d"], ["b", "c"], key=str.upper)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
