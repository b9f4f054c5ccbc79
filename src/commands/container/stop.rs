//! `hvdock container stop`.

use anyhow::Result;

use super::each::{check_id, each, Outcome, PARALLEL};
use crate::cli::container::StopArgs;
use crate::commands::Ctx;
use crate::engine::{raw, version_lt, ApiPath, Engine};
use crate::error::{classify, CliError};

pub async fn run(ctx: &Ctx, args: StopArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let query = stop_query(engine, &args).await?;
    each(&args.containers, PARALLEL, |name| {
        post(engine, name, "/stop", &query)
    })
    .await
}

/// A request's query: `(key, value)` pairs, escaped when the path is built.
pub(super) type Query = Vec<(&'static str, String)>;

/// `?t=N&signal=S` as docker 28 sends them: the signal only when the negotiated API is 1.42 or
/// newer (older daemons do not know it, and docker drops it silently).
pub(super) async fn stop_query(engine: &Engine, args: &StopArgs) -> Result<Query> {
    let mut query = Vec::new();
    if let Some(t) = args.timeout {
        query.push(("t", t.to_string()));
    }
    if let Some(signal) = args.signal.as_deref().filter(|s| !s.is_empty()) {
        engine.api().await?;
        if !version_lt(engine.api_version().unwrap_or_default(), "1.42") {
            query.push(("signal", signal.to_string()));
        }
    }
    Ok(query)
}

/// POSTs `/containers/<name><action>?<query>` and prints the name as given on success.
pub(super) async fn post(
    engine: &Engine,
    name: String,
    action: &'static str,
    query: &[(&'static str, String)],
) -> Result<Outcome> {
    let path = query.iter().fold(
        ApiPath::new("/containers")
            .seg(check_id(&name)?)
            .lit(action),
        |p, (k, v)| p.query(k, v),
    );
    match raw::send_only(engine, http::Method::POST, &path, None).await {
        // docker's client takes any status below 400 as success (304: already stopped/started).
        Err(e) if matches!(classify(&e), Some(CliError::Daemon { status, .. }) if status < 400) => {
        }
        Err(e) => return Err(e),
        Ok(_) => {}
    }
    Ok(Outcome::Print(name))
}
