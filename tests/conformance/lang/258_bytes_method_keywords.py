# bytes methods that take keywords bind them as Argument Clinic does, with its messages.
for stmt in ['b"a\\nb".splitlines(x=1)', 'b"a\\nb".splitlines(True, 2)', 'b"a\\nb".splitlines(keepends=True)',
             'b"a\\tb".expandtabs(1, 2)', 'b"a\\tb".expandtabs(tabsize=3)', 'b"a\\tb".expandtabs(3, tabsize=3)',
             'b"x".translate()', 'b"x".translate(None, delete=b"x")', 'b"x".translate(table=None)',
             'b"x".translate(None, b"x", 1)', 'b"x".translate(None, b"", delete=b"x")', 'bytearray(b"x").translate(None, q=1)']:
    try:
        print(stmt, repr(eval(stmt)))
    except TypeError as e:
        print(stmt, "TypeError:", e)
