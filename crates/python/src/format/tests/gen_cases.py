r"""Writes cases.txt: inputs and CPython 3.11's results for the format module's tests.

Run with python3 3.11 from this directory: `python3 gen_cases.py > cases.txt`.
Each line: kind, arguments and the expected outcome, tab-separated and escaped
(`\\`, `\t`, `\n`, `\u{hex}` for anything outside printable ASCII, `|` inside lists).
The outcome is `ok:VALUE` or `err:ExceptionType:message`.
"""
import math
import random
import struct
import sys

random.seed(1234)


def esc(s):
    out = []
    for c in s:
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "|":
            out.append("\\u{7c}")
        elif " " <= c <= "~":
            out.append(c)
        elif 0xD800 <= ord(c) < 0xE000:
            out.append("\\u{fffd}")  # Rust strings cannot hold surrogates
        else:
            out.append("\\u{%x}" % ord(c))
    return "".join(out)


def bits(x):
    if math.isnan(x):
        return "nan"
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def outcome(fn):
    try:
        return "ok:" + fn()
    except Exception as e:  # noqa: BLE001 - we record every exception
        return "err:%s:%s" % (type(e).__name__, e)


def emit(kind, args, fn):
    print("\t".join([kind] + [esc(a) for a in args] + [esc(outcome(fn))]))


def fbits(fn):
    return lambda: bits(fn())


inf, nan = float("inf"), float("nan")
special = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.1, 0.2,
           0.3, 1 / 3, 2 / 3, 10.0, 100.0, 123.456, -123.456, 1234.5, 1234567.891, 1e15,
           9999999999999998.0, 1e16, 1e17, 1.5e16, 123456789012345680.0, 1e22, 1e23, 1e100,
           1e300, 1.7976931348623157e308, 1e-4, 0.00011, 9.999e-5, 1e-5, 1e-7, 5e-324,
           2.2250738585072014e-308, 1e-310, 0.5e-4, 99.5, 999.5, 0.05, 0.15, 0.25, 0.35,
           12345.6789, -0.0001, -1e-20, 3.14159, 2.0 ** 53, 2.0 ** 63, 2.0 ** 64, inf, -inf,
           nan, 6.02214076e23, 299792458.0, 1.25, 0.045, 4.35, 8.675,
           -1870629149791785.2, 1234567890123456.25, 98765432109876.75 * 8]
rand_floats = []
for _ in range(400):
    b = random.getrandbits(64)
    x = struct.unpack("<d", struct.pack("<Q", b))[0]
    if not math.isnan(x):
        rand_floats.append(x)
for _ in range(300):
    rand_floats.append(round(random.uniform(-1e6, 1e6), random.randint(0, 8)))
    rand_floats.append(random.uniform(-10, 10) * 10.0 ** random.randint(-30, 30))

# float repr
for x in special + rand_floats:
    emit("fr", [bits(x)], lambda: repr(x))

float_specs = ["", "f", ".2f", ".0f", "#.0f", ".10f", "e", ".3e", "E", ".0e", "#.0e", "g", ".3g",
               "#g", "G", ".1g", ".17g", "n", "%", ".1%", ".0%", ",", ",.2f", "_", "_.3f",
               "015,.2f", "+", " ", "-", "+.3", "z", "z.1f", "z.0f", "ze", "010", "<10", ">10",
               "^10", "*^12.3f", "0=12", "=+12.4f", "#", "#.3", ".3", ".1", ".0", ".16", ".20",
               "x<8.3g", "0<8", "08,", "012_.1e", "+08.2%", " 8.3e", "#10.3G", ",g", "_e",
               "10.4", "-10.4", ".30", "30.20f", ",.0f", "z.2%", "#_", "+#,", "08", "09,.1f"]
bad_float_specs = ["d", "x", "s", "c", ",x", "_n", ",n", ".", "..", "xx", "<<<", "é", ",_", "__",
                   "99999999999999999999", ".99999999999999999999f", ".2147483648f", "10z",
                   "z#", "#z"]
for x in special + rand_floats[:12] + rand_floats[-12:]:
    for spec in (float_specs if x in special else float_specs[::4]):
        emit("ff", [bits(x), spec], lambda: format(x, spec))
for x in [5e-324, 0.1, 1.5, 1e300, -2.5, 2.2250738585072014e-308]:
    for spec in [".1200f", ".1000e", ".1000g", "#.1000g", ".1000", ".1100%"]:
        emit("ff", [bits(x), spec], lambda: format(x, spec))
for spec in bad_float_specs:
    emit("ff", [bits(1.5), spec], lambda: format(1.5, spec))

