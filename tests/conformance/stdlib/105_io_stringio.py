# io.StringIO and io.BytesIO: writing, reading back, seek/tell, readline and iteration,
# overwriting from the start, and errors after close.
import io

buf = io.StringIO()
print(buf.write("first line\n"), buf.write("second line\n"))
print(buf.tell(), repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), repr(buf.read()))
buf.seek(0)
print([line.rstrip() for line in buf])
buf.seek(0)
print(buf.readlines())

s = io.StringIO("abcdef")
print(s.tell(), s.write("XY"), s.getvalue(), repr(s.read()))
s.seek(0, io.SEEK_END)
s.write("!")
print(s.getvalue(), s.truncate(3), s.getvalue())

with io.StringIO() as f:
    f.writelines(["a", "b", "c"])
    print(f.getvalue(), f.closed)
print(f.closed)
try:
    f.getvalue()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)

b = io.BytesIO(b"hello\nworld\n")
print(b.readline(), b.read(), b.tell())
b.write(b"!")
print(b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print("TypeError:", e)
