# This file must fail to parse: nothing is printed.
print("this line is never executed")


def fine():
    return 1


x = 1
y = x x
print(y)
print("end")
