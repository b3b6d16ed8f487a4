# Loopscope's notebook mode (runners/notebook.rs): the program's cells, run one after
# another by a task on a loop that is already running, as Jupyter runs them. A cell's
# last expression, when not None, is shown as the REPL shows it; an exception stops the
# run at its cell, reported from the cell down; tasks the cells started run to their
# end after the last cell.

import sys
import asyncio
import _cells


async def _run(namespace):
    filename = _cells.filename()
    for number, (line, source) in enumerate(_cells.cells(), 1):
        _cells.started(number, line)
        try:
            code = _cells.compile(source, filename)
            value = await _cells.coroutine(code, namespace)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _cells.report(exc)
            return 1
        if value is not None:
            print(repr(value))
    me = asyncio.current_task()
    while True:
        others = {task for task in asyncio.all_tasks() if task is not me}
        if not others:
            return 0
        await asyncio.wait(others)


def main():
    status = asyncio.run(_run(sys.modules['__main__'].__dict__))
    if status:
        raise SystemExit(status)
