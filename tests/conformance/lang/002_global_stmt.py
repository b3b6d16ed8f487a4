counter = 0
name = "start"


def bump():
    global counter
    counter += 1
    return counter


def rename(new):
    global name
    old = name
    name = new
    return old


def make_global():
    global created_later
    created_later = "made inside function"


def shadow():
    counter = 100
    return counter


print(bump(), bump(), bump())
print(counter)
print(rename("middle"), name)
print(rename("end"), name)
make_global()
print(created_later)
print(shadow(), counter)


def read_only():
    return counter * 2


print(read_only())
for i in range(3):
    bump()
print(counter)
