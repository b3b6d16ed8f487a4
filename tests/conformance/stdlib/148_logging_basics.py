# logging: loggers in a hierarchy, levels, handlers and formatters, filters,
# propagation, basicConfig, LoggerAdapter, and the last-resort handler (stderr).
import logging
import sys

print(logging.getLevelName(logging.INFO), logging.getLevelName(25), logging.getLevelName("ERROR"))
root = logging.getLogger()
print(root.name, root.level, logging.getLogger("root") is root)
a = logging.getLogger("app")
ab = logging.getLogger("app.db")
print(ab.parent is a, a.parent is root, logging.getLogger("app.db") is ab)
print(ab.getEffectiveLevel(), ab.isEnabledFor(logging.INFO), ab.isEnabledFor(logging.ERROR))
logging.warning("to stderr, not stdout")

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(levelno)d:%(message)s"))
a.addHandler(out)
a.setLevel(logging.DEBUG)
ab.debug("debug %s and %d", "args", 3)
ab.info("dict args: %(x)s", {"x": 42})
a.warning("warn")
print(ab.getEffectiveLevel(), a.hasHandlers(), ab.handlers)


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


out.addFilter(OnlyEven())
for n in range(4):
    ab.info("n=%d", n)
out.removeFilter(out.filters[0])

named = logging.Filter("app.db")
print(named.filter(logging.makeLogRecord({"name": "app.db.x"})),
      named.filter(logging.makeLogRecord({"name": "app.dbx"})))

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
other = logging.getLogger("other")
other.addHandler(brace)
other.propagate = False
other.error("braces %s", "ok")
other.setLevel(logging.CRITICAL)
other.error("dropped")
other.critical("kept")

logging.basicConfig(stream=sys.stdout, format="root:%(levelname)s:%(name)s:%(message)s", level=logging.INFO)
logging.info("through basicConfig")
a.info("app propagates to the root handler too")
logging.basicConfig(format="ignored, root has a handler")
logging.getLogger("quiet").debug("below INFO")

adapter = logging.LoggerAdapter(logging.getLogger("app.adapter"), {"who": "me"})
adapter.info("adapted")
print(repr(adapter), adapter.getEffectiveLevel())

logging.disable(logging.WARNING)
a.warning("disabled")
a.error("still shown")
logging.disable(logging.NOTSET)

try:
    1 / 0
except ZeroDivisionError:
    record = logging.makeLogRecord({"msg": "boom", "exc_info": sys.exc_info(), "levelname": "ERROR"})
    text = logging.Formatter("%(levelname)s %(message)s").format(record)
    print(text.splitlines()[0], text.splitlines()[-1])
print(repr(out), repr(a), repr(logging.getLogger("x.y.z")))
