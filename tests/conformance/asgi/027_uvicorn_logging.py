# uvicorn's logging: the default configuration (`uvicorn.config.LOGGING_CONFIG`: the
# error log on stderr, the access log on stdout), its formatters' `LEVEL:` prefixes and
# access lines, with and without colours, a logging configuration of the program's own
# (formatters named by import string, as such configurations do), `log_level`,
# `access_log=False`, and `log_config=None`, which leaves uvicorn's loggers to the root's.
import asyncio
import json
import logging
import re
import sys

import uvicorn
from uvicorn.config import LOGGING_CONFIG
from uvicorn.logging import AccessFormatter, DefaultFormatter

ACCESS_FORMAT = '%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s'
PORTS = iter(range(8810, 8820))  # a port per server: each listens on its own


class NoPidFormatter(DefaultFormatter):
    def formatMessage(self, record):
        return re.sub(r"\[\d+\]", "[PID]", super().formatMessage(record))


class NoPortAccessFormatter(AccessFormatter):
    def formatMessage(self, record):
        return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", super().formatMessage(record))


class Named(logging.Handler):
    def emit(self, record):
        text = re.sub(r"\[\d+\]", "[PID]", record.getMessage())
        print(f"  root handler: {record.name} {record.levelname} {text}")


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    status = 404 if scope["path"] == "/missing" else 200
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"ok"})


async def get(port, path, version="1.1"):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/{version}\r\nHost: h\r\nConnection: close\r\n\r\n".encode())
    await reader.read()
    writer.close()


async def serve(title, **options):
    print(title)
    port = next(PORTS)
    config = uvicorn.Config(app, port=port, **options)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    await get(port, '/items?q="quoted"&x=1')
    await get(port, "/missing", "1.0")
    server.should_exit = True
    await task


def show_loggers():
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        log = logging.getLogger(name)
        handlers = [(type(h).__name__, {sys.stderr: "stderr", sys.stdout: "stdout"}.get(h.stream),
                     type(h.formatter).__name__) for h in log.handlers]
        print(f"  {name}: level={logging.getLevelName(log.level)} propagate={log.propagate} "
              f"handlers={handlers}")


def record(level, msg, args=()):
    return logging.LogRecord("uvicorn.error", level, __file__, 1, msg, args, None)


async def main():
    root = logging.getLogger()
    root.addHandler(Named())
    root.setLevel(logging.INFO)
    await serve("log_config=None, access_log=False", log_config=None, access_log=False)
    root.handlers.clear()

    print("LOGGING_CONFIG:", json.dumps(LOGGING_CONFIG, sort_keys=True, indent=1))
    uvicorn.Config(app)
    print("after Config(app):")
    show_loggers()

    plain = DefaultFormatter("%(levelprefix)s %(message)s", use_colors=False)
    for level in (5, logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR,
                  logging.CRITICAL):
        print(repr(plain.format(record(level, "message %s", ("here",)))))
    coloured = DefaultFormatter("%(levelprefix)s %(message)s", use_colors=True)
    for level in (logging.INFO, logging.ERROR):
        print(repr(coloured.format(record(level, "message"))))
    with_colour_message = record(logging.INFO, "Started server process [%d]", (42,))
    with_colour_message.color_message = "Started server process [\033[36m%d\033[0m]"
    print(repr(plain.format(with_colour_message)), repr(coloured.format(with_colour_message)))
    print("default use_colors (not a terminal):", DefaultFormatter().use_colors)

    access = AccessFormatter(ACCESS_FORMAT)
    access_colours = AccessFormatter("%(request_line)s %(status_code)s", use_colors=True)
    for status in (101, 200, 302, 404, 503, 299):
        line = record(logging.INFO, '%s - "%s %s HTTP/%s" %d',
                      ("10.0.0.1:5000", "GET", "/a?b=1", "1.1", status))
        print(repr(access.format(line)), repr(access_colours.format(line)))

    own = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "default": {"()": "__main__.NoPidFormatter", "fmt": "%(levelprefix)s %(message)s",
                        "use_colors": None},
            "access": {"()": "__main__.NoPortAccessFormatter", "fmt": ACCESS_FORMAT},
        },
        "handlers": {
            "default": {"formatter": "default", "class": "logging.StreamHandler",
                        "stream": "ext://sys.stdout"},
            "access": {"formatter": "access", "class": "logging.StreamHandler",
                       "stream": "ext://sys.stdout"},
        },
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": "INFO", "propagate": False},
            "uvicorn.error": {"level": "INFO"},
            "uvicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
        },
    }
    await serve("a configuration of the program's own", log_config=own)
    show_loggers()
    await serve("log_level='warning'", log_config=own, log_level="warning")
    await serve("access_log=False", log_config=own, access_log=False)
    show_loggers()
    await serve("log_level='debug'", log_config=own, log_level="debug", lifespan="off")


asyncio.run(main())
