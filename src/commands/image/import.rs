//! `hvdock import`: a filesystem tarball (file or `-`) as a new image, with `-c` Dockerfile
//! changes and `-m` message.

use anyhow::Result;

use super::load::read_input;
use super::progress::{Out, Progress};
use super::pull::urlencode;
use super::reference::Reference;
use crate::cli::image::ImportArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::error::CliError;

pub async fn run(ctx: &'static Ctx, a: ImportArgs) -> Result<()> {
    if a.source.contains("://") {
        return Err(CliError::message(
            "hvdock import: importing from a URL is not supported",
            1,
        ));
    }
    let mut query = vec!["fromSrc=-".to_string()];
    if let Some(r) = a.reference.as_deref().filter(|r| !r.is_empty()) {
        let r = Reference::parse(r);
        query.push(format!("repo={}", urlencode(&r.repository)));
        if let Some(t) = r.tag {
            query.push(format!("tag={}", urlencode(&t)));
        }
    }
    if let Some(m) = a.message.as_deref().filter(|m| !m.is_empty()) {
        query.push(format!("message={}", urlencode(m)));
    }
    for c in &a.change {
        query.push(format!("changes={}", urlencode(c)));
    }
    if let Some(p) = a.platform.as_deref().filter(|p| !p.is_empty()) {
        query.push(format!("platform={}", urlencode(p)));
    }
    let archive = read_input(Some(a.source.as_str()))?;
    let path = format!("/images/create?{}", query.join("&"));
    let headers = [("content-type", "application/x-tar".to_string())];
    let (_, body) =
        raw::stream_with(ctx.engine()?, http::Method::POST, &path, &headers, archive).await?;
    Progress::new(Out::Stdout).consume(body).await
}
