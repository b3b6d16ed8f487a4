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
