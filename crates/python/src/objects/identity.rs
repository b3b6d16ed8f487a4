//! Identity: what `id()`, the default `__hash__` and the `at 0x…` of default reprs show for
//! instances, functions, generators and classes.
//!
//! CPython's identity is an object's address, and a set or dict keyed by objects that hash
//! by identity iterates in an order that follows those addresses (the hash is the address
//! shifted right by four). CPython's addresses come from its small-object allocator: objects
//! of one size class are carved one after another out of 16 KiB pools, and a freed block is
//! the next one handed out for its class. So a set of six tasks prints in the same order on
//! every run. Our real addresses come from Rust's allocator and differ from run to run and
//! between the page and the command line, so these objects get a *virtual* address from a
//! model of that allocator instead: the same on every run, and for objects made one after
//! another laid out as CPython lays them out.
//!
//! The model is per thread (each interpreter runs on one) and starts afresh with each
//! [`Interp`](crate::Interp): a run's addresses do not depend on the runs before it.
//!
//! Two facts measured on CPython 3.11 (64-bit Linux) make the order of the commonest case,
//! a set of tasks, CPython's: every object given an address here is one CPython's garbage
//! collector tracks, which sits 16 bytes into its block, after the collector's header; and
//! a program's first tasks do not come from a fresh pool but from the holes CPython's
//! start-up and `asyncio.run` leave in the pool of the tasks' size class (192 bytes). In
//! tutorial-shaped programs (imports, a few functions, `asyncio.run(main())`) the main
//! task takes block 31 of that pool, the next tasks blocks 45, 46 and 57, and then fresh
//! blocks from 59 on; [`TASK_POOL`] starts each run's pool of that class so. A program
//! that makes other objects of that size first, or whose imports leave other holes,
//! starts elsewhere: its order is still the same on every run, but may not be CPython's.

use super::fasthash::FastSet;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::generator::GenHooks;
use super::{Function, Generator, Instance, Type, Value};

/// Where virtual addresses start: in the range where a 64-bit Linux CPython's heap lives,
/// far above anything a wasm32 address or a native Rust heap reaches.
const BASE: u64 = 0x7e00_0000_0000;
/// CPython's pool size and the pool header before its first block (3.11, 64-bit).
const POOL_SIZE: u64 = 16 * 1024;
const POOL_HEADER: u64 = 48;
/// Blocks above this many bytes come from `malloc`, not from pools.
const SMALL_MAX: u32 = 512;
/// Where `malloc`ed objects (classes, say) go: a region of their own.
const LARGE_BASE: u64 = BASE + 0x0100_0000_0000;
/// Where a garbage-collected object starts in its block: after the collector's header.
const GC_HEADER: u64 = 16;
/// The pool of CPython's task size class as `asyncio.run` hands it to a program: the
/// block size, the holes in the order they are handed out, and the first fresh block.
const TASK_POOL: (u64, [u64; 4], u64) = (192, [31, 45, 46, 57], 59);
/// Low bits of an address are always zero (blocks are 16-aligned): the packed form keeps
/// the size class there and the heap's generation above bit 48.
const ADDR_MASK: u64 = 0x0000_ffff_ffff_fff0;
const GEN_SHIFT: u32 = 48;

#[derive(Default)]
struct Class {
    /// The pool being carved and the offset of its next fresh block (0: none yet).
    pool: u64,
    next: u64,
    /// Freed blocks, most recent last.
    free: Vec<u64>,
}

struct Heap {
    /// Bumped by [`begin`]; addresses of an older generation are never reused.
    generation: u64,
    /// Where each run's pools and large objects start: above what the thread made before
    /// its first interpreter (the builtin types), which every run shares.
    floor: Option<(u64, u64)>,
    next_pool: u64,
    next_large: u64,
    classes: Vec<Class>,
    /// Addresses of objects with weak-reference callbacks: when one goes, its address is
    /// queued on the interpreter's hooks, which call them at the next instruction.
    watched: FastSet<u64>,
    hooks: Option<Rc<GenHooks>>,
}

