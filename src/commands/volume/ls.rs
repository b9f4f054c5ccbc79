//! `hvdock volume ls`: docker's volumeContext, natural sort by name, `volumesFormat`.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::volume::LsArgs;
use crate::commands::container::natural_cmp;
use crate::commands::fields::Fields;
use crate::commands::listing::{self, jstr};
use crate::commands::{prune, Ctx};
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::format::units::human_size4;
use crate::format::value::Value;

const TABLE: &str = "table {{.Driver}}\t{{.Name}}";

pub async fn run(ctx: &Ctx, a: LsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let path = prune::filtered(ApiPath::new("/volumes"), &a.filter);
    let answer = raw::get_typed(engine, &path, "VolumeList").await?;
    let mut items = answer
        .get("Volumes")
        .and_then(J::as_array)
        .cloned()
        .unwrap_or_default();
    items.sort_by(|x, y| natural_cmp(jstr(x, "Name"), jstr(y, "Name")));
    if let Some(w) = answer.get("Warnings").and_then(J::as_array) {
        for w in w.iter().filter_map(J::as_str) {
            eprintln!("{w}");
        }
    }
    let mut format = a.format.clone().unwrap_or_default();
    if format.is_empty() {
        format = match ctx.config().str("volumesFormat") {
            Some(f) if !a.quiet => f.to_string(),
            _ => "table".into(),
        };
    }
    let format = match format.as_str() {
        "table" if a.quiet => "{{.Name}}".to_string(),
        "table" => TABLE.to_string(),
        "raw" if a.quiet => "name: {{.Name}}".to_string(),
        "raw" => "name: {{.Name}}\\ndriver: {{.Driver}}\\n".to_string(),
        f => f.to_string(),
    };
    let rows: Vec<Value> = items.iter().map(row).collect();
    listing::write(&format, TABLE, &header(), &rows)
}

pub fn header() -> Value {
    listing::header(&[
        ("ID", "ID"),
        ("Name", "VOLUME NAME"),
        ("Group", "GROUP"),
        ("Driver", "DRIVER"),
        ("Scope", "SCOPE"),
        ("Availability", "AVAILABILITY"),
        ("Mountpoint", "MOUNTPOINT"),
        ("Labels", "LABELS"),
        ("Links", "LINKS"),
        ("Size", "SIZE"),
        ("Status", "STATUS"),
    ])
}

/// docker's volumeContext over one `/volumes` (or `/system/df`) item.
pub fn row(v: &J) -> Value {
    let usage = v.get("UsageData").filter(|u| u.is_object());
    let (links, size) = match usage {
        Some(u) => (
            listing::jint(u, "RefCount").to_string(),
            human_size4(listing::jint(u, "Size") as f64),
        ),
        None => ("N/A".to_string(), "N/A".to_string()),
    };
    Fields::new("*formatter.volumeContext")
        .with("Name", jstr(v, "Name"))
        .with("Driver", jstr(v, "Driver"))
        .with("Scope", jstr(v, "Scope"))
        .with("Mountpoint", jstr(v, "Mountpoint"))
        .labels(v.get("Labels"))
        .with("Links", links)
        .with("Size", size)
        .with("Group", "N/A")
        .with("Availability", "N/A")
        .with("Status", "N/A")
        .into_value()
}
