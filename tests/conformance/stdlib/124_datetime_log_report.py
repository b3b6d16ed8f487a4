# A small report over timestamped log lines: parse, bucket by hour and by day, measure
# gaps between requests, convert zones and print a schedule, as tutorials do.
from datetime import datetime, timedelta, timezone

LOG = """\
2024-03-09T22:58:01.250Z GET /home 200
2024-03-09T23:01:15.000Z GET /api/items 200
2024-03-09T23:59:59.999Z POST /api/items 201
2024-03-10T00:00:00.001Z GET /home 304
2024-03-10T00:45:30.500Z GET /api/items/7 404
2024-03-10T06:15:00.000Z DELETE /api/items/3 204
2024-03-10T06:15:00.750Z GET /home 200
"""

entries = []
for line in LOG.splitlines():
    stamp, method, path, status = line.split()
    when = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%f%z")
    entries.append((when, method, path, int(status)))

print("first:", entries[0][0], "last:", entries[-1][0])
print("span:", entries[-1][0] - entries[0][0])

by_day = {}
for when, method, path, status in entries:
    by_day.setdefault(when.date(), []).append(status)
for day, statuses in sorted(by_day.items()):
    print(day.strftime("%a %d %b %Y"), len(statuses), "requests,",
          sum(s >= 400 for s in statuses), "errors")

gaps = [b[0] - a[0] for a, b in zip(entries, entries[1:])]
print("gaps:", [str(g) for g in gaps])
print("longest:", max(gaps), "shortest:", min(gaps))
print("mean gap:", sum(gaps, timedelta()) / len(gaps))
print("quiet over 1h:", sum(g > timedelta(hours=1) for g in gaps))

tokyo = timezone(timedelta(hours=9), "JST")
new_york = timezone(timedelta(hours=-5), "EST")
for when, method, path, _ in entries[::3]:
    print(f"{method:6} {path:16} {when:%H:%M:%S} UTC = "
          f"{when.astimezone(tokyo):%a %H:%M %Z} = {when.astimezone(new_york):%H:%M %z}")

start = datetime(2024, 3, 11, 9, 0)
slot = timedelta(minutes=45)
for k in range(5):
    begin = start + k * (slot + timedelta(minutes=15))
    print(f"slot {k + 1}: {begin:%H:%M}-{begin + slot:%H:%M}", begin.isoformat(timespec="minutes"))
deadline = datetime(2024, 12, 25)
remaining = deadline - datetime(2024, 3, 11, 9, 0)
print(remaining, remaining.days, "days", remaining.seconds // 3600, "hours")
print(f"{remaining.total_seconds():,.0f} seconds", f"{remaining / timedelta(weeks=1):.2f} weeks")
