//! `hvdock secret inspect` / `config inspect`: the daemon's JSON, or `--pretty` (docker's
//! secretInspectPrettyTemplate / configInspectPrettyTemplate).

use anyhow::Result;
use serde_json::Value as J;

use super::Object;
use crate::cli::secret::InspectArgs;
use crate::commands::fields::{go_time_text, Fields};
use crate::commands::inspect::{fetch, Inspector};
use crate::commands::listing;
use crate::commands::node::{pretty, string_map};
use crate::commands::Ctx;
use crate::engine::raw;
use crate::error::CliError;
use crate::format::value::Value;

const SECRET_PRETTY: &str = "ID:              {{.ID}}
Name:              {{.Name}}
{{- if .Labels }}
Labels:
{{- range $k, $v := .Labels }}
 - {{ $k }}{{if $v }}={{ $v }}{{ end }}
{{- end }}{{ end }}
Driver:            {{.Driver}}
Created at:        {{.CreatedAt}}
Updated at:        {{.UpdatedAt}}";

const CONFIG_PRETTY: &str = "ID:\t\t\t{{.ID}}
Name:\t\t\t{{.Name}}
{{- if .Labels }}
Labels:
{{- range $k, $v := .Labels }}
 - {{ $k }}{{if $v }}={{ $v }}{{ end }}
{{- end }}{{ end }}
Created at:            \t{{.CreatedAt}}
Updated at:            \t{{.UpdatedAt}}
Data:
{{.Data}}";

pub async fn run(ctx: &Ctx, o: Object, a: InspectArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let format = crate::commands::inspect::pretty_or(a.pretty, a.format.as_deref())?;
    if format != "pretty" {
        let mut inspector = Inspector::new(Some(&format))?;
        for r in &a.names {
            inspector.add_as(fetch(engine, o.kind(), r, false).await, Some(o.kind()));
        }
        return inspector.flush();
    }
    let mut rows = Vec::new();
    for r in &a.names {
        match raw::get_json(engine, &o.path().seg(r)).await {
            Ok(i) => rows.push(pretty_row(o, &i)),
            Err(e) => return Err(CliError::message(crate::error::render(&e).0, 1)),
        }
    }
    let template = match o {
        Object::Secret => SECRET_PRETTY,
        Object::Config => CONFIG_PRETTY,
    };
    listing::write(template, template, &Value::Nil, &rows)
}

fn pretty_row(o: Object, i: &J) -> Value {
    let s = |j: &J| j.as_str().unwrap_or_default().to_string();
    let mut f = Fields::new("*inspectContext")
        .with("ID", s(&i["ID"]))
        .with("Name", s(&i["Spec"]["Name"]))
        .with("Labels", string_map(&i["Spec"]["Labels"]))
        .with("CreatedAt", pretty(&go_time_text(&s(&i["CreatedAt"]))))
        .with("UpdatedAt", pretty(&go_time_text(&s(&i["UpdatedAt"]))));
    f = match o {
        Object::Secret => f.with("Driver", s(&i["Spec"]["Driver"]["Name"])),
        Object::Config => {
            use base64::Engine as _;
            let data = base64::engine::general_purpose::STANDARD
                .decode(s(&i["Spec"]["Data"]))
                .unwrap_or_default();
            f.with("Data", String::from_utf8_lossy(&data).into_owned())
        }
    };
    f.into_value()
}
