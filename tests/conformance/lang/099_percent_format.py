print("%s is %d years" % ("Ann", 30))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e|%g|%g" % (3.14159, 2.5, 1.25, 12345.678, 0.00001234, 1234567.0))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s %a" % ("q", "q", "ü"))
print("%c%c" % (72, "i"))
print("%%d literal and %d" % 5)
print("%(name)s=%(val)03d" % {"name": "x", "val": 7})
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ((1, 2), "t"))
print("%*d|%-*s|" % (6, 1, 4, "ab"))
print("%.3s" % "abcdef", "%10.2s|" % "xyz")
print("%i %u" % (-3, 7), "%d" % 3.99, "%d" % True)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(b"%s-%d" % (b"bin", 5))
