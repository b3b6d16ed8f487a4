# Writes the Unicode character names of the python3 running it (CPython 3.11: Unicode
# 14.0) to stdout, one `HEX NAME` line per named code point in code point order, and one
# `@cjk FIRST LAST` line per range of CJK unified ideographs, whose names are
# `CJK UNIFIED IDEOGRAPH-HEX`. Hangul syllables are left out: their names follow from
# their jamo (src/lib.rs). Run by build.rs and www/python/build.mjs.
import sys
import unicodedata

CJK = "CJK UNIFIED IDEOGRAPH-"
lines = []
ranges = []
for code in range(0x110000):
    name = unicodedata.name(chr(code), None)
    if name is None or name.startswith("HANGUL SYLLABLE "):
        continue
    if name.startswith(CJK):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
        continue
    lines.append(f"{code:X} {name}")
lines += [f"@cjk {first:X} {last:X}" for first, last in ranges]
sys.stdout.write("\n".join(lines) + "\n")
