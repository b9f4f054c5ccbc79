//! `hvdock context inspect`: the stored metadata with TLS material and storage paths.

use anyhow::Result;
use serde_json::json;

use super::{current, default_host, store};
use crate::cli::context::InspectArgs;
use crate::commands::inspect::Inspector;
use crate::commands::Ctx;
use crate::engine::context::DEFAULT_CONTEXT;

pub fn run(ctx: &Ctx, a: InspectArgs) -> Result<()> {
    let names = if a.names.is_empty() {
        vec![current(ctx)?]
    } else {
        a.names.clone()
    };
    let s = store(ctx);
    let mut inspector = Inspector::new(a.format.as_deref())?;
    for name in &names {
        let value = if name == DEFAULT_CONTEXT {
            default_host(ctx)
                .map(|host| {
                    json!({
                        "Name": "default",
                        "Metadata": {},
                        "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": false}},
                        "TLSMaterial": {},
                        "Storage": {"MetadataPath": "<IN MEMORY>", "TLSPath": "<IN MEMORY>"}
                    })
                })
                .map_err(|e| crate::error::render(&e).0)
        } else {
            s.load(name).map(|m| {
                let files = s.tls_files(name);
                let list: Vec<&str> = [
                    ("ca.pem", &files.ca),
                    ("cert.pem", &files.cert),
                    ("key.pem", &files.key),
                ]
                .iter()
                .filter(|(_, p)| p.is_some())
                .map(|(f, _)| *f)
                .collect();
                let tls = if list.is_empty() {
                    json!({})
                } else {
                    json!({"docker": list})
                };
                let id = crate::engine::context::context_id(name);
                let mut endpoints = serde_json::to_value(&m.endpoints).unwrap_or_default();
                if let Some(h) = endpoints.pointer_mut("/docker/Host") {
                    if let Some(shown) = h.as_str().map(crate::engine::host::redact) {
                        *h = shown.into();
                    }
                }
                json!({
                    "Name": m.name,
                    "Metadata": m.metadata,
                    "Endpoints": endpoints,
                    "TLSMaterial": tls,
                    "Storage": {
                        "MetadataPath": s.root().join("meta").join(&id).display().to_string(),
                        "TLSPath": s.root().join("tls").join(&id).display().to_string(),
                    }
                })
            })
        };
        inspector.add_value(
            value
                // docker marshals its own struct (the default context's "<IN MEMORY>" escaped);
                // a template sees that struct and nothing else.
                .map(|v| {
                    let raw = bytes::Bytes::from(crate::format::go_json::marshal(&v));
                    (raw, super::typed::listing(&v))
                })
                .map_err(|e| crate::error::CliError::message(e, 1)),
        );
    }
    inspector.flush()
}
