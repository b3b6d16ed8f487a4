//! Our bytecode: the instruction set and the code objects the compiler produces.

pub mod code;
pub mod dis;
pub mod opcode;

pub use code::{CodeFlags, CodeObject};
pub use opcode::Opcode;
