import string
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide  world"), string.capwords("x-ray-vision", "-"))
t = Template("$who likes ${what}; it costs $$10")
print(t.substitute(who="Tim", what="kung pao"), t.substitute({"who": "Ann", "what": "tea"}))
print(Template("$a and $b").safe_substitute(a=1), Template("trailing $").safe_substitute())
print(Template("${x}y $x").substitute(x="X"), Template("$x_1 $x").substitute(x_1="one", x="two"))
print(Template("$a $b $a").get_identifiers(), Template("ok $x").is_valid(), Template("bad $1").is_valid())
for tmpl, kw in [("$missing here", {}), ("cost: $ 5", {}), ("line one\n  ${bad", {})]:
    try:
        Template(tmpl).substitute(**kw)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("hello world".translate(caesar))
