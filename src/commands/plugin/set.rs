//! `plugin set`: `POST /plugins/{name}/set` with the `KEY=VALUE` list; silent on success.

use anyhow::Result;

use crate::cli::plugin::SetArgs;
use crate::commands::Ctx;
use crate::engine::{raw, ApiPath, Engine};

/// docker's `trimID`: a blank name is refused before any request.
pub fn trim_id(name: &str) -> Result<&str> {
    crate::commands::container::each::trim_id("plugin", name)
}

/// The request `set` and `install KEY=VALUE...` make.
pub async fn send(engine: &Engine, name: &str, args: &[String]) -> Result<()> {
    let name = trim_id(name)?;
    let path = ApiPath::new("/plugins").seg(name).lit("/set");
    let body = serde_json::json!(args);
    raw::send_only(engine, http::Method::POST, &path, Some(&body)).await?;
    Ok(())
}

pub async fn run(ctx: &Ctx, a: SetArgs) -> Result<()> {
    send(ctx.engine()?, &a.name, &a.args).await
}
