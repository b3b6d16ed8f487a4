# memoryview: views of bytes and bytearray, slices that are views too, writes through
# a view, casts between formats, release, and every bytes-like argument taking one.
m = memoryview(b'hello world')
print(m[0], m[-1], bytes(m[1:4]), m[::2].tobytes(), len(m[::3]), m.nbytes, m[::2].nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m[::2].strides, m.suboffsets, m.c_contiguous, m[::2].contiguous)
print(m.tolist()[:3], m.hex(), m.hex(':'), m.hex(':', 2), m == b'hello world', m[:5] == memoryview(b'hello'), hash(m) == hash(b'hello world'))
print(m.obj, m[1:].obj is m.obj, m.cast('c')[0], m.cast('b')[0], m.toreadonly().readonly)
b = bytearray(b'abcdef'); w = memoryview(b); w[0] = 65; w[1:3] = b'XY'; print(b, w.readonly)
w[::2] = b'123'; print(b)
for expr in ['memoryview("abc")', 'm[100]', 'm["a"]', 'm.__setitem__(0, 1)', 'w.__setitem__(0, 300)', 'w.__setitem__(slice(0,2), b"abc")', 'hash(w)', 'm.cast("x")', 'm.__delitem__(0)', 'w.__setitem__(0, b"a")', 'm[0.5]', 'memoryview(1)', 'm[::2].cast("B")']:
    try: print(eval(expr))
    except Exception as e: print(type(e).__name__, e)
r = memoryview(b'x'); r.release(); print(repr(r)[:18])
for expr in ['len(r)', 'r[0]', 'r.tobytes()', 'bytes(r)', 'r == r', 'r == memoryview(b"x")']:
    try: print(eval(expr))
    except Exception as e: print(type(e).__name__, e)
with memoryview(b'ab') as q: print(q.tobytes())
print(repr(q)[:10])
print(list(memoryview(b'abc')), bytes(memoryview(b'abc')), bytearray(memoryview(b'abc')), b''.join([memoryview(b'a'), b'b']), b'x' + memoryview(b'y'), int.from_bytes(memoryview(b'\x01\x00'), 'little'), memoryview(b'abc')[::-1].tobytes(), str(memoryview(b'abc'), 'ascii'))
print(repr(m)[:10], memoryview(b'ab') != b'ab', memoryview(b'ab') == 'ab', memoryview(b'ab') == [97,98])
print(m.cast('B', (11,)).shape)
print(memoryview(b'abcd').cast('H').tolist(), memoryview(b'abcd').cast('I').itemsize, memoryview(b'\x00\x00\x80\x3f').cast('f')[0], memoryview(b'\xff\xff').cast('h')[0])
h = memoryview(bytearray(4)).cast('H'); h[1] = 513; print(h.obj, h.tolist())
print(isinstance(m, memoryview), type(m).__name__, type(m))
import struct, hashlib, binascii, base64
print(struct.unpack_from('<H', memoryview(b'\x01\x02\x03'), 1), hashlib.sha256(memoryview(b'abc')).hexdigest()[:12], binascii.hexlify(memoryview(b'ab')), base64.b64encode(memoryview(b'ab')))
print(b'abc'.startswith(memoryview(b'ab')) if False else '', bytearray(b'x') + memoryview(b'yz'))
ba = bytearray(b'xx'); ba.extend(memoryview(b'yy')); print(ba)
print(memoryview(b'abc') in [b'abc'], b'abc' == memoryview(b'abc'))
