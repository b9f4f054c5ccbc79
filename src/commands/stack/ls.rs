//! `hvdock stack ls`: the stacks the services' namespace labels name, with their service counts.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::stack::LsArgs;
use crate::commands::container::natural_cmp;
use crate::commands::fields::Fields;
use crate::commands::listing;
use crate::commands::Ctx;
use crate::compose::convert::NAMESPACE_LABEL;
use crate::engine::path::ApiPath;
use crate::engine::raw;
use crate::error::CliError;
use crate::format::value::Value;

const TABLE: &str = "table {{.Name}}\t{{.Services}}";

pub async fn run(ctx: &Ctx, a: LsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let filters = serde_json::json!({"label": {NAMESPACE_LABEL: true}}).to_string();
    let list = raw::get_json(
        engine,
        &ApiPath::new("/services").query("filters", &filters),
    )
    .await?;
    let mut stacks: Vec<(String, usize)> = Vec::new();
    for svc in list.as_array().into_iter().flatten() {
        let Some(name) = svc
            .pointer("/Spec/Labels")
            .and_then(|l| l.get(NAMESPACE_LABEL))
            .and_then(J::as_str)
        else {
            let id = listing::jstr(svc, "ID");
            return Err(CliError::message(
                format!("cannot get label {NAMESPACE_LABEL} for service {id}"),
                1,
            ));
        };
        match stacks.iter_mut().find(|(n, _)| n == name) {
            Some(s) => s.1 += 1,
            None => stacks.push((name.to_string(), 1)),
        }
    }
    stacks.sort_by(|x, y| natural_cmp(&x.0, &y.0));
    let format = match a.format.as_deref() {
        None | Some("") | Some("table") => TABLE,
        Some(f) => f,
    };
    let header = listing::header(&[("Name", "NAME"), ("Services", "SERVICES")]);
    let rows: Vec<Value> = stacks
        .iter()
        .map(|(n, c)| {
            Fields::new("*stack.stackContext")
                .with("Name", n.as_str())
                .with("Services", c.to_string())
                .into_value()
        })
        .collect();
    listing::write(format, TABLE, &header, &rows)
}
