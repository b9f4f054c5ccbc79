//! docker's context store (`$DOCKER_CONFIG/contexts`), shared with the docker client, and the
//! choice of which context a command uses.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub const DEFAULT_CONTEXT: &str = "default";

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ContextMeta {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Metadata", default)]
    pub metadata: serde_json::Value,
    #[serde(rename = "Endpoints", default)]
    pub endpoints: std::collections::BTreeMap<String, EndpointMeta>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EndpointMeta {
    #[serde(rename = "Host", default)]
    pub host: String,
    #[serde(rename = "SkipTLSVerify", default)]
    pub skip_tls_verify: bool,
}

/// TLS material stored for a context's docker endpoint (paths of the files that exist).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsFiles {
    pub ca: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
}

impl TlsFiles {
    pub fn is_empty(&self) -> bool {
        self.ca.is_none() && self.cert.is_none() && self.key.is_none()
    }
}

pub fn context_id(name: &str) -> String {
    let digest = Sha256::digest(name.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub struct Store {
    root: PathBuf,
}

impl Store {
    pub fn new(config_dir: &Path) -> Store {
        Store {
            root: config_dir.join("contexts"),
        }
    }

    pub fn meta_path(&self, name: &str) -> PathBuf {
        self.root
            .join("meta")
            .join(context_id(name))
            .join("meta.json")
    }

    pub fn tls_dir(&self, name: &str) -> PathBuf {
        self.root.join("tls").join(context_id(name)).join("docker")
    }

    /// Reads one context's metadata; the error is docker's wording.
    pub fn load(&self, name: &str) -> Result<ContextMeta, String> {
        let path = self.meta_path(name);
        let bytes = std::fs::read(&path).map_err(|e| {
            format!(
                "context {name:?}: context not found: open {}: {}",
                path.display(),
                io_text(&e)
            )
        })?;
        serde_json::from_slice(&bytes)
            .map_err(|e| format!("context {name:?}: parsing {}: {e}", path.display()))
    }

    pub fn tls_files(&self, name: &str) -> TlsFiles {
        let dir = self.tls_dir(name);
        let existing = |f: &str| Some(dir.join(f)).filter(|p| p.is_file());
        TlsFiles {
            ca: existing("ca.pem"),
            cert: existing("cert.pem"),
            key: existing("key.pem"),
        }
    }

    /// Every stored context, sorted by name.
    pub fn list(&self) -> Vec<ContextMeta> {
        let mut out = Vec::new();
        if let Ok(entries) = std::fs::read_dir(self.root.join("meta")) {
            for e in entries.flatten() {
                if let Ok(bytes) = std::fs::read(e.path().join("meta.json")) {
                    if let Ok(m) = serde_json::from_slice::<ContextMeta>(&bytes) {
                        out.push(m);
                    }
                }
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }
}

/// Go's wording of the common I/O errors, as docker prints them.
pub fn io_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Where the choice of context comes from, in docker's order of precedence.
pub struct Choice<'a> {
    pub flag_context: Option<&'a str>,
    pub flag_hosts: &'a [String],
    pub env_host: Option<&'a str>,
    pub env_context: Option<&'a str>,
    pub config_current: Option<&'a str>,
}

/// `--context` > `-H` > `DOCKER_HOST` > `DOCKER_CONTEXT` > `currentContext` > "default".
pub fn choose(c: &Choice) -> Result<String, String> {
    if let Some(ctx) = c.flag_context.filter(|s| !s.is_empty()) {
        if !c.flag_hosts.is_empty() {
            return Err("conflicting options: cannot specify both --host and --context".into());
        }
        return Ok(ctx.to_string());
    }
    if !c.flag_hosts.is_empty() || c.env_host.is_some_and(|h| !h.is_empty()) {
        return Ok(DEFAULT_CONTEXT.into());
    }
    if let Some(ctx) = c.env_context.filter(|s| !s.is_empty()) {
        return Ok(ctx.to_string());
    }
    if let Some(ctx) = c.config_current.filter(|s| !s.is_empty()) {
        return Ok(ctx.to_string());
    }
    Ok(DEFAULT_CONTEXT.into())
}

impl Store {
    /// Writes a context's metadata (and its TLS files when given) as docker's store does.
    pub fn save(&self, meta: &ContextMeta, tls: &[(&str, Vec<u8>)]) -> std::io::Result<()> {
        let path = self.meta_path(&meta.name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let body = crate::format::go_json::marshal(meta);
        std::fs::write(&path, body)?;
        if !tls.is_empty() {
            let dir = self.tls_dir(&meta.name);
            std::fs::create_dir_all(&dir)?;
            for (file, data) in tls {
                let mut opts = std::fs::OpenOptions::new();
                opts.write(true).create(true).truncate(true);
                std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
                std::io::Write::write_all(&mut opts.open(dir.join(file))?, data)?;
            }
        }
        Ok(())
    }

    /// Removes a context's metadata and TLS directories.
    pub fn remove(&self, name: &str) -> std::io::Result<()> {
        let id = context_id(name);
        std::fs::remove_dir_all(self.root.join("meta").join(&id))?;
        match std::fs::remove_dir_all(self.root.join("tls").join(&id)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice<'a>(
        flag: Option<&'a str>,
        hosts: &'a [String],
        env_host: Option<&'a str>,
        env_ctx: Option<&'a str>,
        cur: Option<&'a str>,
    ) -> Choice<'a> {
        Choice {
            flag_context: flag,
            flag_hosts: hosts,
            env_host,
            env_context: env_ctx,
            config_current: cur,
        }
    }

    #[test]
    fn precedence_is_dockers() {
        let h = vec!["unix:///x".to_string()];
        assert_eq!(
            choose(&choice(
                Some("a"),
                &[],
                Some("tcp://x"),
                Some("b"),
                Some("c")
            )),
            Ok("a".into())
        );
        assert!(choose(&choice(Some("a"), &h, None, None, None)).is_err());
        assert_eq!(
            choose(&choice(None, &h, None, Some("b"), Some("c"))),
            Ok("default".into())
        );
        assert_eq!(
            choose(&choice(None, &[], Some("tcp://x"), Some("b"), Some("c"))),
            Ok("default".into())
        );
        assert_eq!(
            choose(&choice(None, &[], None, Some("b"), Some("c"))),
            Ok("b".into())
        );
        assert_eq!(
            choose(&choice(None, &[], None, None, Some("c"))),
            Ok("c".into())
        );
        assert_eq!(
            choose(&choice(None, &[], None, None, None)),
            Ok("default".into())
        );
    }

    #[test]
    fn id_is_sha256_of_name() {
        assert_eq!(
            context_id("nope"),
            "ca3704aa0b06f5954c79ee837faa152d84d6b2d42838f0637a15eda8337dbdce"
        );
    }
}
