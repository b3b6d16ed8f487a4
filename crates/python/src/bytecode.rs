//! Our bytecode: the instruction set, the code objects the compiler produces, and
//! snapshots of compiled modules.

pub mod code;
pub mod dis;
pub mod opcode;
pub mod snapshot;

pub use code::{CodeFlags, CodeObject};
pub use opcode::Opcode;