impl Heap {
    fn new(generation: u64) -> Heap {
        Heap {
            generation,
            floor: None,
            next_pool: BASE,
            next_large: LARGE_BASE,
            classes: (0..SMALL_MAX / 16).map(|_| Class::default()).collect(),
            watched: FastSet::default(),
            hooks: None,
        }
    }

    /// Shapes the task class's pool as CPython's start-up leaves it ([`TASK_POOL`]).
    fn seed_task_pool(&mut self) {
        let (block, holes, fresh) = TASK_POOL;
        let pool = self.next_pool;
        self.next_pool += POOL_SIZE;
        let class = &mut self.classes[(block / 16 - 1) as usize];
        class.pool = pool;
        class.next = POOL_HEADER + fresh * block;
        class.free = holes
            .iter()
            .rev()
            .map(|k| pool + POOL_HEADER + k * block + GC_HEADER)
            .collect();
    }

    fn alloc(&mut self, size: u32) -> u64 {
        let block = round16(size);
        if block > SMALL_MAX as u64 {
            let addr = self.next_large + 16;
            self.next_large += block + 16;
            return addr;
        }
        let next_pool = &mut self.next_pool;
        let class = &mut self.classes[(block / 16 - 1) as usize];
        if let Some(addr) = class.free.pop() {
            return addr;
        }
        if class.pool == 0 || class.next + block > POOL_SIZE {
            class.pool = *next_pool;
            class.next = POOL_HEADER;
            *next_pool += POOL_SIZE;
        }
        let addr = class.pool + class.next + GC_HEADER;
        class.next += block;
        addr
    }
}

fn round16(size: u32) -> u64 {
    (size.max(16) as u64).div_ceil(16) * 16
}

thread_local! {
    static HEAP: RefCell<Heap> = RefCell::new(Heap::new(1));
}

/// A fresh address space for a new interpreter on this thread: the same addresses as the
/// last interpreter's, without those of the objects every interpreter shares. `hooks` hear
/// of watched objects that go.
pub fn begin(hooks: Option<Rc<GenHooks>>) {
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        let floor = h.floor.unwrap_or((h.next_pool, h.next_large));
        let mut fresh = Heap::new(((h.generation + 1) & 0xfff).max(1));
        (fresh.next_pool, fresh.next_large) = floor;
        fresh.floor = Some(floor);
        fresh.hooks = hooks;
        fresh.seed_task_pool();
        *h = fresh;
    });
}

/// Queue `addr` on the interpreter's hooks (`GenHooks::died`) when the object there goes.
pub fn watch(addr: u64) {
    HEAP.with(|h| h.borrow_mut().watched.insert(addr));
}

/// An object's virtual address, taken when it is made and given back when it goes.
pub struct Ident(Cell<u64>);

impl Ident {
    /// The address of a new object of `size` bytes (CPython's `sys.getsizeof` for it).
    pub fn new(size: u32) -> Ident {
        let packed = HEAP.with(|h| {
            let mut h = h.borrow_mut();
            let addr = h.alloc(size);
            let class = (round16(size) / 16).min(SMALL_MAX as u64 / 16 + 1) - 1;
            addr | (h.generation << GEN_SHIFT) | (class & 0xf) | ((class >> 4) << 60)
        });
        Ident(Cell::new(packed))
    }

    /// The address: what `id()` returns.
    pub fn addr(&self) -> u64 {
        self.0.get() & ADDR_MASK
    }

    /// The same address for the object that takes this one's place (a finaliser's
    /// resurrection): this one then gives nothing back when it goes.
    pub fn take(&self) -> Ident {
        Ident(Cell::new(self.0.replace(0)))
    }
}

