//! Tar archives packed straight into an upload (`cp` into a container, the `build` context): a
//! regular file's data goes from the file into the request's chunks in large reads, not through
//! the tar crate's small copy buffer.

use std::io::{self, Write};
use std::path::Path;

use crate::engine::upload::Sink;

/// Appends a regular file of `size` bytes: the header (and any long-name entry) from the tar
/// crate, then exactly `size` bytes of `file` and the padding to the next 512-byte block.
pub fn append_file(
    b: &mut tar::Builder<&mut Sink>,
    h: &mut tar::Header,
    name: impl AsRef<Path>,
    file: &mut std::fs::File,
    size: u64,
) -> io::Result<()> {
    h.set_entry_type(tar::EntryType::Regular);
    h.set_size(size);
    // With an empty reader the crate writes the header(s) only, and no padding.
    b.append_data(h, name, io::empty())?;
    let sink: &mut Sink = b.get_mut();
    sink.copy_exact(file, size)?;
    let pad = (512 - size % 512) % 512;
    sink.write_all(&[0u8; 512][..pad as usize])
}
