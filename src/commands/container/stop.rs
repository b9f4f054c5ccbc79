//! `hvdock container stop`.

use anyhow::Result;

use super::each::{check_id, container_path, each, escape_query, Outcome, PARALLEL};
use crate::cli::container::StopArgs;
use crate::commands::Ctx;
use crate::engine::{raw, version_lt, Engine};
use crate::error::{classify, CliError};

pub async fn run(ctx: &Ctx, args: StopArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let query = stop_query(engine, &args).await?;
    each(&args.containers, PARALLEL, |name| {
        post(engine, name, "/stop", &query)
    })
    .await
}

/// `?t=N&signal=S` as docker 28 sends them: the signal only when the negotiated API is 1.42 or
/// newer (older daemons do not know it, and docker drops it silently).
pub(super) async fn stop_query(engine: &Engine, args: &StopArgs) -> Result<String> {
    let mut query = Vec::new();
    if let Some(t) = args.timeout {
        query.push(format!("t={t}"));
    }
    if let Some(signal) = args.signal.as_deref().filter(|s| !s.is_empty()) {
        engine.api().await?;
        if !version_lt(engine.api_version().unwrap_or_default(), "1.42") {
            query.push(format!("signal={}", escape_query(signal)));
        }
    }
    Ok(if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    })
}

/// POSTs `/containers/<name><action><query>` and prints the name as given on success.
pub(super) async fn post(
    engine: &Engine,
    name: String,
    action: &str,
    query: &str,
) -> Result<Outcome> {
    let path = container_path(check_id(&name)?, &format!("{action}{query}"));
    match raw::send_json(engine, http::Method::POST, &path, None).await {
        // docker's client takes any status below 400 as success (304: already stopped/started).
        Err(e) if matches!(classify(&e), Some(CliError::Daemon { status, .. }) if status < 400) => {
        }
        Err(e) => return Err(e),
        Ok(_) => {}
    }
    Ok(Outcome::Print(name))
}
