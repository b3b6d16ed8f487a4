log = []

def run(kind):
    log.clear()
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return "ret"
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "end"

for k in ["none", "raise", "return"]:
    r = run(k)
    print(k, r, log)

def uncaught():
    try:
        raise KeyError("x")
    finally:
        print("finally before propagation")

try:
    uncaught()
except KeyError as e:
    print("caught outside", e)

for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)

def nested():
    try:
        try:
            raise ValueError("deep")
        finally:
            print("inner finally")
    except ValueError:
        print("outer except")
    finally:
        print("outer finally")

nested()
