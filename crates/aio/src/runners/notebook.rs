//! Notebook mode: a program's `# %%` cells run one after another on an event loop that
//! is already running, as in Jupyter or `python -m asyncio`. Each cell is compiled with
//! top-level `await` allowed (`loopscope_python::compile_cell_source`) and awaited by the
//! driver `pylib/_notebook.py`; the value of a cell's last expression is shown as the
//! REPL shows it, tasks a cell starts keep running through the next cells, and
//! `asyncio.run()` inside a cell raises, the loop being already running.
//!
//! The natives the driver uses are `_cells`, registered in `modules.rs`.

use super::Runtime;
use crate::state::shared;
use crate::trace::TraceEvent;
use loopscope_python::args::{nth, Kw};
use loopscope_python::objects::Native;
use loopscope_python::{Interp, ModuleBuilder, PyErr, PyResult, Value};

/// The cells of the program being run: first line and source (other cells' lines empty).
struct Notebook {
    cells: Vec<(u32, String)>,
    filename: String,
}

/// What `__main__` runs in notebook mode: the driver, without binding a name in the
/// namespace the cells share.
const BOOTSTRAP: &str = "__import__('_notebook').main()\n";

impl Runtime {
    /// As `start`, in notebook mode: `source`'s cells run as a notebook runs them.
    pub fn start_notebook(&mut self, source: &str, filename: &str) {
        let cells = loopscope_python::notebook_cells(source);
        self.interp.set_ext(Notebook {
            cells,
            filename: filename.to_string(),
        });
        self.start(BOOTSTRAP, filename);
        self.shared()
            .borrow_mut()
            .pool
            .set_program(source, filename);
    }
}

fn notebook(interp: &Interp) -> PyResult<&Notebook> {
    interp
        .ext::<Notebook>()
        .ok_or_else(|| PyErr::runtime_error("this run is not in notebook mode"))
}

pub fn register(m: &mut ModuleBuilder) {
    m.functions(FUNCTIONS);
}

/// `_cells`' functions, by their Python names.
const FUNCTIONS: &[(&str, Native)] = &[
    ("cells", cells),
    ("filename", filename),
    ("compile", compile),
    ("coroutine", coroutine),
    ("started", started),
    ("report", report),
];

/// `cells()`: `[(first_line, source), ...]`.
fn cells(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    let cells = notebook(interp)?
        .cells
        .iter()
        .map(|(line, text)| Value::tuple(vec![Value::Int(i64::from(*line)), Value::str(text)]))
        .collect();
    Ok(Value::list(cells))
}

/// `filename()`: the program's filename.
fn filename(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::str(&notebook(interp)?.filename))
}

/// `compile(source, filename)`: a cell's code; a syntax error raises SyntaxError.
fn compile(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (Some(source), Some(filename)) = (
        nth(args, 0).as_str().map(str::to_string),
        nth(args, 1).as_str().map(str::to_string),
    ) else {
        return Err(PyErr::type_error("compile(source, filename) takes two str"));
    };
    Ok(Value::Code(loopscope_python::compile_cell_source(
        &source, &filename,
    )?))
}

/// `coroutine(code, namespace)`: awaiting it runs the cell in `namespace`.
fn coroutine(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    match (nth(args, 0), nth(args, 1)) {
        (Value::Code(code), Value::Dict(namespace)) => Ok(interp.cell_coroutine(code, namespace)),
        _ => Err(PyErr::type_error(
            "coroutine(code, namespace) takes a code object and a dict",
        )),
    }
}

/// `started(number, line)`: a cell begins (the timeline marks it).
fn started(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (Value::Int(number), Value::Int(line)) = (nth(args, 0), nth(args, 1)) else {
        return Err(PyErr::type_error("started(number, line) takes two ints"));
    };
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    let at = s.clock.nanos();
    let task = s.current_task;
    s.record(|_| TraceEvent::CellStarted {
        at,
        cell: number as u32,
        line: line as u32,
        task,
    });
    Ok(Value::None)
}

/// `report(exc)`: the traceback of an exception a cell raised, from the cell down, as
/// a notebook shows it (the driver's own frames left out).
fn report(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let exc = nth(args, 0);
    if let Some(data) = exc.exc() {
        let mut data = data.borrow_mut();
        while data
            .traceback
            .last()
            .is_some_and(|e| e.code.source.filename.starts_with("<frozen"))
        {
            data.traceback.pop();
        }
    }
    interp.print_exception(&exc);
    Ok(Value::None)
}