ints = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234, -1234, 12345, 123456, 1234567, 10 ** 9,
        2 ** 31, 2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 10 ** 20, -10 ** 25, 3 ** 100,
        -(7 ** 80), 65, 0x10FFFF, 0x110000, 0xD800, 10 ** 400, 2 ** 1023, 2 ** 1024]
int_specs = ["", "d", "5d", "<5", "^7", "*^9", "=8", "08", "+d", " d", "-d", "+08", ",", "_",
             "015,", "010_", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_x", "#_x",
             "#012_x", "_b", "#_o", "c", "5c", "^5c", "05c", "n", "e", ".2e", "f", ".1f", "g",
             "%", ".0%", ",.2f", "G", "E", "#10b", "+#x", "#08x", "0=10", " 10", "z", "zd",
             ".2", ".2d", "+c", "#c", ",c", ",x", ",b", "_n", ",n", "s", "a", "dd", "é", "\x01",
             "=c", ",d", "x<08", "0<8", "08,", "09,", "08_x", "+,"]
for n in ints:
    for spec in (int_specs if abs(n) < 2 ** 70 else int_specs[::5]):
        emit("fi", [str(n), spec, "int"], lambda: format(n, spec))
for b in [True, False]:
    for spec in ["d", ">5", "x", "s", ".2f", "c", "+"]:
        emit("fi", [str(int(b)), spec, "bool"], lambda: format(b, spec))

strs = ["", "a", "abc", "hello world", "é", "日本語", "a\tb", "x" * 12]
str_specs = ["", "s", "10", "<10", ">10", "^10", "*^11", "^4", ".2", "10.2", "^9.1", "05",
             "<05", "0>6", "=5", "+", " ", "#", ",", "_", "z", "d", "x", "é", "é^8", "\x00<3",
             "{<5", "<>5", "ss"]
for s in strs:
    for spec in str_specs:
        emit("fs", [s, spec], lambda: format(s, spec))

# printf: template and a tuple of args (i:int, f:float bits, s:str)


def arg_text(a):
    if isinstance(a, bool):
        raise ValueError
    if isinstance(a, int):
        return "i:" + str(a)
    if isinstance(a, float):
        return "f:" + bits(a)
    return "s:" + a


def emit_printf(template, args):
    enc = "|".join(esc(arg_text(a)) for a in args)
    print("\t".join(["pf", esc(template), enc, esc(outcome(lambda: template % args))]))


pf_cases = [("%d", (5,)), ("%5d|", (-42,)), ("%-5d|", (42,)), ("%05d", (-5,)), ("%+d", (5,)),
            ("% d", (5,)), ("%+ d", (5,)), ("%.3d", (5,)), ("%.3x", (-5,)), ("%#x", (255,)),
            ("%#X", (255,)), ("%#o", (8,)), ("%#.5x", (5,)), ("%#08x", (5,)), ("%x", (-255,)),
            ("%o", (8,)), ("%u", (-3,)), ("%i", (7,)), ("%ld %hd %Ld", (1, 2, 3)),
            ("%d", (1.7,)), ("%i", (-3.9,)), ("%d", (1e20,)), ("%d", (inf,)), ("%d", (nan,)),
            ("%x", (1.5,)), ("%d", ("a",)), ("%f", ("a",)), ("%c", ("ab",)), ("%c", (65,)),
            ("%c", (-1,)), ("%c", (0x110000,)), ("%5c|", ("a",)), ("%-3c|", (66,)),
            ("%.2f", (2.675,)), ("%f", (1.5,)), ("%e", (12345.678,)), ("%10.3e|", (12345.678,)),
            ("%-10.3E|", (12345.678,)), ("%g", (1e-5,)), ("%g", (123456789.0,)), ("%#g", (1.0,)),
            ("%.0f", (0.5,)), ("%.0f", (1.5,)), ("%#.0f", (1.0,)), ("%#.0e", (1.0,)),
            ("%.1g", (0.15,)), ("%F", (inf,)), ("%010f", (inf,)), ("%010.2f", (-1.5,)),
            ("%+.2f", (-0.0,)), ("% .2f", (1.0,)), ("%G", (nan,)), ("%e", (10 ** 400,)),
            ("%f", (3,)), ("%.3s", ("abcdef",)), ("%5.1s|", ("abc",)), ("%-6s|", ("ab",)),
            ("%05s|", ("a",)), ("%s %s", ("a", "b")), ("%s", ()), ("%s %s", ("a",)),
            ("%s", ("a", "b")), ("%d %d", (1,)), ("%", ()), ("abc %", ()), ("% ", ()),
            ("%5", ()), ("%.", (1,)), ("%y", (1,)), ("%y", ()), ("é%y", (1,)), ("%5%", (1,)),
            ("%-%", ()), ("%%", ()), ("100%% %s", ("x",)), ("%s %y", (1,)), ("%s %", ("x",)),
            ("%*d|", (5, 1)), ("%-*d|", (5, 1)), ("%*d|", (-5, 1)), ("%.*f", (2, 3.14159)),
            ("%.*f", (-1, 1.0)), ("%*.*f|", (8, 2, 3.14159)), ("%*d", ("a", 1)),
            ("%*s", (1,)), ("%.*d", (3, 5)), ("%.f", (1.5,)), ("%.e", (1.5,)), ("%.s", ("abc",)),
            ("%99999999999999999999d", (5,)), ("%.2147483648d", (5,)), ("%#s", ("a",)),
            ("%+s", ("a",)), ("%-+5d|", (3,)), ("%0-5d|", (3,)), ("%#5o|", (0,)), ("%#x", (0,)),
            ("%.0d", (0,)), ("%.100f", (1.0,)), ("%.2s", ("é",)), ("%08.3e", (-1.5,)),
            ("%#o", (-8,)), ("%#.3o", (8,)), ("%#X", (-255,)), ("%d", (10 ** 30,)),
            ("%x", (3 ** 50,)), ("%c", (0xE9,)), ("%10.4g|", (0.000123456,)), ("%-08.2f|", (3.14159,))]
