//! Asking the daemon what it can provide, and whether its host is ours.

use anyhow::Result;

use super::Capabilities;
use crate::engine::host::Host;
use crate::engine::ApiPath;
use crate::engine::{raw, Engine};

/// The daemon's isolation capabilities, from `/info`.
pub async fn capabilities(engine: &Engine, config_dir: &std::path::Path) -> Result<Capabilities> {
    let info = raw::get_json(engine, &ApiPath::new("/info")).await?;
    let preferred = super::preferred_hyperv_runtime(config_dir);
    Ok(Capabilities::from_info(&info, preferred.as_deref()))
}

/// Host-side evidence (process table, kernel) is only ours when the daemon listens on a local
/// unix socket; `None` means local, `Some(reason)` says why not.
pub fn remote_reason(engine: &Engine) -> Option<String> {
    match &engine.endpoint.host {
        Host::Unix(_) => None,
        other => Some(format!("the daemon at {other} is not on this host")),
    }
}
