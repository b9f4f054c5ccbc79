//! docker's `atomicwriter`: write to a temporary file beside the target, rename on success, so a
//! failed write never leaves a half file under the target's name.

use std::fs::File;
use std::io::Write;
use std::path::PathBuf;

pub struct AtomicFile {
    tmp: PathBuf,
    target: PathBuf,
    file: Option<File>,
}

impl AtomicFile {
    /// A new temporary file (mode 0600) in the target's directory; the directory must exist and
    /// the target must not be a directory.
    pub fn create(target: &str) -> Result<AtomicFile, String> {
        let target = PathBuf::from(target);
        if target.is_dir() {
            return Err(format!("cannot write to a directory: {}", target.display()));
        }
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dir.is_dir() {
            return Err(format!(
                "invalid output path: stat {}: no such file or directory",
                dir.display()
            ));
        }
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".tmp-{name}.{}", std::process::id()));
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        let file = opts.open(&tmp).map_err(|e| {
            format!(
                "open {}: {}",
                tmp.display(),
                crate::engine::context::io_text(&e)
            )
        })?;
        Ok(AtomicFile {
            tmp,
            target,
            file: Some(file),
        })
    }

    pub fn commit(mut self) -> std::io::Result<()> {
        if let Some(f) = self.file.take() {
            f.sync_all()?;
        }
        std::fs::rename(&self.tmp, &self.target)
    }
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