for t, a in pf_cases:
    emit_printf(t, a)

# parsing
float_texts = ["1", "1.5", " 1.5 ", "-1.5", "+1.5", "1e5", "1E-5", "1_000.5", "1__0", "_1", "1_",
               "1._5", "1_.5", ".5", "5.", ".", "", " ", "e5", "1e", "1e+", "1e1_0", "inf",
               "-Infinity", "+iNF", "nan", "-NaN", "infinity", "infinit", "in f", "0x10",
               "1.5x", "١٢٣", "1.5\n", "\t2\x0c", "1e99999", "-1e-99999", "0.1", "1e-400",
               "123456789012345678901234567890", "2.4703282292062328e-324",
               "1.7976931348623159e308", "1,5", "\u3000 3 \u2003", "nan(1)", "++1", "1e5.5",
               "0.000_001", "1_2.3_4e5_6", "1.5e-3_0"]
for s in float_texts:
    emit("pfl", [s], fbits(lambda: float(s)))
int_texts = [("0", 10), ("12", 10), (" -12 ", 10), ("+7", 10), ("1_000", 10), ("1__0", 10),
             ("_1", 10), ("1_", 10), ("0x1f", 16), ("0x1f", 0), ("0X1F", 0), ("1f", 16),
             ("0x_1f", 16), ("0x_1f", 0), ("0_x1f", 0), ("0o17", 0), ("0o17", 8), ("0b101", 0),
             ("0b101", 2), ("0b102", 2), ("017", 0), ("000", 0), ("0_0", 0), ("08", 10),
             ("08", 0), ("z", 36), ("Z", 36), ("10", 37), ("10", 1), ("10", -1), ("", 10),
             (" ", 10), ("-", 10), ("x", 10), ("x", 0), ("1.5", 10), ("١٢", 10),
             ("99999999999999999999999", 10), ("-0", 10), ("0x", 16), ("12", 2),
             ("zz", 36), ("0b1", 16), ("0b1", 0), ("1" * 4301, 10), ("1" * 4300, 10),
             ("0" * 5000, 10), ("1" * 4301 + "x", 10), ("1" * 5000, 16), ("1" * 4301, 36),
             ("-9223372036854775808", 10), ("9223372036854775808", 10), ("\u3000 5", 10)]
for s, b in int_texts:
    emit("pi", [s, str(b)], lambda: hex(int(s, b)))

# rounding
for x in special + rand_floats[:40] + rand_floats[-40:]:
    for nd in [0, 1, 2, 3, -1, -2, 5, 10, 17, 300, 400, -300, -308, -400]:
        emit("rf", [bits(x), str(nd)], fbits(lambda: round(x, nd)))
    emit("rh", [bits(x)], lambda: str(round(x)))
for n in ints + [1250, 1350, -1250, 1249, 15, 25, -25, 5, 50, 150, 10 ** 30 + 5 * 10 ** 29]:
    for nd in [0, 2, -1, -2, -3, -10, -30, -100, -400]:
        emit("ri", [str(n), str(nd)], lambda: str(round(n, nd)))

