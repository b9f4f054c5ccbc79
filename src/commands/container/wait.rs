//! `hvdock container wait`: one container after the other, each exit code on its own line.

use anyhow::Result;

use super::each::{check_id, each, Outcome};
use crate::cli::container::ContainersArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;

pub async fn run(ctx: &Ctx, args: ContainersArgs) -> Result<()> {
    let engine = ctx.engine()?;
    each(&args.containers, 1, |name| async move {
        let path = ApiPath::new("/containers")
            .seg(check_id(&name)?)
            .lit("/wait");
        let answer = raw::send_json(engine, http::Method::POST, &path, None).await?;
        match answer.get("StatusCode").and_then(|c| c.as_i64()) {
            Some(code) => Ok(Outcome::Print(code.to_string())),
            None => Err(anyhow::anyhow!("{answer}")),
        }
    })
    .await
}
