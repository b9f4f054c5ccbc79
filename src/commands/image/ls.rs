//! `hvdock images` / `image ls`: docker's `runImages`.

use std::rc::Rc;

use anyhow::Result;

use super::row::{self, ImageRow};
use crate::cli::image::ImagesArgs;
use crate::commands::{listing, Ctx};
use crate::engine::raw;
use crate::format::value::Value;

pub async fn run(ctx: &Ctx, args: ImagesArgs) -> Result<()> {
    let mut filters = args.filter.clone();
    if let Some(r) = args.reference.as_deref().filter(|r| !r.is_empty()) {
        filters.push(("reference".into(), r.to_string()));
    }
    let mut query = Vec::new();
    if args.all {
        query.push("all=1".to_string());
    }
    if let Some(f) = crate::opts::filter::to_query(&filters) {
        query.push(format!("filters={}", super::pull::urlencode(&f)));
    }
    let engine = ctx.engine()?;
    let list = raw::get_json(engine, &format!("/images/json?{}", query.join("&"))).await?;

    let mut format = args.format.clone().unwrap_or_default();
    if format.is_empty() {
        format = match ctx.config().str("imagesFormat") {
            Some(f) if !f.is_empty() && !args.quiet => f.to_string(),
            _ => "table".to_string(),
        };
    }
    let format = match format.as_str() {
        "table" if args.quiet => "{{.ID}}".to_string(),
        "table" if args.digests => row::DIGEST_TABLE.to_string(),
        "table" => row::DEFAULT_TABLE.to_string(),
        "raw" => raw_format(args.quiet, args.digests),
        f if f.starts_with("table") && args.digests && !f.contains("{{.Digest}}") => {
            format!("{f}\t{{{{.Digest}}}}")
        }
        f => f.to_string(),
    };
    let need_digest = args.digests || format.contains("{{.Digest}}");
    let items = match list {
        serde_json::Value::Array(items) => items,
        _ => Vec::new(),
    };
    let rows: Vec<Value> = items
        .into_iter()
        .flat_map(|i| row::rows(i, !args.no_trunc, args.digests, need_digest))
        .map(|r: ImageRow| Value::Struct(Rc::new(r)))
        .collect();
    let written = listing::write(&format, row::DEFAULT_TABLE, &row::header(), &rows);
    listing::leave(rows);
    written
}

fn raw_format(quiet: bool, digest: bool) -> String {
    match (quiet, digest) {
        (true, _) => "image_id: {{.ID}}".into(),
        (false, true) => "repository: {{ .Repository }}\ntag: {{.Tag}}\ndigest: {{.Digest}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n".into(),
        (false, false) => "repository: {{ .Repository }}\ntag: {{.Tag}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n".into(),
    }
}
