"""Runs a notebook program under CPython the way Loopscope's notebook mode runs it, to
give `cargo xtask bless` the expected output: `python3 notebook_oracle.py PROGRAM.py`.

The program's `# %%` lines (at the start of a line) open cells; each cell is the whole
file with the other cells' lines left empty, so line numbers stay the file's, and a cell
without code is skipped. A driver task on a running loop (`asyncio.run`) compiles each
cell with top-level await allowed (`ast.PyCF_ALLOW_TOP_LEVEL_AWAIT`) and runs it in the
shared `__main__` namespace; when the last statement is an expression, its value, if not
None, is printed as the REPL prints it. An exception stops the run at its cell and is
reported from the cell down. After the last cell the driver waits for every task left.
"""

import ast
import asyncio
import inspect
import os
import sys
import traceback

FLAGS = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT


def cells_of(source):
    lines = source.splitlines(keepends=True)
    starts = [0] + [i for i, line in enumerate(lines) if i > 0 and line.startswith("# %%")]
    cells = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        text = "".join(
            line if start <= i < end else ("\n" if line.endswith("\n") else "")
            for i, line in enumerate(lines)
        )
        has_code = any(
            line.strip() and not line.strip().startswith("#") for line in lines[start:end]
        )
        if has_code:
            cells.append((start + 1, text))
    return cells


async def run_value(code, namespace):
    value = eval(code, namespace)
    if inspect.iscoroutine(value):
        value = await value
    return value


async def drive(path, namespace):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    for _line, text in cells_of(source):
        try:
            tree = ast.parse(text, path)
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                last = tree.body.pop()
            await run_value(compile(tree, path, "exec", flags=FLAGS), namespace)
            value = None
            if last is not None:
                expr = ast.Expression(last.value)
                value = await run_value(compile(expr, path, "eval", flags=FLAGS), namespace)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            tb = exc.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
                tb = tb.tb_next
            traceback.print_exception(type(exc), exc, tb)
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
    path = os.path.abspath(sys.argv[1])
    main_module = type(sys)("__main__")
    main_module.__file__ = path
    sys.modules["__main__"] = main_module
    status = asyncio.run(drive(path, main_module.__dict__))
    sys.exit(status)


if __name__ == "__main__":
    main()
