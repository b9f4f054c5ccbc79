//! `hvdock checkpoint ls`: `GET /containers/{id}/checkpoints`, docker's one-column table.

use anyhow::Result;

use crate::cli::checkpoint::LsArgs;
use crate::commands::fields::Fields;
use crate::commands::listing::{self, jstr};
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;

const TABLE: &str = "table {{.Name}}";

/// The `dir` query docker sends: only a non-empty `--checkpoint-dir`.
pub fn dir(checkpoint_dir: &Option<String>) -> Option<&str> {
    checkpoint_dir.as_deref().filter(|d| !d.is_empty())
}

pub async fn run(ctx: &Ctx, a: LsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let path = ApiPath::new("/containers")
        .seg(&a.container)
        .lit("/checkpoints")
        .query_opt("dir", dir(&a.checkpoint_dir));
    let list = raw::get_typed(engine, &path, "[]CheckpointSummary").await?;
    let rows: Vec<_> = list
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            Fields::new("*checkpoint.checkpointContext")
                .with("Name", jstr(c, "Name"))
                .into_value()
        })
        .collect();
    listing::write(
        TABLE,
        TABLE,
        &listing::header(&[("Name", "CHECKPOINT NAME")]),
        &rows,
    )
}
