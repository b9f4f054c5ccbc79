//! `hvdock manifest inspect [MANIFEST_LIST] MANIFEST`: a manifest from a local list, a local
//! list, or what the registry holds (an image manifest, else a list).

use anyhow::{anyhow, Result};

use super::{check_descriptor, client, credentials, normalize, store};
use crate::cli::manifest::InspectArgs;
use crate::commands::jsonraw;
use crate::commands::Ctx;
use crate::engine::registry::manifest::{list_json, ImageManifest};
use crate::engine::registry::RepoRef;

fn print_manifest(m: &ImageManifest, verbose: bool) -> Result<()> {
    let text = if verbose {
        jsonraw::indent(m.to_json().as_bytes(), "\t")
    } else {
        jsonraw::indent(&m.payload()?.1, "\t")
    };
    println!("{}", String::from_utf8_lossy(&text));
    Ok(())
}

fn print_list(target: &RepoRef, list: &[ImageManifest], verbose: bool) -> Result<()> {
    let text = if verbose {
        let items: Vec<String> = list.iter().map(ImageManifest::to_json).collect();
        jsonraw::indent(format!("[{}]", items.join(",")).as_bytes(), "\t")
    } else {
        for m in list {
            check_descriptor(target, m)
                .map_err(|e| anyhow!("failed to assemble ManifestDescriptor: {e}"))?;
        }
        jsonraw::indent(list_json(list).1.as_bytes(), "   ")
    };
    println!("{}", String::from_utf8_lossy(&text));
    Ok(())
}

pub async fn run(ctx: &Ctx, a: InspectArgs) -> Result<()> {
    let (list, reference) = match &a.second {
        Some(second) => (Some(a.first.as_str()), second.as_str()),
        None => (None, a.first.as_str()),
    };
    let named = normalize(reference)?;
    let store = store(ctx);
    if let Some(list) = list {
        let list = normalize(list)?;
        let m = store
            .get(&list, &named)?
            .ok_or_else(|| super::store::not_found(&named))?;
        return print_manifest(&m, a.verbose);
    }
    if let Ok(Some(local)) = store.get_list(&named) {
        return print_list(&named, &local, a.verbose);
    }
    let resolve = |key: &str| credentials(ctx, key);
    let registry = client(&resolve, a.insecure);
    match registry.get_manifest(&named).await {
        Ok(m) => print_manifest(&m, a.verbose),
        Err(_) => {
            let list = registry.get_manifest_list(&named).await?;
            print_list(&named, &list, a.verbose)
        }
    }
}
