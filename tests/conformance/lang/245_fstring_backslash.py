# 3.11's f-strings refuse a backslash in an expression part (a nested format spec's too),
# reported after the strings, while literal text and format specs may hold one.
sources = [
    'x = f"{\'\\n\'.join(y)}"\n',
    'print("a" f"{chr(92)}" f"{\'\\t\'}" "b")\n',
    'print(rf"{\'\\n\'}"   , 1)\n',
    'v = f"{x!r:>{\'\\t\'}}"\n',
    'v = f"{x}" f"{\'\\n\'}"  # note\ny = 2\n',
    'print(f"{\'\\n\'}"\n\n,\n\n1)\n',
    'v = f"{\'\\n\'}"',
]
for src in sources:
    try:
        compile(src, "<fstring>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text))
x = 5
print(f"{x:\\>4}", f"{x:>{1}}\n", rf"\d{x}", f"{'a' 'b'}", f"{x!r}\t|")
try:
    eval("f'{\"\\\\\"}'")
except SyntaxError as e:
    print(e.msg)
