import json
import math
from collections import Counter, namedtuple
from dataclasses import dataclass, asdict
from functools import reduce
from itertools import groupby

TEXT = "one two three two three three four four four four"
Stat = namedtuple("Stat", "word count share")


@dataclass
class Report:
    total: int
    unique: int
    top: list


counts = Counter(TEXT.split())
total = sum(counts.values())
stats = [Stat(w, c, round(c / total, 3)) for w, c in counts.most_common()]
report = Report(total, len(counts), [s._asdict() for s in stats[:2]])
print(json.dumps(asdict(report), indent=2))
by_count = groupby(sorted(counts.items(), key=lambda kv: kv[1]), key=lambda kv: kv[1])
print({k: [w for w, _ in g] for k, g in by_count})
print(reduce(lambda a, b: a * b, counts.values()), math.prod(counts.values()))
print(round(math.log2(total), 4), math.isqrt(total))
