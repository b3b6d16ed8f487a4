# A return statement at module level.
print("never printed")


def inside():
    return "allowed here"


for i in range(3):
    print(i)
return inside()
print("end")
