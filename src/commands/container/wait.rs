//! `hvdock container wait`: one container after the other, each exit code on its own line.

use anyhow::Result;

use super::each::{check_id, each, Outcome};
use crate::cli::container::ContainersArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, args: ContainersArgs) -> Result<()> {
    let engine = ctx.engine()?;
    each(&args.containers, 1, |name| async move {
        let path = ApiPath::new("/containers")
            .seg(check_id(&name)?)
            .lit("/wait");
        engine.api().await?;
        let (_, body) = raw::request(engine, http::Method::POST, &path, None).await?;
        // An answer that is not JSON is taken for a proxy's plain-text error, as docker does:
        // its text is the error.
        if crate::format::go_json::decode_error(&body)
            .is_some_and(|e| e.starts_with("invalid character"))
        {
            let text = String::from_utf8_lossy(&body).into_owned();
            return Err(CliError::message(text, crate::error::code::FAILURE));
        }
        let answer: serde_json::Value = raw::decode(&body)?;
        raw::check_go(&answer, "WaitResponse")?;
        let code = answer.get("StatusCode").and_then(|c| c.as_i64());
        Ok(Outcome::Print(code.unwrap_or(0).to_string()))
    })
    .await
}
