# The lifespan protocol as uvicorn drives it: "on" and "auto" with apps that complete,
# fail or do not speak it, "off", failures reported at shutdown, and the exit status 3
# (`SystemExit`) with which a failed startup ends `Server.serve`.
import asyncio
import contextlib
import logging

import uvicorn
from starlette.applications import Starlette

PORTS = iter(range(8800, 8810))  # a port per server: each listens on its own


class ToStdout(logging.Handler):
    """uvicorn's error log on stdout: no process id, a message's last line only."""

    def emit(self, record):
        text = record.getMessage().rstrip().splitlines()[-1]
        if text.startswith(("Started server process", "Finished server process")):
            text = text.split(" [")[0] + " [PID]"
        if record.exc_info:
            text += f" <{record.exc_info[0].__name__}: {record.exc_info[1]}>"
        print(f"  [{record.levelname}] {text}")


def protocol_app(startup, shutdown):
    """An app answering lifespan.startup with `startup` and lifespan.shutdown with
    `shutdown` (a message type, or an exception to raise)."""

    async def app(scope, receive, send):
        if scope["type"] != "lifespan":
            return
        for expected, answer in (("lifespan.startup", startup),
                                 ("lifespan.shutdown", shutdown)):
            message = await receive()
            print("  app received", message, "state:", scope["state"])
            scope["state"]["seen"] = expected
            if isinstance(answer, Exception):
                raise answer
            await send({"type": answer, "message": f"{answer} from the app"})

    return app


async def http_only(scope, receive, send):
    assert scope["type"] == "http"


@contextlib.asynccontextmanager
async def failing_lifespan(app):
    raise ConnectionError("database unreachable")
    yield


async def attempt(title, app, lifespan):
    print(f"{title} (lifespan={lifespan!r})")
    config = uvicorn.Config(app, port=next(PORTS), log_level="info", lifespan=lifespan)
    logging.getLogger("uvicorn.error").addHandler(ToStdout())
    server = uvicorn.Server(config)

    async def stop_when_started():
        while not server.started:
            await asyncio.sleep(0.01)
        server.should_exit = True

    stopper = asyncio.create_task(stop_when_started())
    try:
        await server.serve()
    except SystemExit as exc:
        print("  SystemExit", exc.code, "started:", server.started)
        stopper.cancel()
    else:
        print("  served, state:", server.lifespan.state)


async def main():
    complete = protocol_app("lifespan.startup.complete", "lifespan.shutdown.complete")
    await attempt("complete", complete, "on")
    await attempt("complete", complete, "auto")
    await attempt("off", complete, "off")
    await attempt("no lifespan support", http_only, "auto")
    await attempt("no lifespan support", http_only, "on")
    await attempt("startup failed", protocol_app("lifespan.startup.failed", None), "auto")
    await attempt("shutdown failed",
                  protocol_app("lifespan.startup.complete", "lifespan.shutdown.failed"),
                  "auto")
    await attempt("raises at shutdown",
                  protocol_app("lifespan.startup.complete", KeyError("gone")), "auto")
    await attempt("raises at shutdown",
                  protocol_app("lifespan.startup.complete", KeyError("gone")), "on")
    await attempt("Starlette lifespan raising", Starlette(lifespan=failing_lifespan), "auto")


asyncio.run(main())
