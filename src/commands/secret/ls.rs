//! `hvdock secret ls` / `config ls`: docker's secretContext / configContext, natural sort by
//! name, `secretFormat` / `configFormat`.

use anyhow::Result;
use serde_json::Value as J;

use super::Object;
use crate::cli::secret::LsArgs;
use crate::commands::container::natural_cmp;
use crate::commands::fields::Fields;
use crate::commands::listing::{self, jstr};
use crate::commands::Ctx;
use crate::engine::raw;
use crate::format::value::Value;

const SECRET_TABLE: &str = "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.CreatedAt}}\t{{.UpdatedAt}}";
const CONFIG_TABLE: &str = "table {{.ID}}\t{{.Name}}\t{{.CreatedAt}}\t{{.UpdatedAt}}";

pub async fn run(ctx: &Ctx, o: Object, a: LsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut path = o.path();
    if let Some(f) = crate::opts::filter::to_query(&a.filter) {
        path = path.query("filters", &f);
    }
    let go_type = match o {
        Object::Secret => "[]Secret",
        Object::Config => "[]SwarmConfig",
    };
    let items = raw::get_typed(engine, &path, go_type).await?;
    let mut items = items.as_array().cloned().unwrap_or_default();
    let (table, key) = match o {
        Object::Secret => (SECRET_TABLE, "secretFormat"),
        Object::Config => (CONFIG_TABLE, "configFormat"),
    };
    let mut format = a.format.clone().unwrap_or_default();
    if format.is_empty() {
        format = match ctx.config().str(key) {
            Some(f) if !a.quiet => f.to_string(),
            _ => "table".into(),
        };
    }
    let format = match format.as_str() {
        "table" if a.quiet => "{{.ID}}".to_string(),
        "table" => table.to_string(),
        f => f.to_string(),
    };
    items.sort_by(|x, y| natural_cmp(name(x), name(y)));
    let rows: Vec<Value> = items.iter().map(|i| row(o, i)).collect();
    listing::write(&format, table, &header(o), &rows)
}

fn name(i: &J) -> &str {
    i["Spec"]["Name"].as_str().unwrap_or_default()
}

fn header(o: Object) -> Value {
    let mut h = vec![
        ("ID", "ID"),
        ("Name", "NAME"),
        ("CreatedAt", "CREATED"),
        ("UpdatedAt", "UPDATED"),
        ("Labels", "LABELS"),
    ];
    if o == Object::Secret {
        h.push(("Driver", "DRIVER"));
    }
    listing::header(&h)
}

/// "N units ago" of an RFC 3339 time.
fn ago(t: &J) -> String {
    let secs = crate::clock::parse_rfc3339(t.as_str().unwrap_or_default()).map_or(0, |t| t.secs);
    listing::ago(secs)
}

fn row(o: Object, i: &J) -> Value {
    let mut f = Fields::new(match o {
        Object::Secret => "*secret.secretContext",
        Object::Config => "*config.configContext",
    })
    .with("ID", jstr(i, "ID"))
    .with("Name", name(i))
    .with("CreatedAt", ago(&i["CreatedAt"]))
    .with("UpdatedAt", ago(&i["UpdatedAt"]))
    .labels(i["Spec"].get("Labels"));
    if o == Object::Secret {
        f = f.with(
            "Driver",
            i["Spec"]["Driver"]["Name"].as_str().unwrap_or_default(),
        );
    }
    f.into_value()
}
