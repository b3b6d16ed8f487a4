r"""Writes cases.txt: inputs and CPython 3.11's results for the strings module's tests.

Run with python3 3.11 from this directory: `python3 gen_cases.py > cases.txt`.
Each line: kind, arguments and the expected outcome, tab-separated and escaped
(`\\`, `\t`, `\n`, `\u{hex}` for anything outside printable ASCII). `<None>` stands for
None. The outcome is `ok:VALUE` or `err:ExceptionType:message`.
"""
import random

random.seed(4321)
NONE = "<None>"


def esc(s):
    out = []
    for c in s:
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif " " <= c <= "~":
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    return "".join(out)


def arg(a):
    return NONE if a is None else str(a)


def emit(kind, args, fn):
    try:
        res = "ok:" + fn()
    except Exception as e:  # noqa: BLE001 - every exception is recorded
        res = "err:%s:%s" % (type(e).__name__, e)
    print("\t".join([kind] + [esc(arg(a)) for a in args] + [esc(res)]))


def rand_char():
    r = random.random()
    if r < 0.3:
        cp = random.randint(0, 0x7F)
    elif r < 0.5:
        cp = random.randint(0x80, 0x2FF)
    elif r < 0.8:
        cp = random.randint(0x300, 0xFFFF)
    else:
        cp = random.randint(0x10000, 0x10FFFF)
    if 0xD800 <= cp < 0xE000:
        cp = 0x41
    return chr(cp)


samples = ["", "a", "abc", "Hello, World!", "  spaced  out  ", "tab\there", "line\nbreak",
           "quote's", 'dq"s', "both'\"", "back\\slash", "\x00\x07\x1b\x7f", "é à ü ß",
           "日本語テキスト", "emoji 😀🎉", "\u200b\u00ad\u2028\u2029\ufeff", "\u0378\ue000\U000f0000",
           "ǅǆǄ", "ΣΑΣ ΟΔΟΣ σς", "ﬁﬂ ŉ", "İı", "they're bill's friends from the UK",
           "hello world", "HELLO", "Hello World", "hELLO wORLD", "123", "١٢٣", "½²③", "Ⅻ",
           "五", "a1_b2", "_private", "2abc", "class", "ab-cd", "\x1c\x1d\x1e\x1f", "\x85\xa0",
           "x\r\ny\rz\n", "a\x0bb\x0cc", "\u3000full\u3000width", "ÀÉÎÕÜ", "ǈ", "ᾈ", "ꭰ", "Ꭰ"]
rand_strings = ["".join(rand_char() for _ in range(random.randint(1, 12))) for _ in range(150)]
for s in samples + rand_strings:
    emit("repr", [s], lambda: repr(s))
    emit("ascii", [s], lambda: ascii(s))
    for m in ["upper", "lower", "casefold", "swapcase", "title", "capitalize"]:
        emit(m, [s], lambda: getattr(s, m)())
    for m in ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isupper",
              "islower", "istitle", "isidentifier", "isprintable", "isascii"]:
        emit(m, [s], lambda: str(getattr(s, m)()))
for _ in range(60):
    bs = bytes(random.randint(0, 255) for _ in range(random.randint(0, 10)))
    emit("brepr", [bs.hex()], lambda: repr(bs))
for bs in [b"", b"'", b'"', b"'\"", b"\\\t\n\r", bytes(range(256))]:
    emit("brepr", [bs.hex()], lambda: repr(bs))

# Per-character properties over a sample of code points (every 97th plus all of Latin-1).
# (Every code point was checked once during development; this keeps the file small.)
props = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isupper",
         "islower", "istitle", "isidentifier", "isprintable"]
cps = list(range(0, 0x100)) + list(range(0x100, 0x30000, 97)) + list(range(0xE0000, 0xE0200, 31))
for cp in cps:
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    flags = "".join("1" if getattr(c, p)() else "0" for p in props)
    emit("props", [c], lambda: flags)

split_inputs = ["a,b,,c", ",a,", "", "  a  b c  ", "a b\tc\nd", "abcabc", "\u3000x\x1cy",
                "one", "a::b::c", ":::"]
for s in split_inputs:
    for sep in [None, ",", "::", "b", " ", ""]:
        for maxsplit in [-1, 0, 1, 2]:
            emit("split", [s, sep, maxsplit], lambda: repr(s.split(sep, maxsplit)))
            emit("rsplit", [s, sep, maxsplit], lambda: repr(s.rsplit(sep, maxsplit)))
    for sep in [",", "::", "b", "", "zz"]:
        emit("partition", [s, sep], lambda: repr(s.partition(sep)))
        emit("rpartition", [s, sep], lambda: repr(s.rpartition(sep)))
for s in ["a\nb\r\nc\rd", "x\n", "\n\n", "", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i",
          "no breaks", "\r\n\r", "end\r"]:
    for keep in [False, True]:
        emit("splitlines", [s, keep], lambda: repr(s.splitlines(keep)))
