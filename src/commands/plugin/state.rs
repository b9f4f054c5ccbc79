//! `plugin enable | disable | rm`: one request each, the name printed on success.

use anyhow::Result;

use crate::cli::plugin::{DisableArgs, EnableArgs, RmArgs};
use crate::commands::Ctx;
use crate::engine::{raw, ApiPath};
use crate::error::CliError;

pub async fn enable(ctx: &Ctx, a: EnableArgs) -> Result<()> {
    if a.timeout < 0 {
        return Err(CliError::message(
            format!("negative timeout {} is invalid", a.timeout),
            1,
        ));
    }
    let path = ApiPath::new("/plugins")
        .seg(&a.name)
        .lit("/enable")
        .query("timeout", &a.timeout.to_string());
    raw::send_only(ctx.engine()?, http::Method::POST, &path, None).await?;
    println!("{}", a.name);
    Ok(())
}

pub async fn disable(ctx: &Ctx, a: DisableArgs) -> Result<()> {
    let mut path = ApiPath::new("/plugins").seg(&a.name).lit("/disable");
    if a.force {
        path = path.query("force", "1");
    }
    raw::send_only(ctx.engine()?, http::Method::POST, &path, None).await?;
    println!("{}", a.name);
    Ok(())
}

/// Every plugin is tried; the failures are reported together at the end, as docker does.
pub async fn rm(ctx: &Ctx, a: RmArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut errors = Vec::new();
    for name in &a.names {
        let mut path = ApiPath::new("/plugins").seg(name);
        if a.force {
            path = path.query("force", "1");
        }
        match raw::send_only(engine, http::Method::DELETE, &path, None).await {
            Ok(_) => println!("{name}"),
            Err(e) => errors.push(crate::error::render(&e).0),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CliError::message(errors.join("\n"), 1))
    }
}
