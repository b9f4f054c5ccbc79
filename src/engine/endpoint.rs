//! Which daemon a command talks to, and how: the resolved context, address and TLS material.

use std::path::PathBuf;

use super::context::{self, Choice, Store, TlsFiles};
use super::host::{self, Host};
use crate::cli::global::GlobalArgs;
use crate::config::ConfigFile;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tls {
    pub files: TlsFiles,
    /// Verify the daemon's certificate against `files.ca` (or the system roots).
    pub verify: bool,
}

#[derive(Debug, Clone)]
pub struct Endpoint {
    pub context: String,
    pub host: Host,
    pub tls: Option<Tls>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Resolves the endpoint from the global flags, the environment, config.json and the context store.
/// Errors carry docker's wording after "unable to resolve docker endpoint: ".
pub fn resolve(
    g: &GlobalArgs,
    config_dir: &std::path::Path,
    config: &ConfigFile,
) -> Result<Endpoint, String> {
    let env_host = env("DOCKER_HOST");
    let env_context = env("DOCKER_CONTEXT");
    let name = context::choose(&Choice {
        flag_context: g.context.as_deref(),
        flag_hosts: &g.host,
        env_host: env_host.as_deref(),
        env_context: env_context.as_deref(),
        config_current: config.current_context(),
    })?;
    if name != context::DEFAULT_CONTEXT {
        let store = Store::new(config_dir);
        let meta = store.load(&name)?;
        let ep = meta.endpoints.get("docker").cloned().unwrap_or_default();
        let files = store.tls_files(&name);
        let tls_wanted = !files.is_empty() || ep.skip_tls_verify;
        let host = host::parse(&ep.host, tls_wanted)?;
        let tls = tls_wanted.then_some(Tls {
            files,
            verify: !ep.skip_tls_verify,
        });
        return Ok(Endpoint {
            context: name,
            host,
            tls,
        });
    }

    if g.host.len() > 1 {
        return Err("Specify only one -H".into());
    }
    let verify = g.tlsverify || env("DOCKER_TLS_VERIFY").is_some();
    let tls_on = verify || g.tls || env("DOCKER_TLS").is_some();
    let addr = g.host.first().cloned().or(env_host).unwrap_or_default();
    let host = host::parse(&addr, tls_on)?;
    let tls = tls_on.then(|| {
        let cert_dir = env("DOCKER_CERT_PATH")
            .map(PathBuf::from)
            // docker's TLS flag defaults come from the config directory before `--config`
            // is parsed (DOCKER_CONFIG or ~/.docker).
            .unwrap_or_else(|| crate::config::dir(None));
        let pick = |flag: &Option<String>, file: &str| -> Option<PathBuf> {
            match flag {
                Some(f) => Some(PathBuf::from(f)),
                None => Some(cert_dir.join(file)).filter(|p| p.is_file()),
            }
        };
        Tls {
            files: TlsFiles {
                // docker keeps the default CA path even when no file is there (only the
                // certificate and key fall back to none), and reads it when the client starts.
                ca: Some(
                    g.tlscacert
                        .as_ref()
                        .map(PathBuf::from)
                        .unwrap_or_else(|| cert_dir.join("ca.pem")),
                ),
                cert: pick(&g.tlscert, "cert.pem"),
                key: pick(&g.tlskey, "key.pem"),
            },
            verify,
        }
    });
    if let Some(ca) = tls.as_ref().and_then(|t| t.files.ca.as_ref()) {
        ca_problem(ca)?;
    }
    Ok(Endpoint {
        context: context::DEFAULT_CONTEXT.into(),
        host,
        tls,
    })
}

/// docker's client reads the CA file of the TLS flags when it starts, whatever the host: `open
/// PATH: ...` when it cannot, `ca.pem seems invalid` when it holds no certificate.
fn ca_problem(ca: &std::path::Path) -> Result<(), String> {
    let shown = ca.display();
    if ca.is_dir() {
        return Err(format!("read {shown}: is a directory"));
    }
    let data = std::fs::read(ca).map_err(|e| format!("open {shown}: {}", context::io_text(&e)))?;
    if !crate::engine::tls::holds_a_certificate(&data) {
        return Err(CA_INVALID.into());
    }
    Ok(())
}

/// docker's message for a CA file with no certificate (reported outside endpoint resolution).
pub const CA_INVALID: &str = "failed to retrieve context tls info: ca.pem seems invalid";
