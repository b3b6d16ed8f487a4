v = 3.14159
for w, p in [(8, 2), (10, 4), (6, 0)]:
    print(f"[{v:{w}.{p}f}]")
fill, align, width = "*", "^", 11
print(f"[{'hi':{fill}{align}{width}}]")
spec = ".3e"
print(f"{v:{spec}}")
print(f"{'{'}{v:.1f}{'}'}")
print(f"{f'{v:.2f}':>10}")
print(f"{f'{1 + 1}'!r:>5}")
data = [("a", 1.5), ("bb", 22.25)]
colw = max(len(k) for k, _ in data) + 2
for k, val in data:
    print(f"{k:<{colw}}{val:>{colw + 3}.{1}f}")
n = 255
base = "x"
print(f"{n:#{base}}", f"{n:0{8}{'b'}}")
print(f"{'outer':{'>' if n > 100 else '<'}{10}}|")
