s = "text"
print(f"[{s:<10}]")
print(f"[{s:>10}]")
print(f"[{s:^10}]")
print(f"[{s:*^12}]")
print(f"[{s:-<8}]")
print(f"[{s:#>8}]")
print(f"[{s:^5}]", f"[{s:^7}]", f"[{s:2}]")
print(f"[{s:.2}]", f"[{s:>8.3}]")
n = 42
print(f"[{n:<6}]", f"[{n:>6}]", f"[{n:^6}]", f"[{n:6}]")
print(f"[{n:0>6}]", f"[{n:x<6}]", f"[{-n:=6}]", f"[{-n:0=6}]")
print(f"[{'':*^6}]", f"[{'é':~^5}]")
w = 9
print(f"[{s:>{w}}]", f"[{s:{'^'}{w}}]")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in rows:
    print(f"{name:<8}|{price:>6.2f}|{qty:>4}")
print(f"[{None!s:^8}]", f"[{[1, 2]!s:>8}]")
try:
    f"{s:=10}"
except ValueError as e:
    print("ValueError:", e)
