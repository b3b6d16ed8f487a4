# `uvicorn.run` as programs call it: an app object or an import string naming the
# program's own module ("__main__:app", or the program's file name), an app factory,
# import strings that do not resolve (exit status 3), and `limit_max_requests`, which
# ends the server after that many requests; the lifespan starts the requests.
import asyncio
import contextlib
import re
import sys

import uvicorn
from fastapi import FastAPI
from uvicorn.logging import AccessFormatter, DefaultFormatter

PORTS = iter(range(8820, 8830))  # a port per server: each listens on its own
current_port = None


class NoPidFormatter(DefaultFormatter):
    def formatMessage(self, record):
        return re.sub(r"\[\d+\]", "[PID]", super().formatMessage(record))


class NoPortAccessFormatter(AccessFormatter):
    def formatMessage(self, record):
        return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", super().formatMessage(record))


LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "default": {"()": "__main__.NoPidFormatter", "fmt": "%(levelprefix)s %(message)s"},
        "access": {"()": "__main__.NoPortAccessFormatter",
                   "fmt": '%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s'},
    },
    "handlers": {
        "default": {"formatter": "default", "class": "logging.StreamHandler",
                    "stream": "ext://sys.stdout"},
        "access": {"formatter": "access", "class": "logging.StreamHandler",
                   "stream": "ext://sys.stdout"},
    },
    "loggers": {
        "uvicorn": {"handlers": ["default"], "level": "INFO", "propagate": False},
        "uvicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
    },
}


async def client(port, paths):
    await asyncio.sleep(0.3)  # the server listens once the lifespan has started
    for path in paths:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET {path} HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n".encode())
        answer = await reader.read()
        writer.close()
        print("  client:", answer.split(b"\r\n")[0].decode(), answer.partition(b"\r\n\r\n")[2])


@contextlib.asynccontextmanager
async def lifespan(app):
    port = app.state_port
    requests = asyncio.create_task(client(port, ["/", "/nothing"]))
    yield
    await requests


def create_app():
    made = FastAPI(lifespan=lifespan)
    made.state_port = current_port

    @made.get("/")
    async def home():
        return {"app": "made by the factory" if made is not app else "module-level"}

    return made


app = create_app()


def attempt(title, target, **options):
    global current_port
    current_port = next(PORTS)
    app.state_port = current_port
    print(title, repr(target) if isinstance(target, str) else "app object")
    try:
        uvicorn.run(target, port=current_port, log_config=LOG_CONFIG, **options)
    except SystemExit as exc:
        print("  SystemExit", exc.code)
    else:
        print("  run returned")


if __name__ == "__main__":
    attempt("the app", app, limit_max_requests=2)
    attempt("import string", "__main__:app", limit_max_requests=2)
    attempt("a factory", "__main__:create_app", factory=True, limit_max_requests=2)
    attempt("a factory, not said", "__main__:create_app", limit_max_requests=2)
    attempt("no such module", "no_such_module:app")
    attempt("no such attribute", "__main__:nope")
    attempt("not module:attribute", "just_a_name")
    attempt("reload without an import string", app, reload=True)
