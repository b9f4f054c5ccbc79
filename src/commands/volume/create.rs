//! `hvdock volume create`: the name printed as the daemon gave it.

use anyhow::Result;
use serde_json::json;

use crate::cli::volume::CreateArgs;
use crate::commands::network::map;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: CreateArgs) -> Result<()> {
    let mut name = a.name_flag.clone().unwrap_or_default();
    if let Some(n) = a.name {
        if !name.is_empty() {
            return Err(CliError::message(
                "conflicting options: cannot specify a volume-name through both --name and as a positional arg",
                1,
            ));
        }
        name = n;
    }
    let body = json!({
        "Name": name,
        "Driver": a.driver,
        "DriverOpts": map(&a.opt),
        "Labels": map(&a.label),
    });
    let engine = ctx.engine()?;
    let v = raw::send_json(
        engine,
        http::Method::POST,
        &ApiPath::new("/volumes/create"),
        Some(&body),
    )
    .await?;
    raw::check_go(&v, "Volume")?;
    println!("{}", crate::format::go_json::field_str(&v, "Name"));
    Ok(())
}
