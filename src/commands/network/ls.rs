//! `hvdock network ls`: docker's networkContext, natural sort by name, `networksFormat`.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::network::LsArgs;
use crate::commands::container::natural_cmp;
use crate::commands::fields::{go_time_text, Fields};
use crate::commands::listing::{self, jstr};
use crate::commands::{prune, Ctx};
use crate::engine::raw;
use crate::engine::ApiPath;

const TABLE: &str = "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}";

pub async fn run(ctx: &Ctx, a: LsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let path = prune::filtered(ApiPath::new("/networks"), &a.filter);
    let list = raw::get_typed(engine, &path, "[]Inspect").await?;
    let mut items = match list {
        serde_json::Value::Array(items) => items,
        _ => Vec::new(),
    };
    items.sort_by(|x, y| natural_cmp(jstr(x, "Name"), jstr(y, "Name")));
    let mut format = a.format.clone().unwrap_or_default();
    if format.is_empty() {
        format = match ctx.config().str("networksFormat") {
            Some(f) if !a.quiet => f.to_string(),
            _ => "table".into(),
        };
    }
    let format = match format.as_str() {
        "table" if a.quiet => "{{.ID}}".to_string(),
        "table" => TABLE.to_string(),
        "raw" if a.quiet => "network_id: {{.ID}}".to_string(),
        "raw" => {
            "network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n"
                .to_string()
        }
        f => f.to_string(),
    };
    let rows: Vec<_> = items.iter().map(|n| row(n, !a.no_trunc)).collect();
    listing::write(&format, TABLE, &header(), &rows)
}

fn header() -> crate::format::value::Value {
    listing::header(&[
        ("ID", "NETWORK ID"),
        ("Name", "NAME"),
        ("Driver", "DRIVER"),
        ("Scope", "SCOPE"),
        ("IPv4", "IPV4"),
        ("IPv6", "IPV6"),
        ("Internal", "INTERNAL"),
        ("Labels", "LABELS"),
        ("CreatedAt", "CREATED AT"),
    ])
}

fn flag(n: &J, k: &str) -> String {
    n.get(k).and_then(J::as_bool).unwrap_or(false).to_string()
}

fn row(n: &J, trunc: bool) -> crate::format::value::Value {
    let id = jstr(n, "Id");
    Fields::new("*network.networkContext")
        .with("ID", listing::shown_id(id, trunc))
        .with("Name", jstr(n, "Name"))
        .with("Driver", jstr(n, "Driver"))
        .with("Scope", jstr(n, "Scope"))
        .with("IPv4", flag(n, "EnableIPv4"))
        .with("IPv6", flag(n, "EnableIPv6"))
        .with("Internal", flag(n, "Internal"))
        .labels(n.get("Labels"))
        .with("CreatedAt", go_time_text(jstr(n, "Created")))
        .into_value()
}
