//! `hvdock images` / `image ls`: docker's `runImages`.

use std::rc::Rc;

use anyhow::Result;

use super::row::{self, ImageRow};
use crate::cli::image::ImagesArgs;
use crate::commands::{listing, Ctx};
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::format::value::Value;

pub async fn run(ctx: &Ctx, args: ImagesArgs) -> Result<()> {
    let mut filters = args.filter.clone();
    if let Some(r) = args.reference.as_deref().filter(|r| !r.is_empty()) {
        filters.push(("reference".into(), r.to_string()));
    }
    let path = ApiPath::new("/images/json").query_opt("all", args.all.then_some("1"));
    let path = crate::commands::prune::filtered(path, &filters);
    // `--tree` (API 1.47) asks for each image's manifests.
    let path = path.query_opt("manifests", args.tree.then_some("1"));
    let engine = ctx.engine()?;
    let list = raw::get_typed(engine, &path, "[]ImageSummary").await?;

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
