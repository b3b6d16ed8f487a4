log = []


def handler_bug():
    try:
        {}["missing"]
    except KeyError as e:
        log.append("handling " + str(e))
        return undefined_in_handler


try:
    handler_bug()
except NameError as e:
    print("caught:", e, "| context:", repr(e.__context__))
print(log)
log.clear()
try:
    1 / 0
except ZeroDivisionError:
    print("handling division error")
    [][0]
