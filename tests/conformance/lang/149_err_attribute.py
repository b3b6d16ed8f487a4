class Robot:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "beep " + self.name


r = Robot("R2")
print(r.greet())
try:
    r.fly()
except AttributeError as e:
    print("caught:", e)
try:
    (5).foo
except AttributeError as e:
    print("caught:", e)
try:
    "s".nosuch
except AttributeError as e:
    print("caught:", e)
try:
    Robot.missing_class_attr
except AttributeError as e:
    print("caught:", e)
print(getattr(r, "name"))
r.speed = 10
print(r.speed)
print(r.altitude)
