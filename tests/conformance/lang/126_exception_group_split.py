eg = ExceptionGroup("batch", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("inner", [ValueError("v2"), KeyError("k1")]),
])
print(eg)
print(repr(eg.message), len(eg.exceptions))
print([type(e).__name__ for e in eg.exceptions])

match, rest = eg.split(ValueError)
print("match:", match, [repr(e) for e in match.exceptions])
print("inner kept:", [repr(x) for x in match.exceptions[1].exceptions])
print("rest:", rest, [type(e).__name__ for e in rest.exceptions])

m2, r2 = eg.split((TypeError, KeyError))
print(m2.message, len(m2.exceptions), r2.message, len(r2.exceptions))

m3, r3 = eg.split(OSError)
print(m3, r3 is not None and r3.message)

m4, r4 = eg.split(lambda e: "1" in str(e))
print([str(e) for e in m4.exceptions], r4 and [type(e).__name__ for e in r4.exceptions])

m5, r5 = eg.split(Exception)
print(m5 is eg, r5)
print(isinstance(eg, Exception), type(eg).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
