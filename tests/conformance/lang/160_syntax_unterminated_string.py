# A string literal that never closes on its line.
print("never printed")
greeting = "hello"


def shout(s):
    return s.upper()


message = "this string does not end
print(shout(greeting))
print(message)
