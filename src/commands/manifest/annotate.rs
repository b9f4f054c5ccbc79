//! `hvdock manifest annotate [--arch --os --os-features --os-version --variant] LIST MANIFEST`:
//! sets the platform of one image of a local list.

use anyhow::{anyhow, Result};

use super::{normalize, store};
use crate::cli::manifest::AnnotateArgs;
use crate::commands::Ctx;

/// docker's table of os/arch pairs a list entry may have.
const VALID: &[(&str, &str)] = &[
    ("darwin", "386"),
    ("darwin", "amd64"),
    ("darwin", "arm"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "ppc64le"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("plan9", "386"),
    ("plan9", "amd64"),
    ("solaris", "amd64"),
    ("windows", "386"),
    ("windows", "amd64"),
];

pub fn run(ctx: &Ctx, a: AnnotateArgs) -> Result<()> {
    let target = normalize(&a.list).map_err(|e| {
        anyhow!(
            "annotate: error parsing name for manifest list {}: {e}",
            a.list
        )
    })?;
    let image = normalize(&a.manifest).map_err(|e| {
        anyhow!(
            "annotate: error parsing name for manifest {}: {e}",
            a.manifest
        )
    })?;
    let store = store(ctx);
    let mut m = store.get(&target, &image)?.ok_or_else(|| {
        anyhow!(
            "manifest for image {} does not exist in {}",
            a.manifest,
            a.list
        )
    })?;
    let mut features = Vec::new();
    for value in &a.os_features {
        features.extend(crate::opts::csv::read_record(value).map_err(|e| anyhow!("{e}"))?);
    }
    let platform = m.descriptor.platform.get_or_insert_with(Default::default);
    let set = |field: &mut String, value: &Option<String>| {
        if let Some(v) = value.as_ref().filter(|v| !v.is_empty()) {
            *field = v.clone();
        }
    };
    set(&mut platform.os, &a.os);
    set(&mut platform.architecture, &a.arch);
    for f in features {
        if !platform.os_features.contains(&f) {
            platform.os_features.push(f);
        }
    }
    set(&mut platform.variant, &a.variant);
    set(&mut platform.os_version, &a.os_version);
    let pair = (platform.os.as_str(), platform.architecture.as_str());
    if !VALID.contains(&pair) {
        return Err(anyhow!(
            "manifest entry for image has unsupported os/arch combination: {}/{}",
            a.os.as_deref().unwrap_or_default(),
            a.arch.as_deref().unwrap_or_default()
        ));
    }
    store.save(&target, &image, &m)
}
