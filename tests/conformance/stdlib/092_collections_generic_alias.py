from collections import Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field, fields


@dataclass
class Inbox:
    queue: deque[str] = field(default_factory=deque)
    seen: Counter[str] = field(default_factory=Counter)
    by_sender: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


box = Inbox()
for sender, msg in [("ann", "hi"), ("bob", "yo"), ("ann", "again")]:
    box.queue.append(msg)
    box.seen[sender] += 1
    box.by_sender[sender].append(msg)
print(box.queue, box.seen, dict(box.by_sender))
print([str(f.type) for f in fields(Inbox)])
print(deque[int], Counter[str], OrderedDict[str, int], defaultdict[str, list[int]], list[deque[int]])
