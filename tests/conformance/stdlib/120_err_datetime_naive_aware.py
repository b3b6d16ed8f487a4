# Mixing naive and aware datetimes in an ordering comparison is a TypeError, uncaught
# here, after the equality test that is allowed.
from datetime import datetime, timezone

meeting = datetime(2024, 6, 1, 9, 0)
deadline = datetime(2024, 6, 1, 8, 0, tzinfo=timezone.utc)
print("equal?", meeting == deadline)
print("earlier?", meeting < deadline)
