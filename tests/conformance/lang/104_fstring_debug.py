x = 42
name = "Ann"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x=:>6}")
print(f"{x = :08.2f}")
print(f"{x * 2=}")
print(f"{items=}, {len(items)=}")
print(f"{name.upper()=}")
print(f"{3.5=}", f"{None=}")
print(f"{x=!r:^10}|")
d = {"k": "v"}
print(f"{d['k']=}")
