# uuid4() and uuid1(): their values differ run to run in CPython, so this prints only
# what holds for every one of them: version, variant, shape, and that they differ.
import uuid

fours = [uuid.uuid4() for _ in range(50)]
print(len(set(fours)), {u.version for u in fours}, {u.variant for u in fours})
print({len(str(u)) for u in fours}, {str(u)[14] for u in fours},
      {str(u)[19] in "89ab" for u in fours}, {len(u.bytes) for u in fours})
print(all(uuid.UUID(str(u)) == u for u in fours), all(u.int < 2**128 for u in fours))
print(type(fours[0]).__name__, fours[0] != fours[1], fours[0].is_safe)

ones = [uuid.uuid1() for _ in range(5)]
print(len(set(ones)), {u.version for u in ones}, {u.variant for u in ones})
print(all(a.time <= b.time for a, b in zip(ones, ones[1:])))
print(uuid.uuid1(node=0x123456789ABC).node == 0x123456789ABC,
      uuid.uuid1(clock_seq=0x1234).clock_seq == 0x1234)
print(0 <= uuid.getnode() < 2**48, uuid.getnode() == uuid.getnode())

# Keys for records, as a program would make them.
orders = {uuid.uuid4(): item for item in ("tea", "cake", "jam")}
print(sorted(orders.values()), all(isinstance(k, uuid.UUID) for k in orders))
short = {str(k)[:8] for k in orders}
print(len(short), all(len(s) == 8 for s in short))
