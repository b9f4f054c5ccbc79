//! Attached I/O: the multiplexed stream format, hijacked connections, raw terminals, resize,
//! detach keys and signal proxying.

pub mod attach;
pub mod capture;
pub mod demux;
pub mod detach;
pub mod hijack;
pub mod kernel_copy;
pub mod resize;
pub mod signals;
pub mod sink;
pub mod terminal;
