//! `hvdock diff`: `{{.Type}} {{.Path}}` per change, as docker's diff formatter.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::transfer::DiffArgs;
use crate::commands::fields::Fields;
use crate::commands::{listing, Ctx};
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: DiffArgs) -> Result<()> {
    if a.container.is_empty() {
        return Err(CliError::message("Container name cannot be empty", 1));
    }
    let engine = ctx.engine()?;
    let path = ApiPath::new("/containers")
        .seg(&a.container)
        .lit("/changes");
    let changes = raw::get_typed(engine, &path, "[]FilesystemChange").await?;
    let rows: Vec<_> = changes
        .as_array()
        .map(|a| a.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|c| {
            let kind = match c.get("Kind").and_then(J::as_u64) {
                Some(0) => "C",
                Some(1) => "A",
                Some(2) => "D",
                _ => "",
            };
            Fields::new("*container.diffContext")
                .with("Type", kind)
                .with("Path", listing::jstr(c, "Path"))
                .into_value()
        })
        .collect();
    let header = listing::header(&[("Type", "CHANGE TYPE"), ("Path", "PATH")]);
    listing::write("{{.Type}} {{.Path}}", "", &header, &rows)
}
