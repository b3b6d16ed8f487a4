# Writes the normalization data of the python3 running it (CPython 3.11: Unicode 14.0) to
# stdout, for NFKC: `D HEX HEX...` the full compatibility decomposition (NFKD) of each code
# point that has one, `C HEX CLASS` each non-zero canonical combining class, `P HEX HEX
# HEX` each pair that canonical composition joins, and into what. Hangul syllables are
# left out: they decompose and compose by arithmetic (src/lib.rs). Run by build.rs and
# www/python/build.mjs.
import sys
import unicodedata

lines = []
for code in range(0x110000):
    if 0xAC00 <= code <= 0xD7A3:
        continue
    char = chr(code)
    nfkd = unicodedata.normalize("NFKD", char)
    if nfkd != char:
        lines.append("D %X %s" % (code, " ".join("%X" % ord(c) for c in nfkd)))
    if unicodedata.combining(char):
        lines.append("C %X %d" % (code, unicodedata.combining(char)))
    parts = unicodedata.decomposition(char).split()
    if len(parts) == 2 and not parts[0].startswith("<"):
        # A primary composite: canonical composition gives it back from its two parts.
        if unicodedata.normalize("NFC", char) == char:
            lines.append("P %s %s %X" % (parts[0], parts[1], code))
sys.stdout.write("\n".join(lines) + "\n")
