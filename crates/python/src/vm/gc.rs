//! Running the cycle collector (`objects::gc`): finalisers first, as PEP 442 orders it,
//! then a second look for what they resurrected, then the cycles are broken.

use crate::objects::error::PyErr;
use crate::objects::gc::{self, Node};
use crate::objects::{GenState, Value};

use super::Interp;

impl Interp {
    /// Collect generations `0..=generation`: the number of unreachable objects freed
    /// (0 when a collection is already running). Call only where no Rust code holds
    /// references into Python objects it relies on: at an instruction boundary, or from
    /// `gc.collect()`.
    pub fn gc_collect(&mut self, generation: usize) -> usize {
        if gc::collecting() {
            return 0;
        }
        let callbacks = self.gc_callbacks();
        if !callbacks.is_empty() {
            self.run_gc_callbacks(&callbacks, "start", generation, 0);
        }
        let found = self.gc_collect_quietly(generation);
        if !callbacks.is_empty() {
            self.run_gc_callbacks(&callbacks, "stop", generation, found);
        }
        found
    }

    /// The callables the program put in `gc.callbacks` (none when it never imported `gc`).
    fn gc_callbacks(&self) -> Vec<Value> {
        let module = self.modules.borrow().get_str("gc").cloned();
        let Some(Value::Module(m)) = module else {
            return Vec::new();
        };
        let list = m.dict.borrow().get_str("callbacks").cloned();
        match list {
            Some(Value::List(l)) => l.borrow().clone(),
            _ => Vec::new(),
        }
    }

    /// Call each of `gc.callbacks` with `phase` (`"start"` or `"stop"`) and CPython's
    /// info dict; what one raises is reported and ignored, as CPython does.
    fn run_gc_callbacks(
        &mut self,
        callbacks: &[Value],
        phase: &str,
        generation: usize,
        collected: usize,
    ) {
        for cb in callbacks {
            let info = Value::new_dict();
            if let Value::Dict(d) = &info {
                let mut d = d.borrow_mut();
                d.set_str("generation", Value::Int(generation as i64));
                d.set_str("collected", Value::Int(collected as i64));
                d.set_str("uncollectable", Value::Int(0));
            }
            if let Err(PyErr::Exc(e)) = self.call(cb, &[Value::str(phase), info], &[]) {
                let what = self.repr_of(cb).unwrap_or_default();
                self.write_unraisable(&e, &format!("Exception ignored in: {what}"));
            }
        }
    }

    /// [`Interp::gc_collect`] without telling `gc.callbacks`.
    fn gc_collect_quietly(&mut self, generation: usize) -> usize {
        let Some(garbage) = gc::find_garbage(generation) else {
            return 0;
        };
        let mut finalized = false;
        for node in &garbage {
            match node {
                Node::Instance(i) if i.cls.del_hooks.is_some() && !i.finalized.get() => {
                    i.finalized.set(true);
                    finalized = true;
                    self.call_del(i.clone());
                }
                // Suspended generators and coroutines are closed, and async generators
                // handed to their finalizer hook, as when their last reference goes.
                Node::Gen(g) if g.state.get() == GenState::Suspended && !g.finalizing => {
                    let fin = g.finalizer.borrow_mut().take();
                    if let Some(fin) = fin {
                        finalized = true;
                        let result = self.call(&fin, &[Value::Gen(g.clone())], &[]);
                        if let Err(PyErr::Exc(v)) = result {
                            self.write_unraisable(
                                &v,
                                "Exception ignored in async generator finalizer:",
                            );
                        }
                    } else if g
                        .frame
                        .try_borrow()
                        .is_ok_and(|f| f.as_ref().is_some_and(|f| f.has_cleanup_blocks()))
                    {
                        finalized = true;
                        self.close_unraisable(g);
                    }
                }
                _ => {}
            }
        }
        let garbage = if finalized {
            gc::recheck(garbage)
        } else {
            garbage
        };
        // What the finalisers resurrected does not count (as in CPython).
        let found = garbage.len();
        gc::clear(garbage);
        gc::finish();
        found
    }
}
