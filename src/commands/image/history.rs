//! `hvdock history`: docker's `formatter.historyContext` over `GET /images/{name}/history`.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::image::HistoryArgs;
use crate::commands::listing::{self, ago, ellipsis, jint, jstr, truncate_id};
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::format::units::human_size;
use crate::format::value::{StructValue, Value};

const HUMAN_TABLE: &str =
    "table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";
const PLAIN_TABLE: &str = "table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";

fn header() -> Value {
    listing::header(&[
        ("ID", "IMAGE"),
        ("CreatedSince", "CREATED"),
        ("CreatedAt", "CREATED AT"),
        ("CreatedBy", "CREATED BY"),
        ("Size", "SIZE"),
        ("Comment", "COMMENT"),
    ])
}

/// One layer as docker's history context shows it.
fn row(h: &J, human: bool, trunc: bool) -> Value {
    let id = jstr(h, "Id");
    let created = jint(h, "Created");
    let created_at = crate::clock::Time::from_unix(created).rfc3339_nano();
    let created_by = jstr(h, "CreatedBy").replace('\t', " ");
    let size = jint(h, "Size");
    // Fields in sorted order: docker's context marshals to JSON as a sorted map.
    StructValue::new("*image.historyContext")
        .with("Comment", jstr(h, "Comment"))
        .with("CreatedAt", created_at.clone())
        .with(
            "CreatedBy",
            if trunc {
                ellipsis(&created_by, 45)
            } else {
                created_by
            },
        )
        .with(
            "CreatedSince",
            if human { ago(created) } else { created_at },
        )
        .with(
            "ID",
            if trunc {
                truncate_id(id)
            } else {
                id.to_string()
            },
        )
        .with(
            "Size",
            if human {
                human_size(size as f64)
            } else {
                size.to_string()
            },
        )
        .into_value()
}

pub async fn run(ctx: &'static Ctx, a: HistoryArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let path = ApiPath::new("/images").seg(&a.image).lit("/history");
    let list = raw::get_typed(engine, &path, "[]HistoryResponseItem").await?;
    let default = if a.human { HUMAN_TABLE } else { PLAIN_TABLE };
    let format = match a.format.as_deref().unwrap_or_default() {
        "" | "table" if a.quiet => "{{.ID}}".to_string(),
        "" => default.to_string(),
        f => f.to_string(),
    };
    let rows: Vec<Value> = list
        .as_array()
        .into_iter()
        .flatten()
        .map(|h| row(h, a.human, !a.no_trunc))
        .collect();
    listing::write(&format, default, &header(), &rows)
}