for s in ["  x  ", "\t\n x\x1c\u3000", "xxhixx", "", "abcba", "   "]:
    for chars in [None, "x", "ab", "", " \t"]:
        for m in ["strip", "lstrip", "rstrip"]:
            emit(m, [s, chars], lambda: repr(getattr(s, m)(chars)))

find_inputs = ["hello world", "aaaa", "", "日本語の日本", "abcabc"]
subs = ["o", "l", "", "aa", "日本", "abc", "z", "world"]
bounds = [None, 0, 3, -1, -3, 5, 100, -100]
for s in find_inputs:
    for sub in subs:
        for start in bounds:
            for end in [None, 2, -2, 100] if start != 3 else [None, 100]:
                def search():
                    results = []
                    for m in ["find", "rfind", "index", "rindex", "count", "startswith",
                              "endswith"]:
                        try:
                            results.append(str(getattr(s, m)(sub, start, end)))
                        except ValueError as e:
                            results.append(str(e))
                    return ";".join(results)
                emit("search", [s, sub, start, end], search)
for s in ["hello world", "aaa", "", "日本日本"]:
    for old, new in [("o", "0"), ("", "-"), ("aa", "b"), ("日", "x"), ("zz", "y"), ("l", "")]:
        for count in [-1, 0, 1, 2]:
            emit("replace", [s, old, new, count], lambda: s.replace(old, new, count))
for s in ["abc", "", "ab", "é", "-42", "+7", "-", "x" * 5]:
    for width in [-1, 0, 3, 4, 5, 6, 7, 10]:
        emit("center", [s, width, "*"], lambda: s.center(width, "*"))
        emit("ljust", [s, width, "é"], lambda: s.ljust(width, "é"))
        emit("rjust", [s, width, " "], lambda: s.rjust(width))
        emit("zfill", [s, width], lambda: s.zfill(width))
for s in ["a\tb", "\t", "ab\tcd\tef", "x\n\ty", "abc\r\tz", "日\t本", ""]:
    for tab in [8, 4, 1, 0, -1, 3, 2 ** 31]:
        emit("expandtabs", [s, tab], lambda: s.expandtabs(tab))
for s, p in [("prefix-body", "prefix-"), ("body", "x"), ("", ""), ("aa", "a")]:
    emit("removeprefix", [s, p], lambda: s.removeprefix(p))
    emit("removesuffix", [s, p], lambda: s.removesuffix(p))
for s in ["ab", "", "é"]:
    for n in [-1, 0, 1, 3, 2 ** 62]:
        emit("repeat", [s, n], lambda: s * n)
for s in ["hello world", "", "日本語テキスト", "a"]:
    for start in [None, 0, 2, -3, 100, -100]:
        for stop in [None, 3, -1, 100, -100]:
            for step in [None, 1, 2, -1, -2, 0, 100]:
                emit("slice", [s, start, stop, step], lambda: s[start:stop:step])
for s in ["hello", "", "日本語"]:
    for i in [0, 2, -1, -3, 5, -6, 2 ** 62]:
        emit("index_at", [s, i], lambda: s[i])

# str.format: positional args are strings, keyword args are strings.
pos = ["zero", "one", "two", "日本"]
kw = {"name": "Ann", "x": "X", "w": "8", "al": ">"}
templates = ["{0} {1}", "{} {}", "{}{}{}{}{}", "{1}{0}", "{name}!", "{name!r}", "{0!s:>8}",
             "{0!a}", "{3!a}", "{{}} {{0}}", "{0:*^{w}}", "{:{al}{w}}", "{0[1]}", "{3[0]}",
             "{name[2]}", "{}{0}", "{0}{}", "{:{}}", "{0:{1}}", "{:{:{}}}", "{0:{1:>5}}",
             "{", "}", "{0", "{0!", "{0!r", "{0!x}", "{0!rr}", "{0.}", "{0[}", "{0[0]x}",
             "{0]}", "{ 0}", "{99999999999999999999}", "{5}", "{missing}", "{0:}}",
             "}}{{", "{!r}", "{0!}", "{!}", "{:", "{0:{", "{0[]}", "{0..a}", "{0[0]",
             "{0:{{}}}", "{x}{", "}{", "{0[a]b}", "{[0]}", "{0:{1}{2}}", "a{0!r}b", "{0!:}",
             "{0!}}", "{a{}", "{0{}", "{0:{x}x}", "{0:.{w}}", "{0:>{w}.2}", "{0[0][0]}",
             "{name:10}|", "{0:=5}", "{0:+}", "{0:d}", "{:s}{:s}", "{0:{{}", "{0[99999999999999999999]}",
             "{!r:}", "{0!r:{}}", "{:{}x}", "{0[-1]}", "{0:{0!r}}", "{0[0]!r}", "\u00e9{0}\u00e9"]


def render(t):
    return t.format(*pos, **kw)


for t in templates:
    emit("tmpl", [t], lambda: render(t))
