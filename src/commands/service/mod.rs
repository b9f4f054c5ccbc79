//! `hvdock service ...` (and the task table `node ps` shares with `service ps`).

pub mod create;
mod inspect;
mod logs;
pub mod ls;
mod pretty;
pub mod progress;
mod ps;
mod rm;
mod rollback;
mod scale;
pub mod spec;
pub mod tasks;
mod update;
mod update_lists;

use anyhow::Result;
use serde_json::Value;

use super::{listing, Ctx};
use crate::cli::service::ServiceCommand as S;
use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;

pub use tasks::node_ps;

pub async fn dispatch(ctx: &'static Ctx, cmd: S) -> Result<()> {
    match cmd {
        S::Create(a) => create::run(ctx, *a).await,
        S::Inspect(a) => inspect::run(ctx, a).await,
        S::Logs(a) => logs::run(ctx, a).await,
        S::Ls(a) => ls::run(ctx, a).await,
        S::Ps(a) => ps::run(ctx, a).await,
        S::Rm(a) => rm::run(ctx, a).await,
        S::Rollback(a) => rollback::run(ctx, a).await,
        S::Scale(a) => scale::run(ctx, a).await,
        S::Update(a) => update::run(ctx, *a).await,
    }
}

/// `GET /services/{name}`: the service as the daemon keeps it (ID, Version, Spec, ...). An empty
/// name is refused as docker's client refuses it (`invalid service name or ID: value is empty`).
pub async fn fetch(engine: &Engine, name: &str) -> Result<Value> {
    let name = crate::commands::container::each::trim_id("service", name)?;
    raw::get_json(
        engine,
        &ApiPath::new("/services")
            .seg(name)
            .query("insertDefaults", "false"),
    )
    .await
}

/// `GET /nodes`.
pub async fn nodes(engine: &Engine) -> Result<Vec<Value>> {
    match raw::get_json(engine, &ApiPath::new("/nodes")).await? {
        Value::Array(v) => Ok(v),
        _ => Ok(Vec::new()),
    }
}

/// Errors collected over several arguments, printed joined as Go's `errors.Join` does.
pub fn joined(errs: Vec<String>) -> Result<()> {
    if errs.is_empty() {
        return Ok(());
    }
    Err(CliError::message(errs.join("\n"), 1))
}

/// An error as docker prints it inside a joined list (`Error response from daemon: ...`).
pub fn text(e: &anyhow::Error) -> String {
    crate::error::render(e).0
}

/// POSTs `body` as JSON with the caller's headers and decodes the answer (at most
/// [`raw::MAX_BODY`]) as docker's client fills its type `go_type`: a malformed or empty answer,
/// or one of the wrong type, is docker's error (`EOF`, `json: cannot unmarshal ...`).
pub async fn send(
    engine: &Engine,
    path: &ApiPath,
    headers: &[(&str, String)],
    body: &Value,
    go_type: &str,
) -> Result<Value> {
    let (_, incoming) = raw::stream_with(
        engine,
        http::Method::POST,
        path,
        headers,
        crate::format::go_json::encode(body),
    )
    .await?;
    let answer = raw::decode(&raw::read_body(incoming).await?)?;
    raw::check_go(&answer, go_type)?;
    Ok(answer)
}

/// `POST /services/{id}/update?version=N` with the spec; the daemon's answer (Warnings).
pub async fn post_update(
    engine: &Engine,
    service: &Value,
    spec: &Value,
    extra: &[(&'static str, &str)],
    headers: &[(&str, String)],
) -> Result<Value> {
    let id = listing::jstr(service, "ID");
    let version = service
        .pointer("/Version/Index")
        .and_then(Value::as_u64)
        .unwrap_or(0)
        .to_string();
    let mut path = ApiPath::new("/services")
        .seg(id)
        .lit("/update")
        .query("version", &version);
    for (k, v) in extra {
        path = path.query(k, v);
    }
    let mut all = vec![("content-type", "application/json".to_string())];
    all.extend(headers.iter().cloned());
    send(engine, &path, &all, spec, "ServiceUpdateResponse").await
}
