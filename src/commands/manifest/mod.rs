//! `hvdock manifest ...`: docker's manifest lists, made and pushed by talking to registries
//! directly (src/engine/registry) and kept in `$DOCKER_CONFIG/manifests` (store.rs).

mod annotate;
mod create;
mod inspect;
mod push;
mod rm;
pub mod store;

use anyhow::{anyhow, Result};

use super::Ctx;
use crate::cli::manifest::ManifestCommand as M;
use crate::engine::registry::manifest::ImageManifest;
use crate::engine::registry::{Client, Credentials, RepoRef};

pub async fn dispatch(ctx: &'static Ctx, cmd: M) -> Result<()> {
    match cmd {
        M::Annotate(a) => annotate::run(ctx, a),
        M::Create(a) => create::run(ctx, a).await,
        M::Inspect(a) => inspect::run(ctx, a).await,
        M::Push(a) => push::run(ctx, a).await,
        M::Rm(a) => rm::run(ctx, a),
    }
}

/// docker's `normalizeReference`, its error as docker prints it.
fn normalize(s: &str) -> Result<RepoRef> {
    crate::commands::image::reference::normalize(s).map_err(|e| anyhow!("{e}"))
}

fn store(ctx: &Ctx) -> store::Store {
    store::Store::new(&ctx.config_dir)
}

/// The credentials config.json (or its helper) holds for a registry key; none on failure, as
/// docker's resolver goes on without them.
fn credentials(ctx: &Ctx, key: &str) -> Option<Credentials> {
    let auth = crate::commands::auth::store::get(ctx.config(), key).ok()??;
    Some(Credentials {
        username: auth.username,
        password: auth.password,
        identity_token: auth.identity_token,
    })
}

/// The registry client for one command.
fn client<'a>(resolve: &'a dyn Fn(&str) -> Option<Credentials>, insecure: bool) -> Client<'a> {
    Client {
        insecure,
        credentials: resolve,
    }
}

/// The domain of a stored manifest's reference.
fn domain_of(m: &ImageManifest) -> String {
    m.reference
        .as_deref()
        .and_then(|r| normalize(r).ok())
        .map(|r| r.domain)
        .unwrap_or_default()
}

/// `buildManifestDescriptor`'s checks: the image lives on the list's registry and has a
/// digest.
fn check_descriptor(target: &RepoRef, m: &ImageManifest) -> Result<()> {
    let source = domain_of(m);
    if source != target.domain {
        return Err(anyhow!(
            "cannot use source images from a different registry than the target image: {source} != {}",
            target.domain
        ));
    }
    let d = &m.descriptor.digest;
    let valid = d.split_once(':').is_some_and(|(alg, hex)| {
        alg == "sha256"
            && hex.len() == 64
            && hex
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    });
    if !valid {
        let why = if d.is_empty() || !d.contains(':') {
            "invalid checksum digest format"
        } else {
            "invalid checksum digest length"
        };
        return Err(anyhow!(
            "digest parse of image \"{}\" failed: {why}",
            m.reference.as_deref().unwrap_or_default()
        ));
    }
    Ok(())
}
