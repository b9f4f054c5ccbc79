//! `hvdock stack ...`: compose files onto a Swarm (src/compose loads and converts them).

mod config;
mod deploy;
mod ls;
mod ps;
mod rm;
mod services;

use anyhow::Result;
use serde_json::{json, Value};

use super::Ctx;
use crate::cli::stack::StackCommand as S;
use crate::compose::convert::NAMESPACE_LABEL;
use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;

pub async fn dispatch(ctx: &'static Ctx, cmd: S) -> Result<()> {
    match cmd {
        S::Config(a) => config::run(a),
        S::Deploy(a) => deploy::run(ctx, a).await,
        S::Ls(a) => ls::run(ctx, a).await,
        S::Ps(a) => ps::run(ctx, a).await,
        S::Rm(a) => rm::run(ctx, a).await,
        S::Services(a) => services::run(ctx, a).await,
    }
}

/// docker's `validateStackName`: not empty once quotes and white space are trimmed.
pub fn validate_name(name: &str) -> Result<()> {
    let trimmed = name.trim_matches(|c: char| c.is_whitespace() || c == '"' || c == '\'');
    if trimmed.is_empty() {
        return Err(CliError::message(
            format!("invalid stack name: {name:?}"),
            1,
        ));
    }
    Ok(())
}

/// The `filters` query for the objects of one stack, plus the caller's own filters.
pub fn filters(stack: &str, extra: &[(String, String)]) -> String {
    let mut m = crate::commands::service::tasks::filter_map(extra);
    let label = m.entry("label").or_insert_with(|| json!({}));
    if let Some(l) = label.as_object_mut() {
        l.insert(format!("{NAMESPACE_LABEL}={stack}"), json!(true));
    }
    Value::Object(m).to_string()
}

/// `GET {kind}?filters=label=...` for a stack: its `/services`, `/networks`, `/secrets` or
/// `/configs`.
pub async fn list(engine: &Engine, kind: &'static str, stack: &str) -> Result<Vec<Value>> {
    let path = ApiPath::new(kind).query("filters", &filters(stack, &[]));
    Ok(match raw::get_json(engine, &path).await? {
        Value::Array(v) => v,
        _ => Vec::new(),
    })
}
