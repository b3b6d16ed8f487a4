# f-string corners: nested specs, = with specs, conversions, braces, quotes, dicts,
# alignment and fill, numbers, thousands separators, and expressions in specs.
name = "Ada"
width = 10
value = 3.14159
items = {"a": 1, "b": 2}

print(f"{name!r:>{width}}|")
print(f"{value:.{2}f} {value:{width}.3f}|")
print(f"{value=:.2f} {name=} {width = }")
print(f"{{literal}} {{{name}}}")
print(f"{'nested ' + f'{name}'}")
print(f"{name:*^11}|{name:-<6}|{name:>6}")
print(f"{1234567.891:,.2f} {1234567:_} {255:#x} {255:#010b} {0.25:.0%}")
print(f"{-42:+d} {42:+d} {42: d} {-3.5:=8.2f}")
print(f"{3:03d} {7:>03} {1e10:.3e} {1e-5:g} {123456789.0:g}")
print(f"{[1, 2][0]} {(lambda x: x * 2)(4)} {name.upper()!s} {name!a}")
print(f"{'é'!a} {b'x'!r}")
print(f"{None} {True:>6} {False!s:^7}|")
print(f"""multi
{name}""")
print(f"{12:{'>'}{5}}|")
d = 1.0
print(f"{d} {d!r} {0.1 + 0.2} {1/3:.5} {2.5:.0f} {3.5:.0f}")
print(f"{'a' 'b'}", f"{'%d' % 5}", f"{name[0]}{name[-1]}")
print(f"{100:_b} {10**20:,} {-0.0} {float('inf'):>6} {float('nan')}")
