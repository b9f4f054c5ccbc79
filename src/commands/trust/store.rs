//! notary's private key store as docker opens it: `$DOCKER_CONFIG/trust/private` (made 0700),
//! one `<name>.key` file (0600) per key.

use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use crate::commands::Ctx;

/// `storage.NewPrivateKeyFileStorage`: the directory, made when missing.
pub fn private_dir(ctx: &Ctx) -> std::io::Result<PathBuf> {
    let dir = ctx.config_dir.join("trust").join("private");
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&dir)?;
    Ok(dir)
}

/// Writes `text` to `path` readable by its owner only (what was there is replaced).
pub fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?
        .write_all(text.as_bytes())
}

/// notary's `NewFileCachedRepository`: `trust/private` and the repository's
/// `trust/tuf/<GUN>/{metadata,changelist}` (0700).
pub fn repo_dirs(ctx: &Ctx, gun: &str) -> std::io::Result<()> {
    private_dir(ctx)?;
    let base = ctx.config_dir.join("trust").join("tuf").join(gun);
    for sub in ["metadata", "changelist"] {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(base.join(sub))?;
    }
    Ok(())
}
