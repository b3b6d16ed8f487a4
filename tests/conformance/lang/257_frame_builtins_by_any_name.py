# The builtins that read their caller's frame work under another name, and a class's own
# _getframe is just a function.
import sys
def f():
    x = 1
    l = locals
    print(l(), sorted(vars()), dir())
    g = sys._getframe
    print(g().f_code.co_name, g(1).f_code.co_name)
    print(eval("x + 1"), exec("y = 2") , globals() is sys.modules[__name__].__dict__)
f()
class M:
    @staticmethod
    def _getframe():
        return "mine"
print(M._getframe())
