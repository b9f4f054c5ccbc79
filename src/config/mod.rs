//! docker's client configuration directory and its `config.json`.
//!
//! The file is kept as an ordered JSON map so that every key hvdock does not know survives a
//! rewrite (written in docker's layout, [`layout`]); typed accessors read the keys hvdock
//! honours.

pub mod auth;
pub mod layout;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use serde_json::{Map, Value};

/// The configuration directory: `--config`, else `DOCKER_CONFIG`, else `~/.docker`.
pub fn dir(flag: Option<&str>) -> PathBuf {
    if let Some(d) = flag.filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("DOCKER_CONFIG").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    home_dir().join(".docker")
}

pub fn home_dir() -> PathBuf {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/"))
}

#[derive(Debug, Clone, Default)]
pub struct ConfigFile {
    pub path: PathBuf,
    pub data: Map<String, Value>,
}

impl ConfigFile {
    /// Loads `config.json` from `dir`; a missing file is an empty configuration.
    pub fn load(dir: &Path) -> Result<ConfigFile> {
        let path = dir.join("config.json");
        let data = match fs::read(&path) {
            Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => Map::new(),
            Ok(bytes) => match serde_json::from_slice::<Value>(&bytes) {
                Ok(Value::Object(m)) => m,
                Ok(_) | Err(_) => anyhow::bail!(
                    "loading config file: {}: invalid config file format",
                    path.display()
                ),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Map::new(),
            Err(e) => {
                return Err(e).with_context(|| format!("loading config file: {}", path.display()))
            }
        };
        Ok(ConfigFile { path, data })
    }

    pub fn str(&self, key: &str) -> Option<&str> {
        self.data
            .get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }

    /// What docker's loader refuses in the `auths` entries (an `auth` that is not base64 of
    /// `user:password`): the first such problem, worded as docker warns about it.
    pub fn auth_problem(&self) -> Option<String> {
        let auths = self.data.get("auths")?.as_object()?;
        auths.values().find_map(|entry| {
            let value = entry.get("auth")?.as_str()?;
            auth::decode(value).err().map(|e| {
                format!(
                    "WARNING: Error parsing config file ({}): {e}",
                    self.path.display()
                )
            })
        })
    }

    pub fn current_context(&self) -> Option<&str> {
        self.str("currentContext")
    }

    /// Writes the file atomically (temporary file in the same directory, then rename) with mode
    /// 0600, so a crash never leaves it truncated and nobody else can read credentials. When
    /// config.json is a symbolic link (dotfile managers make them), the link's target is what is
    /// written, as docker does: the link stays.
    pub fn save(&self) -> Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let target = link_target(&self.path);
        let dir = target.parent().unwrap_or(Path::new("."));
        let tmp = dir.join(format!(".config.json.{}.tmp", std::process::id()));
        let body = layout::render(&self.data);
        let write = || -> std::io::Result<()> {
            let mut opts = fs::OpenOptions::new();
            opts.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
            let mut f = opts.open(&tmp)?;
            f.write_all(&body)?;
            f.sync_all()?;
            fs::rename(&tmp, &target)
        };
        write().map_err(|e| {
            let _ = fs::remove_file(&tmp);
            anyhow::anyhow!("saving config file {}: {e}", self.path.display())
        })
    }
}

/// The file a path finally names, following symbolic links (also a dangling one: its target is
/// where the file will be created). The path itself when it is not a link.
fn link_target(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    // As many hops as the kernel allows before ELOOP.
    for _ in 0..40 {
        match fs::read_link(&current) {
            Ok(next) => {
                current = match current.parent() {
                    Some(dir) if next.is_relative() => dir.join(next),
                    _ => next,
                };
            }
            Err(_) => return current,
        }
    }
    current
}
