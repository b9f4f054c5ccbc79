//! `--use-api-socket` as docker 28 does it: the daemon's unix socket bind-mounted at
//! `/var/run/docker.sock`, and — unless the container's environment already sets
//! `DOCKER_CONFIG` — the client's registry credentials (`DOCKER_AUTH_CONFIG`, else every
//! credential config.json resolves) written into the container at
//! `/run/secrets/docker/config.json` once it is created, with `DOCKER_CONFIG=/run/secrets/docker`
//! in its environment.

use std::collections::BTreeMap;

use anyhow::Result;

use crate::commands::auth::store::{self, AuthConfig};
use crate::commands::Ctx;
use crate::engine::{raw, ApiPath};
use crate::opts::container::Spec;

const CONFIG_DIR: &str = "/run/secrets/docker";

/// The spec with the socket mount (and `DOCKER_CONFIG`), and the config.json to copy into the
/// container after it is created, if there are credentials.
pub fn prepare(ctx: &Ctx, spec: &Spec) -> Result<(Spec, Option<String>)> {
    let host = &ctx.engine()?.endpoint.host;
    let crate::engine::host::Host::Unix(socket) = host else {
        return Err(anyhow::anyhow!(
            "flag --use-api-socket can only be used with unix sockets: docker endpoint {host} incompatible"
        ));
    };
    let mut spec = spec.clone();
    let hc = spec.body.host_config.get_or_insert_with(Default::default);
    hc.mounts
        .get_or_insert_with(Vec::new)
        .push(bollard::models::Mount {
            typ: Some(bollard::models::MountType::BIND),
            source: Some(socket.clone()),
            target: Some("/var/run/docker.sock".into()),
            bind_options: Some(Default::default()),
            ..Default::default()
        });
    let env = spec.body.env.get_or_insert_with(Vec::new);
    // A DOCKER_CONFIG of the caller's own: the caller knows what it does.
    if env.iter().any(|e| e.starts_with("DOCKER_CONFIG=")) {
        return Ok((spec, None));
    }
    let creds =
        credentials(ctx).map_err(|e| anyhow::anyhow!("resolving credentials failed: {e}"))?;
    if creds.is_empty() {
        if env.is_empty() {
            spec.body.env = None;
        }
        return Ok((spec, None));
    }
    env.push(format!("DOCKER_CONFIG={CONFIG_DIR}"));
    Ok((spec, Some(store::config_file_text(&creds))))
}

/// docker's `readCredentials`: `DOCKER_AUTH_CONFIG` when it holds credentials, else all of
/// config.json's.
fn credentials(ctx: &Ctx) -> Result<BTreeMap<String, AuthConfig>> {
    if let Some(creds) = store::from_auth_config_env()? {
        return Ok(creds);
    }
    store::all_credentials(ctx.config())
}

/// Copies `config` into the created container (`PUT /containers/{id}/archive?path=/`).
pub async fn inject(ctx: &Ctx, id: &str, config: &str) -> Result<()> {
    let fail = |e: String| {
        anyhow::anyhow!(
            "injecting docker config.json into container failed: copying config.json into container failed: {e}"
        )
    };
    let mut archive = tar::Builder::new(Vec::new());
    let mut header = tar::Header::new_ustar();
    header.set_size(config.len() as u64);
    header.set_mode(0o600);
    header.set_mtime(0);
    header.set_entry_type(tar::EntryType::Regular);
    archive
        .append_data(
            &mut header,
            format!("{}/config.json", CONFIG_DIR.trim_start_matches('/')),
            config.as_bytes(),
        )
        .map_err(|e| fail(e.to_string()))?;
    let tarball = archive.into_inner().map_err(|e| fail(e.to_string()))?;
    let path = ApiPath::new("/containers")
        .seg(id)
        .lit("/archive")
        .query("noOverwriteDirNonDir", "true")
        .query("path", "/");
    let engine = ctx.engine()?;
    raw::request(engine, http::Method::PUT, &path, Some(tarball))
        .await
        .map_err(|e| fail(crate::error::render(&e).0))?;
    Ok(())
}
