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
    let filters = super::tasks::filter_map(&a.tasks.filter);
    // All at once: the services the references may name (by ID prefix, by name), the nodes,
    // and the tasks with the references as given — the daemon resolves a task filter's
    // service (full ID, name, then unique ID prefix, as docker's client does) and node. When
    // it cannot (a reference not found or ambiguous), the references are resolved here as
    // docker's client does, for its messages.
    let mut optimistic = filters.clone();
    merge(&mut optimistic, "service", a.services.iter().cloned());
    let optimistic = J::Object(optimistic);
    let (by_id, by_name, nodes, tasks) = tokio::join!(
        services(engine, "id", &a.services),
        services(engine, "name", &a.services),
        super::nodes(engine),
        super::tasks::list(engine, &optimistic),
    );
    let (by_id, by_name) = (by_id?, by_name?);
    let mut known: Vec<J> = by_id.clone();
    known.extend(by_name.iter().cloned());
    // A `--filter service=` of the user's own may bring tasks of services not looked up.
    if a.tasks.filter.iter().any(|(k, _)| k == "service") {
        let more = raw::get_json(engine, &ApiPath::new("/services")).await?;
        known.extend(more.as_array().cloned().unwrap_or_default());
    }
    if let Ok(tasks) = tasks {
        return super::tasks::print_with(ctx, tasks, &known, &nodes?, &a.tasks);
    }
    let (ids, notfound) = resolve(&a.services, &by_id, &by_name)?;
    if ids.is_empty() {
        return Err(CliError::message(notfound.join("\n"), 1));
    }
    let mut filters = filters;
    merge(&mut filters, "service", ids.into_iter());
    if let Some(refs) = filters.get("node").and_then(J::as_object).cloned() {
        let mut resolved = serde_json::Map::new();
        for n in refs.keys() {
            let node = raw::get_json(engine, &ApiPath::new("/nodes").seg(n)).await?;
            resolved.insert(jstr(&node, "ID").to_string(), J::Bool(true));
        }
        filters.insert("node".into(), J::Object(resolved));
    }
    let tasks = super::tasks::list(engine, &J::Object(filters)).await?;
    super::tasks::print_with(ctx, tasks, &known, &nodes?, &a.tasks)?;
    if !notfound.is_empty() {
        return Err(CliError::message(notfound.join("\n"), 1));
    }
    Ok(())
}

/// Adds `values` to the filter `key`.
fn merge(
    filters: &mut serde_json::Map<String, J>,
    key: &str,
    values: impl Iterator<Item = String>,
) {
    let entry = filters
        .entry(key)
        .or_insert_with(|| J::Object(Default::default()));
    if let Some(m) = entry.as_object_mut() {
        for v in values {
            m.insert(v, J::Bool(true));
        }
    }
}

/// docker's resolution of `service ps` references: exact ID, exact name, then a unique ID
/// prefix; the IDs found and the "no such service" messages of the others.
fn resolve(wanted: &[String], by_id: &[J], by_name: &[J]) -> Result<(Vec<String>, Vec<String>)> {
    let mut notfound = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    'outer: for want in wanted {
        for sv in by_id {
            if jstr(sv, "ID") == want {
                ids.push(want.clone());
                continue 'outer;
            }
        }
        for sv in by_name {
            if sv.pointer("/Spec/Name").and_then(J::as_str) == Some(want.as_str()) {
                ids.push(jstr(sv, "ID").to_string());
                continue 'outer;
            }
        }
        let mut found = false;
        for sv in by_id {
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
    Ok((ids, notfound))
}
