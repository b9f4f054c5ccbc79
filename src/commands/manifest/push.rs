//! `hvdock manifest push [--insecure] [-p] MANIFEST_LIST`: mounts the blobs of images from other
//! repositories, pushes their manifests by digest, then the list under its tag.

use anyhow::{anyhow, Result};

use super::{check_descriptor, client, credentials, normalize, store};
use crate::cli::manifest::PushArgs;
use crate::commands::jsonraw;
use crate::commands::Ctx;
use crate::engine::registry::manifest::{list_json, sha256, ImageManifest, Kind};
use crate::engine::registry::{Mount, RepoRef};

/// An image manifest to put into the list's repository, by digest.
struct Put {
    reference: RepoRef,
    media_type: &'static str,
    payload: Vec<u8>,
}

/// A blob to mount from another repository of the same registry.
struct Blob {
    repository: String,
    digest: String,
    os: String,
}

/// `buildPutManifestRequest`: the bytes the registry sent, checked against the digest.
fn put_request(m: &ImageManifest, target: &RepoRef) -> Result<Option<Put>> {
    let Some((kind, canonical)) = &m.manifest else {
        return Ok(None);
    };
    let payload = if m.raw.is_empty() {
        let indent = if *kind == Kind::Oci { "  " } else { "   " };
        jsonraw::indent(canonical, indent)
    } else {
        m.raw.clone()
    };
    let expected = &m.descriptor.digest;
    let got = sha256(&payload);
    if *expected != got {
        return Err(anyhow!(
            "internal digest mismatch for {}: expected {expected}, got {got}",
            m.reference.as_deref().unwrap_or_default()
        ));
    }
    Ok(Some(Put {
        reference: RepoRef {
            domain: target.domain.clone(),
            path: target.path.clone(),
            tag: None,
            digest: Some(expected.clone()),
        },
        media_type: kind.media_type(),
        payload,
    }))
}

pub async fn run(ctx: &Ctx, a: PushArgs) -> Result<()> {
    let target = normalize(&a.list)?;
    let store = store(ctx);
    let manifests = store
        .get_list(&target)?
        .ok_or_else(|| super::store::not_found(&target))?;
    if manifests.is_empty() {
        return Err(anyhow!("{target} not found"));
    }
    for m in &manifests {
        let complete = m
            .descriptor
            .platform
            .as_ref()
            .is_some_and(|p| !p.architecture.is_empty() && !p.os.is_empty());
        if !complete {
            return Err(anyhow!(
                "manifest {} must have an OS and Architecture to be pushed to a registry",
                m.reference.as_deref().unwrap_or("<nil>")
            ));
        }
        check_descriptor(&target, m)?;
    }
    let (list_type, list) = list_json(&manifests);
    let list = jsonraw::indent(list.as_bytes(), "   ");
    let mut blobs = Vec::new();
    let mut puts = Vec::new();
    for m in &manifests {
        let path = m
            .reference
            .as_deref()
            .and_then(|r| normalize(r).ok())
            .map(|r| r.path)
            .unwrap_or_default();
        if path == target.path {
            continue;
        }
        let os = m
            .descriptor
            .platform
            .as_ref()
            .map(|p| p.os.clone())
            .unwrap_or_default();
        blobs.extend(m.blobs().into_iter().map(|digest| Blob {
            repository: path.clone(),
            digest,
            os: os.clone(),
        }));
        puts.extend(put_request(m, &target)?);
    }

    let resolve = |key: &str| credentials(ctx, key);
    let registry = client(&resolve, a.insecure);
    for b in &blobs {
        if let Mount::Created = registry
            .mount_blob(&b.repository, &b.digest, &target)
            .await?
        {
            if b.os != "windows" {
                return Err(anyhow!(
                    "error mounting {}@{} to {target}",
                    b.repository,
                    b.digest
                ));
            }
        }
    }
    for p in puts {
        let digest = registry
            .put_manifest(&p.reference, p.media_type, p.payload)
            .await?;
        println!("Pushed ref {} with digest: {digest}", p.reference);
    }
    let digest = registry.put_manifest(&target, list_type, list).await?;
    println!("{digest}");
    if a.purge {
        store.remove(&target)?;
    }
    Ok(())
}
