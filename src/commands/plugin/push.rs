//! `plugin push`: `POST /plugins/{name}/push` with the stored credentials as `X-Registry-Auth`,
//! the daemon's progress shown as docker shows it; with content trust on, docker then signs
//! through the trust server (see `trust::notary`).

use anyhow::Result;

use crate::cli::plugin::PushArgs;
use crate::commands::image::progress::{Out, Progress};
use crate::commands::image::reference;
use crate::commands::trust::notary;
use crate::commands::Ctx;
use crate::engine::{raw, ApiPath};
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: PushArgs) -> Result<()> {
    reference::validate_named(&a.name).map_err(|e| CliError::message(e, 1))?;
    if a.name.contains('@') {
        return Err(CliError::message(format!("invalid name: {}", a.name), 1));
    }
    let name = reference::familiar_tagged(&a.name);
    let name = super::set::trim_id(&name)?;
    let repository = reference::Reference::parse(&reference::normalized(&a.name)).repository;
    let headers = [crate::commands::image::pull::auth_header(ctx, &repository)];
    let path = ApiPath::new("/plugins").seg(name).lit("/push");
    let engine = ctx.engine()?;
    let (_, body) =
        raw::stream_with(engine, http::Method::POST, &path, &headers, Vec::new()).await?;
    Progress::new(Out::Stdout).consume(body).await?;
    if notary::skipped(a.disable_content_trust) {
        return Ok(());
    }
    println!("Signing and pushing trust metadata");
    let named = reference::normalize(&a.name).map_err(|e| CliError::message(e, 1))?;
    Err(notary::unavailable(ctx, &named).await)
}
