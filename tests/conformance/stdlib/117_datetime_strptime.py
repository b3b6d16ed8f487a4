# strptime: the common directives, case-insensitive names, 12-hour clocks, week numbers,
# ISO weeks, %z offsets, whitespace, and the ValueError texts of formats and data that
# do not match.
from datetime import datetime

cases = [
    ("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"),
    ("2024-1-2 3:4:5", "%Y-%m-%d %H:%M:%S"),
    ("20241231", "%Y%m%d"),
    ("2024111", "%Y%m%d"),
    ("Tue Jan  2 03:04:05 2024", "%c"),
    ("01/02/24 23:59:58", "%x %X"),
    ("5pm", "%I%p"),
    ("12:30 AM", "%I:%M %p"),
    ("12:30 pm", "%I:%M %p"),
    ("July 4, 1976", "%B %d, %Y"),
    ("SEP 3 99", "%b %d %y"),
    ("friday 13 oct 2023", "%A %d %b %Y"),
    ("68", "%y"),
    ("69", "%y"),
    ("2024 60", "%Y %j"),
    ("2023 366", "%Y %j"),
    ("2024 3 1", "%Y %U %w"),
    ("2024 3 1", "%Y %W %w"),
    ("2024 0 0", "%Y %U %w"),
    ("2024 10 3", "%G %V %u"),
    ("2020 53 sun", "%G %V %a"),
    ("12.5", "%S.%f"),
    ("07:08:09.123456789", "%H:%M:%S.%f"),
    ("2024-01-02T03:04:05.123456+0100", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("10:00 -05:30", "%H:%M %z"),
    ("10:00 +05:30:15.5", "%H:%M %z"),
    ("10:00 Z", "%H:%M %z"),
    ("10:00 UTC +0000", "%H:%M %Z %z"),
    ("10:00 gmt", "%H:%M %Z"),
    ("  2024", " %Y"),
    ("2024 \t\n 5", "%Y %m"),
    ("100% sure 2024", "100%% sure %Y"),
    ("[2024]", "[%Y]"),
    ("2024-01-02", "%Y-%m-%d %H"),
    ("2024-01-02 x", "%Y-%m-%d"),
    ("2024", "%Q"),
    ("2024", "%Y%"),
    ("2024", "% Y"),
    ("2024 10", "%G %V"),
    ("2024 10 1", "%Y %V %u"),
    ("2024 10 1", "%G %j %u"),
    ("02-30", "%m-%d"),
    ("02-29", "%m-%d"),
    ("1904-02-29", "%Y-%m-%d"),
    ("61", "%S"),
    ("13 pm", "%I %p"),
    ("Sept", "%b"),
    ("+05:3015", "%z"),
    ("", "%Y"),
    ("", ""),
]
for text, fmt in cases:
    try:
        print(repr(text), repr(fmt), "->", repr(datetime.strptime(text, fmt)))
    except ValueError as exc:
        print(repr(text), repr(fmt), "-> ValueError:", exc)

for args in [(5, "%Y"), ("2024", None)]:
    try:
        datetime.strptime(*args)
    except TypeError as exc:
        print("TypeError:", exc)

stamp = datetime(2024, 2, 29, 13, 45, 30, 250000)
for fmt in ("%Y-%m-%d %H:%M:%S.%f", "%d/%m/%y %I:%M:%S %p", "%A, %B %d %Y %H:%M",
            "%Y %j %H%M%S", "%G-W%V-%u %H:%M"):
    text = stamp.strftime(fmt)
    print(fmt, "|", text, "|", datetime.strptime(text, fmt))
