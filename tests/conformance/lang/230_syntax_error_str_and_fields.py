def show(e):
    print(type(e).__name__, repr(str(e)))
    print("  args:", e.args)
    print("  msg:", repr(e.msg), "lineno:", e.lineno, "offset:", e.offset, "end:", e.end_lineno, e.end_offset)
    print("  text:", repr(e.text), "filename:", repr(e.filename), "print_file_and_line:", e.print_file_and_line)
def brief(e):
    print(type(e).__name__, repr(str(e)), "|", e.msg, e.lineno, e.offset, e.filename, isinstance(e.args[1], tuple))
for src in ["x = (1,\n", "def f(:\n  pass\n", "a b\n", "x = 1\n  y = 2\n", "for x in y:\npass\n", "f(**x, *y)\n"]:
    try:
        compile(src, "<mine>", "exec")
    except SyntaxError as e:
        brief(e)
    try:
        compile(src, "/some/dir/prog.py", "exec")
    except SyntaxError as e:
        brief(e)
for src in ["x = )", "y = 1\nz = (]"]:
    try:
        exec(src)
    except SyntaxError as e:
        brief(e)
try:
    eval("1 +* 2")
except SyntaxError as e:
    brief(e)
show(SyntaxError())
show(SyntaxError("plain"))
show(SyntaxError("m", ("file.py", 3, 4, "text here\n")))
show(SyntaxError("m", ("file.py", None, 4, "t")))
show(SyntaxError("m", (None, 7, 4, "t")))
show(SyntaxError("m", ("dir/sub/file.py", 7, None, None)))
show(SyntaxError("m", ("f.py", 2, 1, "t", 2, 5)))
show(SyntaxError("m", ["list.py", 2, 1, "t"]))
show(SyntaxError("m", ("f.py", True, 1, "t")))
show(SyntaxError("m", (b"f.py", 2, 1, "t")))
show(SyntaxError(None, ("f.py", 2, 1, "t")))
show(SyntaxError(1, 2, 3))
show(SyntaxError("m", ("f.py", 2)[:0] + ("a", 1, 2, 3)))
for bad in [("a", "b"), ("m", 5), ("m", (1, 2, 3)), ("m", (1, 2, 3, 4, 5, 6, 7))]:
    try:
        SyntaxError(*bad)
    except TypeError as e:
        print("TypeError:", e)
e = SyntaxError("m", ("f.py", 3, 4, "t"))
e.lineno = 9
e.filename = "g.py"
show(e)
e.msg = "changed"
print(str(e))
e.lineno = "x"
print(str(e))
e.filename = None
print(str(e))
e.lineno = 4
print(str(e))
show(IndentationError("bad indent", ("i.py", 2, 3, "  x")))
show(TabError("tabs"))
try:
    compile("if 1:\n  x\n    y\n", "ind.py", "exec")
except IndentationError as e:
    brief(e)
try:
    raise SyntaxError("raised", ("r.py", 12, 1, "code"))
except SyntaxError as e:
    print(e)
    print(f"{e}", "%s" % e, [e], repr(e))
class MySyntax(SyntaxError):
    pass
m = MySyntax("mine", ("my.py", 5, 2, "abc"))
print(m, m.lineno, repr(m))
class Custom(SyntaxError):
    def __init__(self, what):
        super().__init__(f"custom {what}", ("c.py", 1, 1, "x"))
print(Custom("thing"), Custom("thing").args)
