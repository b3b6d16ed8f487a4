counter = 10


def reads_global():
    return counter + 1


print(reads_global())


def fixed():
    global counter
    counter += 1
    return counter


print(fixed())


def conditional(flag):
    if flag:
        result = "set"
    return result


print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("caught:", e)
print("isinstance NameError:", issubclass(UnboundLocalError, NameError))


def broken():
    counter += 1
    return counter


broken()