impl Drop for Ident {
    fn drop(&mut self) {
        let packed = self.0.get();
        if packed == 0 {
            return;
        }
        let class = ((packed & 0xf) | (((packed >> 60) & 0xf) << 4)) as usize;
        let generation = (packed >> GEN_SHIFT) & 0xfff;
        let addr = packed & ADDR_MASK;
        // A thread-local can be gone when the thread ends; nothing to give back then.
        let _ = HEAP.try_with(|h| {
            let Ok(mut h) = h.try_borrow_mut() else {
                return;
            };
            if h.generation & 0xfff != generation {
                return;
            }
            if !h.watched.is_empty() && h.watched.remove(&addr) {
                if let Some(hooks) = &h.hooks {
                    hooks.died.borrow_mut().push(addr);
                    hooks.pending.set(true);
                }
            }
            if class < h.classes.len() {
                h.classes[class].free.push(addr);
            }
        });
    }
}

/// A weak pointer to an object with an identity: what weak references hold.
pub enum WeakTarget {
    Instance(std::rc::Weak<Instance>),
    Function(std::rc::Weak<Function>),
    Type(std::rc::Weak<Type>),
    Gen(std::rc::Weak<Generator>),
}

impl WeakTarget {
    /// A weak pointer to `v`, or `None` when `v` cannot be weakly referenced.
    pub fn of(v: &Value) -> Option<WeakTarget> {
        Some(match v {
            Value::Instance(i) => WeakTarget::Instance(Rc::downgrade(i)),
            Value::Function(f) => WeakTarget::Function(Rc::downgrade(f)),
            Value::Type(t) => WeakTarget::Type(Rc::downgrade(t)),
            Value::Gen(g) => WeakTarget::Gen(Rc::downgrade(g)),
            _ => return None,
        })
    }

    /// The referent, while it lives.
    pub fn get(&self) -> Option<Value> {
        Some(match self {
            WeakTarget::Instance(w) => Value::Instance(w.upgrade()?),
            WeakTarget::Function(w) => Value::Function(w.upgrade()?),
            WeakTarget::Type(w) => Value::Type(w.upgrade()?),
            WeakTarget::Gen(w) => Value::Gen(w.upgrade()?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_of_a_class_follow_each_other_and_freed_ones_come_back_first() {
        begin(None);
        let a = Ident::new(144);
        let b = Ident::new(144);
        assert_eq!(b.addr() - a.addr(), 144);
        assert_eq!(a.addr() % POOL_SIZE, POOL_HEADER + GC_HEADER);
        let c = Ident::new(56);
        assert_ne!(
            c.addr() / POOL_SIZE,
            a.addr() / POOL_SIZE,
            "another class, another pool"
        );
        let freed = b.addr();
        drop(b);
        assert_eq!(Ident::new(144).addr(), freed);
    }

    #[test]
    fn a_new_interpreter_starts_from_the_same_addresses() {
        begin(None);
        let old = Ident::new(64);
        let first = old.addr();
        begin(None);
        let new = Ident::new(64);
        assert_eq!(new.addr(), first);
        drop(old);
        assert_ne!(
            Ident::new(64).addr(),
            first,
            "an address of the old run is not reused"
        );
    }

    #[test]
    fn what_was_made_before_the_first_interpreter_keeps_its_address() {
        let shared = Ident::new(920);
        let pooled = Ident::new(64);
        begin(None);
        assert!(Ident::new(920).addr() > shared.addr());
        let first = Ident::new(64).addr();
        assert_ne!(first, pooled.addr());
        begin(None);
        assert_eq!(Ident::new(64).addr(), first);
    }

    #[test]
    fn the_first_tasks_take_the_holes_cpython_leaves() {
        begin(None);
        let blocks: Vec<u64> = (0..7)
            .map(|_| Ident::new(192))
            .map(|t| {
                let at = (t.addr() % POOL_SIZE - POOL_HEADER - GC_HEADER) / 192;
                std::mem::forget(t);
                at
            })
            .collect();
        assert_eq!(blocks, [31, 45, 46, 57, 59, 60, 61]);
    }

    #[test]
    fn large_objects_never_share_an_address() {
        begin(None);
        let a = Ident::new(920);
        let b = Ident::new(920);
        assert!(b.addr() >= a.addr() + 928);
    }
}
