//! `hvdock context ls`: docker's table (current marked ` *`), `-q`, `--format`.

use anyhow::Result;

use super::{current, default_host, store, DEFAULT_DESCRIPTION};
use crate::cli::context::LsArgs;
use crate::commands::fields::Fields;
use crate::commands::{listing, Ctx};

const TABLE: &str =
    "table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}";

pub fn run(ctx: &Ctx, a: LsArgs) -> Result<()> {
    let cur = current(ctx)?;
    let mut entries = vec![(
        "default".to_string(),
        DEFAULT_DESCRIPTION.to_string(),
        default_host(ctx)?,
    )];
    for m in store(ctx).list() {
        let desc = m
            .metadata
            .get("Description")
            .and_then(|d| d.as_str())
            .unwrap_or_default();
        let host = m
            .endpoints
            .get("docker")
            .map(|e| crate::engine::host::redact(&e.host))
            .unwrap_or_default();
        entries.push((m.name.clone(), desc.to_string(), host));
    }
    entries.sort_by(|x, y| x.0.cmp(&y.0));
    let rows: Vec<_> = entries
        .into_iter()
        .map(|(name, desc, host)| {
            Fields::new("*formatter.clientContextContext")
                .with("Current", name == cur)
                .with("Description", desc)
                .with("DockerEndpoint", host)
                .with("Error", "")
                .with("Name", name)
                .into_value()
        })
        .collect();
    let format = match a.format.as_deref().unwrap_or_default() {
        _ if a.quiet => "{{.Name}}".to_string(),
        "" | "table" => TABLE.to_string(),
        f => f.to_string(),
    };
    let header = listing::header(&[
        ("Name", "NAME"),
        ("Description", "DESCRIPTION"),
        ("DockerEndpoint", "DOCKER ENDPOINT"),
        ("Error", "ERROR"),
    ]);
    listing::write(&format, TABLE, &header, &rows)?;
    if std::env::var("DOCKER_HOST").is_ok_and(|h| !h.is_empty()) {
        eprintln!("Warning: DOCKER_HOST environment variable overrides the active context. To use a context, either set the global --context flag, or unset DOCKER_HOST environment variable.");
    }
    Ok(())
}