# float arithmetic
pairs = [(a, b) for a in [5.0, -5.0, 7.5, -7.5, 0.0, -0.0, 1.0, -1.0, inf, -inf, nan, 1e308,
                          3.0, 0.1, 2.0, -8.0, 10.0, 0.5]
         for b in [2.0, -2.0, 0.0, -0.0, inf, -inf, nan, 1e-308, 0.1, 3.0, 0.5, -1.5, 1000.0,
                   -3.0, 1 / 3]]
for a, b in pairs:
    emit("fd", [bits(a), bits(b)], fbits(lambda: a // b))
    emit("fm", [bits(a), bits(b)], fbits(lambda: a % b))
    emit("fdm", [bits(a), bits(b)], lambda: "%s,%s" % tuple(bits(v) for v in divmod(a, b)))
    emit("ftd", [bits(a), bits(b)], fbits(lambda: a / b))


def pow_outcome(a, b):
    r = a ** b
    if isinstance(r, complex):
        raise ArithmeticError("complex")
    return bits(r)


for a, b in pairs:
    emit("fp", [bits(a), bits(b)], lambda: pow_outcome(a, b))
big = [0, 1, -1, 3, 7, 10, 2 ** 53 + 1, 2 ** 1000, -(2 ** 1000), 10 ** 400, 10 ** 399, 2 ** 1075,
       3 * 2 ** 1074, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1, 12345678901234567890123,
       -98765432109876543210, 2 ** 1074, 2 ** 1023 * 3]
for a in big:
    emit("itf", [str(a)], fbits(lambda: float(a)))
    for b in big[:12:2] + [2 ** 1075, -(10 ** 22)]:
        emit("itd", [str(a), str(b)], fbits(lambda: a / b))
for a in [7, -7, 0, 10 ** 30, -(10 ** 30) + 1, 2, 3, 6]:
    for b in [3, -3, 0, 7, -(10 ** 20), 1]:
        emit("ifd", [str(a), str(b)], lambda: str(a // b))
        emit("imod", [str(a), str(b)], lambda: str(a % b))
        emit("idm", [str(a), str(b)], lambda: "%d,%d" % divmod(a, b))
        emit("ipm", [str(a), str(b), "-5"], lambda: str(pow(a, b, -5)))
        emit("ipm", [str(a), str(b), "11"], lambda: str(pow(a, b, 11)))
        emit("ipm", [str(a), str(b), "4"], lambda: str(pow(a, b, 4)))
        emit("ipm", [str(a), str(b), "0"], lambda: str(pow(a, b, 0)))
        if b < 0:
            emit("ipn", [str(a), str(b)], fbits(lambda: a ** b))
for x in special + rand_floats[:100]:
    emit("fti", [bits(x)], lambda: str(int(x)))
    emit("hf", [bits(x)], lambda: str(hash(x)) if not math.isnan(x) else "0")
    emit("fhex", [bits(x)], lambda: x.hex())
    emit("ratio", [bits(x)], lambda: "%d/%d" % x.as_integer_ratio())
    emit("isint", [bits(x)], lambda: str(x.is_integer()))
for t in ["0x1.8p1", " -0X1P-1074 ", "inf", "-infinity", "nan", "0x1p1024", "x", "1.8", "0x.8",
          "0x1.", "0x1p-1075", "0x3p-1076", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023",
          "0x", "0xp1", "0x1p", "0x1p+", "1p-2", "0x1.0p-1022", "0x0.0000000000001p-1022",
          "0x1g", "0x1p99999999999999999999", "0x1p-99999999999999999999", "-0x0p0", ""]:
    emit("ffromhex", [t], fbits(lambda: float.fromhex(t)))
for n in big + ints + [2 ** 61 - 1, 2 ** 61, -2 ** 61, 2 ** 61 - 2, -(2 ** 61 - 1), 2 ** 122]:
    emit("hi", [str(n)], lambda: str(hash(n)))
    emit("hex", [str(n)], lambda: hex(n))
    emit("oct", [str(n)], lambda: oct(n))
    emit("bin", [str(n)], lambda: bin(n))
    emit("istr", [str(n)], lambda: str(n))
for n in [10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -(10 ** 4300), 2 ** 14300, 2 ** 20000]:
    emit("istrlen", [hex(n)], lambda: str(len(str(n))))
for t in [(), (1,), (1, 2), (-1,), (-2,), (1, 2, 3), (2 ** 61, -1), tuple(range(20)),
          (hash(1.5), hash(-0.5))]:
    emit("ht", [",".join(str(hash(v)) for v in t)], lambda: str(hash(t)))
