//! `plugin set`: `POST /plugins/{name}/set` with the `KEY=VALUE` list; silent on success.

use anyhow::Result;

use crate::cli::plugin::SetArgs;
use crate::commands::Ctx;
use crate::engine::{raw, ApiPath, Engine};

/// docker's `trimID`: a blank name is refused before any request.
pub fn trim_id(name: &str) -> Result<&str> {
    crate::commands::container::each::trim_id("plugin", name)
}

/// A POST whose answer docker's client closes unread (`set`, `enable`).
pub async fn post(engine: &Engine, path: &ApiPath, body: Option<Vec<u8>>) -> Result<()> {
    engine.api().await?;
    raw::request(engine, http::Method::POST, path, body).await?;
    Ok(())
}

/// The request `set` and `install KEY=VALUE...` make.
pub async fn send(engine: &Engine, name: &str, args: &[String]) -> Result<()> {
    let name = trim_id(name)?;
    let path = ApiPath::new("/plugins").seg(name).lit("/set");
    post(engine, &path, Some(serde_json::to_vec(args)?)).await
}

pub async fn run(ctx: &Ctx, a: SetArgs) -> Result<()> {
    send(ctx.engine()?, &a.name, &a.args).await
}
