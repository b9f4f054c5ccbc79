//! Attached I/O: the multiplexed stream format, hijacked connections, raw terminals, resize,
//! detach keys and signal proxying.

pub mod demux;
