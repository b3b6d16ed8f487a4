# sys's version numbers agree with each other: hexversion packs version_info's fields
# (major, minor, micro, release level, serial), and sys.implementation carries the same.
import sys

major, minor, micro, level, serial = sys.version_info
levels = {"alpha": 0xA, "beta": 0xB, "candidate": 0xC, "final": 0xF}
packed = major << 24 | minor << 16 | micro << 8 | levels[level] << 4 | serial
print(sys.hexversion == packed)
print(sys.implementation.hexversion == sys.hexversion)
print(sys.implementation.version == sys.version_info)
print(sys.hexversion >= 0x030B0000, sys.version_info >= (3, 11))
print(type(sys.hexversion).__name__, hex(sys.hexversion)[:6])
print(isinstance(sys.implementation.name, str), sys.implementation.name.islower())
