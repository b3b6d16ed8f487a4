name = "World"
n = 7
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}")
print(f"{'nested quotes'}", f'{"double inside single"}')
print(f"{{braces}} {n}")
print(f"{name.upper()} {len(name)} {name[::-1]}")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{n if n > 5 else 0}")
print(f"{(lambda v: v + 1)(n)}")
print(f"{n:>{n}}|")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(F"upper F {n}", rf"raw {n}\n", fr"also raw\t{n}")
print(f"multi" f"-part {n}" "-plain")
print(f"""triple
{name}""")
print(f"{3.0}", f"{None}", f"{True}", f"{(1, 2)}")
print(f"{'a' 'b'}")
x = 10
print(f"{x!r:>5}|{x!s:<5}|")
print(f"{'é'!a}")
