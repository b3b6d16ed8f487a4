# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.log`: engines log through
# the `logging` module, under `sqlalchemy.engine.Engine`. `echo=True` makes an engine log
# at INFO whatever the logger's level, and gives the logger a handler of its own (to
# stdout, `%(asctime)s %(levelname)s %(name)s %(message)s`) if it has none.

import logging
import sys

_root = logging.getLogger("sqlalchemy")
if _root.level == logging.NOTSET:
    _root.setLevel(logging.WARNING)


def _add_default_handler(logger):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger.addHandler(handler)


_ECHO_LEVEL = {None: logging.NOTSET, False: logging.NOTSET, True: logging.INFO,
               "debug": logging.DEBUG}


class InstanceLogger:
    """A logger whose level follows an engine's `echo` flag."""

    def __init__(self, echo, name):
        self.echo = echo
        self.logger = logging.getLogger(name)
        if _ECHO_LEVEL[echo] <= logging.INFO and not self.logger.handlers:
            _add_default_handler(self.logger)

    def _level(self):
        level = _ECHO_LEVEL[self.echo]
        if level == logging.NOTSET:
            level = self.logger.getEffectiveLevel()
        return level

    def isEnabledFor(self, level):
        if self.logger.manager.disable >= level:
            return False
        return level >= self._level()

    def getEffectiveLevel(self):
        return self._level()

    def log(self, level, msg, *args, **kw):
        if self.logger.manager.disable >= level:
            return
        if level >= self._level():
            self.logger._log(level, msg, args, **kw)

    def debug(self, msg, *args, **kw):
        self.log(logging.DEBUG, msg, *args, **kw)

    def info(self, msg, *args, **kw):
        self.log(logging.INFO, msg, *args, **kw)

    def warning(self, msg, *args, **kw):
        self.log(logging.WARNING, msg, *args, **kw)

    warn = warning

    def error(self, msg, *args, **kw):
        self.log(logging.ERROR, msg, *args, **kw)


def instance_logger(name, echo):
    if echo in (False, None):
        return logging.getLogger(name)
    return InstanceLogger(echo, name)
