samples = ["123", "12.3", "abc", "ABC", "aBc1", "", " ", "\t\n", "½", "²", "٣", "Ω",
           "abc ", "_id", "if", "x1", "1x"]
print("columns: digit decimal numeric alpha alnum space identifier ascii printable")
for s in samples:
    print(repr(s).ljust(8),
          s.isdigit(),
          s.isdecimal(),
          s.isnumeric(),
          s.isalpha(),
          s.isalnum(),
          s.isspace(),
          s.isidentifier(),
          s.isascii(),
          s.isprintable())
print("Hello\x07".isprintable(), "-1".isdigit(), "0x1F".isalnum())
print([c for c in "a1 B2_c!" if c.isalnum()])
print(sum(1 for c in "Hello World 2024" if c.isupper()))
