//! `hvdock service ps SERVICE...`: services by exact ID, exact name, then ID prefix; the
//! names not found are reported after the table.

use anyhow::Result;
use serde_json::{json, Value as J};

use crate::cli::service::PsArgs;
use crate::commands::listing::jstr;
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;

async fn services(engine: &Engine, key: &str, values: &[String]) -> Result<Vec<J>> {
    let mut m = serde_json::Map::new();
    for v in values {
        m.insert(v.clone(), J::Bool(true));
    }
    let filters = json!({ key: m });
    let v = raw::get_json(
        engine,
        &ApiPath::new("/services").query("filters", &filters.to_string()),
    )
    .await?;
    Ok(v.as_array().cloned().unwrap_or_default())
}

pub async fn run(ctx: &Ctx, a: PsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    engine.api().await?;
    let mut filters = super::tasks::filter_map(&a.tasks.filter);
    let by_id = services(engine, "id", &a.services).await?;
    let by_name = services(engine, "name", &a.services).await?;
    let mut notfound = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    'outer: for want in &a.services {
        for sv in &by_id {
            if jstr(sv, "ID") == want {
                ids.push(want.clone());
                continue 'outer;
            }
        }
        for sv in &by_name {
            if sv.pointer("/Spec/Name").and_then(J::as_str) == Some(want.as_str()) {
                ids.push(jstr(sv, "ID").to_string());
                continue 'outer;
            }
        }
        let mut found = false;
        for sv in &by_id {
            if jstr(sv, "ID").starts_with(want.as_str()) {
                if found {
                    return Err(CliError::message(
                        format!("multiple services found with provided prefix: {want}"),
                        1,
                    ));
                }
                ids.push(jstr(sv, "ID").to_string());
                found = true;
            }
        }
        if !found {
            notfound.push(format!("no such service: {want}"));
        }
    }
    if ids.is_empty() {
        return Err(CliError::message(notfound.join("\n"), 1));
    }
    let svc = filters
        .entry("service")
        .or_insert_with(|| J::Object(Default::default()));
    for id in ids {
        if let Some(m) = svc.as_object_mut() {
            m.insert(id, J::Bool(true));
        }
    }
    if let Some(nodes) = filters.get("node").and_then(J::as_object).cloned() {
        let mut resolved = serde_json::Map::new();
        for n in nodes.keys() {
            let node = raw::get_json(engine, &ApiPath::new("/nodes").seg(n)).await?;
            resolved.insert(jstr(&node, "ID").to_string(), J::Bool(true));
        }
        filters.insert("node".into(), J::Object(resolved));
    }
    let tasks = super::tasks::list(engine, &J::Object(filters)).await?;
    super::tasks::print(ctx, engine, tasks, &a.tasks).await?;
    if !notfound.is_empty() {
        return Err(CliError::message(notfound.join("\n"), 1));
    }
    Ok(())
}
