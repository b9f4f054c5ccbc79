//! `hvdock images` / `image ls`: docker's `runImages`.

use std::rc::Rc;

use anyhow::Result;

use super::row::{self, ImageRow};
use crate::cli::image::ImagesArgs;
use crate::commands::{listing, Ctx};
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::format::image_tree;
use crate::format::value::Value;

pub async fn run(ctx: &Ctx, args: ImagesArgs) -> Result<()> {
    let mut filters = args.filter.clone();
    if let Some(r) = args.reference.as_deref().filter(|r| !r.is_empty()) {
        filters.push(("reference".into(), r.to_string()));
    }
    if args.tree {
        let unsupported = [
            (args.quiet, "--quiet"),
            (args.no_trunc, "--no-trunc"),
            (args.digests, "--show-digest"),
            (
                args.format.as_ref().is_some_and(|f| !f.is_empty()),
                "--format",
            ),
        ];
        if let Some((_, flag)) = unsupported.iter().find(|(given, _)| *given) {
            return Err(CliError::message(
                format!("{flag} is not yet supported with --tree"),
                1,
            ));
        }
    }
    let path = ApiPath::new("/images/json").query_opt("all", args.all.then_some("1"));
    let path = crate::commands::prune::filtered(path, &filters);
    // `--tree` (API 1.47) asks for each image's manifests.
    let path = path.query_opt("manifests", args.tree.then_some("1"));
    let engine = ctx.engine()?;
    let list = raw::get_typed(engine, &path, "[]ImageSummary").await?;
    if args.tree {
        return tree(&list, args.all);
    }

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

/// docker's `runTree`: the images and their platforms, on stdout.
fn tree(list: &serde_json::Value, all: bool) -> Result<()> {
    use std::io::{IsTerminal, Write};
    let items = list.as_array().map(Vec::as_slice).unwrap_or_default();
    let view = image_tree::View::new(items, all);
    let terminal = std::io::stdout().is_terminal();
    let columns = match terminal {
        true => crate::stream::terminal::size(libc::STDOUT_FILENO).map_or(0, |(_, c)| c as usize),
        false => 0,
    };
    let text = image_tree::render(&view, &image_tree::Out { terminal, columns });
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(())
}

fn raw_format(quiet: bool, digest: bool) -> String {
    match (quiet, digest) {
        (true, _) => "image_id: {{.ID}}".into(),
        (false, true) => "repository: {{ .Repository }}\ntag: {{.Tag}}\ndigest: {{.Digest}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n".into(),
        (false, false) => "repository: {{ .Repository }}\ntag: {{.Tag}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n".into(),
    }
}
