//! `hvdock manifest create [-a] [--insecure] MANIFEST_LIST MANIFEST...`: a local list of the
//! images' manifests (from the list itself when it already holds them, else the registry).

use anyhow::{anyhow, Result};

use super::{client, credentials, normalize, store};
use crate::cli::manifest::CreateArgs;
use crate::commands::Ctx;

pub async fn run(ctx: &Ctx, a: CreateArgs) -> Result<()> {
    let target = normalize(&a.list)
        .map_err(|e| anyhow!("error parsing name for manifest list {}: {e}", a.list))?;
    let store = store(ctx);
    if store.get_list(&target)?.is_some() && !a.amend {
        return Err(anyhow!(
            "refusing to amend an existing manifest list with no --amend flag"
        ));
    }
    let resolve = |key: &str| credentials(ctx, key);
    let registry = client(&resolve, a.insecure);
    for image in &a.manifests {
        let named = normalize(image)?;
        let manifest = match store.get(&target, &named)? {
            Some(m) if !m.raw.is_empty() => m,
            _ => registry.get_manifest(&named).await?,
        };
        store.save(&target, &named, &manifest)?;
    }
    println!("Created manifest list {target}");
    Ok(())
}
