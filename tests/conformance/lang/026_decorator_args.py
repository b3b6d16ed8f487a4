def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def shout(word):
    return word.upper()

print(shout("hey"))

def prefix(text, sep=": "):
    def deco(func):
        def wrapper(*a, **kw):
            return text + sep + str(func(*a, **kw))
        wrapper.__name__ = func.__name__
        wrapper.wrapped = func
        return wrapper
    return deco

@prefix("LOG")
def compute(x):
    return x * 2

@prefix("INFO", sep=" - ")
def info(msg):
    return msg

print(compute(21))
print(info("ready"))
print(compute.__name__, compute.wrapped(5))

counter = {"n": 0}

def counted(d):
    def deco(f):
        def w(*a):
            d["n"] += 1
            return f(*a)
        return w
    return deco

@counted(counter)
def noop(x):
    return x

for i in range(4):
    noop(i)
print(counter)

table = {}

@(lambda f: table.setdefault(f.__name__, f))
def expr_deco():
    return "from table"

print(table["expr_deco"]())
