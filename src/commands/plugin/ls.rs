//! `hvdock plugin ls`: `GET /plugins`, docker's table, `pluginsFormat` from config.json.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::plugin::LsArgs;
use crate::commands::fields::Fields;
use crate::commands::listing::{self, jstr};
use crate::commands::Ctx;
use crate::engine::{raw, ApiPath};

const TABLE: &str = "table {{.ID}}\t{{.Name}}\t{{.Description}}\t{{.Enabled}}";

fn row(p: &J, trunc: bool) -> crate::format::value::Value {
    let id = jstr(p, "Id");
    let config = p.get("Config").cloned().unwrap_or(J::Null);
    let mut desc = jstr(&config, "Description").replace(['\n', '\r'], "");
    if trunc {
        desc = listing::ellipsis(&desc, 45);
    }
    Fields::new("*plugin.pluginContext")
        .with("ID", listing::shown_id(id, trunc))
        .with("Name", jstr(p, "Name"))
        .with("Description", desc)
        .with(
            "Enabled",
            p.get("Enabled").and_then(J::as_bool).unwrap_or(false),
        )
        .with("PluginReference", jstr(p, "PluginReference"))
        .into_value()
}

pub async fn run(ctx: &Ctx, a: LsArgs) -> Result<()> {
    let mut path = ApiPath::new("/plugins");
    if let Some(f) = crate::opts::filter::to_query(&a.filter) {
        path = path.query("filters", &f);
    }
    let go_type = "types.PluginsListResponse=[]*Plugin";
    let list = raw::get_typed(ctx.engine()?, &path, go_type).await?;
    let mut items: Vec<J> = list.as_array().cloned().unwrap_or_default();
    items.sort_by(|x, y| crate::plugins::discover::natural_cmp(jstr(x, "Name"), jstr(y, "Name")));
    let mut format = a.format.clone().unwrap_or_default();
    if format.is_empty() {
        format = match ctx.config().str("pluginsFormat") {
            Some(f) if !a.quiet => f.to_string(),
            _ => "table".into(),
        };
    }
    let format = match (format.as_str(), a.quiet) {
        ("table", true) => "{{.ID}}".to_string(),
        ("table", false) => TABLE.to_string(),
        ("raw", true) => "plugin_id: {{.ID}}".to_string(),
        ("raw", false) => {
            "plugin_id: {{.ID}}\\nname: {{.Name}}\\ndescription: {{.Description}}\\nenabled: {{.Enabled}}\\n"
                .to_string()
        }
        (f, _) => f.to_string(),
    };
    let rows: Vec<_> = items.iter().map(|p| row(p, !a.no_trunc)).collect();
    let header = listing::header(&[
        ("ID", "ID"),
        ("Name", "NAME"),
        ("Description", "DESCRIPTION"),
        ("Enabled", "ENABLED"),
        ("PluginReference", "IMAGE"),
    ]);
    listing::write(&format, TABLE, &header, &rows)
}
