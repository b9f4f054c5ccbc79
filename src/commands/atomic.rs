//! docker's `atomicwriter` (github.com/moby/sys): write to a temporary file beside the target,
//! then give it the requested mode (whatever the umask) and rename it over the target, so a
//! failed write never leaves a half file under the target's name. Only a regular file (or
//! nothing) may be replaced: a symlink, a directory, a FIFO... are refused with its messages.

use std::fs::File;
use std::io::Write;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::opts::oserror::describe;
use crate::opts::paths::clean;

/// The mode docker's `save -o` and `export -o` give their file.
pub const MODE: u32 = 0o600;

pub struct AtomicFile {
    tmp: PathBuf,
    target: PathBuf,
    file: Option<File>,
}

/// `validateDestination`: the parent must be a directory; the target, if it exists, a regular
/// file without setuid/setgid/sticky bits.
fn validate(target: &str) -> Result<(), String> {
    if target.is_empty() {
        return Err("file name is empty".into());
    }
    let dir = match target.rfind('/') {
        Some(i) => clean(&target[..=i]),
        None => ".".into(),
    };
    if dir != "." && dir != ".." {
        match std::fs::metadata(&dir) {
            Err(e) => return Err(format!("invalid output path: stat {dir}: {}", describe(&e))),
            Ok(m) if !m.is_dir() => {
                return Err(format!("invalid output path: stat {dir}: not a directory"))
            }
            Ok(_) => {}
        }
    }
    let meta = match std::fs::symlink_metadata(target) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(format!(
                "failed to stat output path: lstat {target}: {}",
                describe(&e)
            ))
        }
        Ok(m) => m,
    };
    let ft = meta.file_type();
    let mode = meta.permissions().mode();
    Err(if ft.is_dir() {
        "cannot write to a directory"
    } else if ft.is_symlink() {
        "cannot write to a symbolic link directly"
    } else if ft.is_fifo() {
        "cannot write to a named pipe (FIFO)"
    } else if ft.is_socket() {
        "cannot write to a socket"
    } else if ft.is_char_device() {
        "cannot write to a character device file"
    } else if ft.is_block_device() {
        "cannot write to a block device file"
    } else if mode & 0o4000 != 0 {
        "cannot write to a setuid file"
    } else if mode & 0o2000 != 0 {
        "cannot write to a setgid file"
    } else if mode & 0o1000 != 0 {
        "cannot write to a sticky bit file"
    } else {
        return Ok(());
    }
    .into())
}

impl AtomicFile {
    /// A new temporary file in the target's directory, after docker's checks of the target.
    pub fn create(target: &str) -> Result<AtomicFile, String> {
        validate(target)?;
        let target = std::path::absolute(target).map_err(|e| describe(&e))?;
        let dir = target.parent().unwrap_or(Path::new("/"));
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut attempt = 0u32;
        loop {
            let tmp = dir.join(format!(".tmp-{name}{}", suffix(attempt)));
            let mut opts = std::fs::OpenOptions::new();
            opts.write(true).create_new(true);
            std::os::unix::fs::OpenOptionsExt::mode(&mut opts, MODE);
            match opts.open(&tmp) {
                Ok(file) => {
                    return Ok(AtomicFile {
                        tmp,
                        target,
                        file: Some(file),
                    })
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(e) => {
                    return Err(format!(
                        "open {}: {}",
                        tmp.display(),
                        crate::engine::context::io_text(&e)
                    ))
                }
            }
        }
    }

    /// Syncs the file, gives it [`MODE`] (the umask does not apply) and renames it over the
    /// target.
    pub fn commit(mut self) -> std::io::Result<()> {
        if let Some(f) = self.file.take() {
            f.sync_all()?;
            f.set_permissions(std::fs::Permissions::from_mode(MODE))?;
        }
        let renamed = std::fs::rename(&self.tmp, &self.target);
        if renamed.is_err() {
            let _ = std::fs::remove_file(&self.tmp);
        }
        renamed
    }
}

/// A random-looking suffix for the temporary name, as `os.CreateTemp` adds one.
fn suffix(attempt: u32) -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    (u64::from(std::process::id()) << 32 | u64::from(nanos)).wrapping_add(u64::from(attempt))
        % 10_000_000_000
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.file.as_mut() {
            Some(f) => f.write(buf),
            None => Ok(0),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self.file.as_mut() {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_regular_file_is_replaced() {
        let d = tempfile::tempdir().unwrap();
        let p = |n: &str| d.path().join(n).to_string_lossy().into_owned();
        std::fs::write(p("reg"), b"x").unwrap();
        std::os::unix::fs::symlink("reg", p("link")).unwrap();
        std::fs::create_dir(p("dir")).unwrap();
        assert_eq!(validate(&p("reg")), Ok(()));
        assert_eq!(validate(&p("new")), Ok(()));
        assert_eq!(
            validate(&p("link")).unwrap_err(),
            "cannot write to a symbolic link directly"
        );
        assert_eq!(
            validate(&p("dir")).unwrap_err(),
            "cannot write to a directory"
        );
        assert_eq!(
            validate(&format!("{}/x", p("reg"))).unwrap_err(),
            format!("invalid output path: stat {}: not a directory", p("reg"))
        );
        assert_eq!(validate("").unwrap_err(), "file name is empty");
    }
}
