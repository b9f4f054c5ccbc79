//! `hvdock import`: a filesystem tarball (file or `-`) as a new image, with `-c` Dockerfile
//! changes and `-m` message.

use anyhow::Result;

use super::load::read_input;
use super::progress::{Out, Progress};
use super::reference::Reference;
use crate::cli::image::ImportArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

pub async fn run(ctx: &'static Ctx, a: ImportArgs) -> Result<()> {
    if a.source.contains("://") {
        return Err(CliError::message(
            "hvdock import: importing from a URL is not supported",
            1,
        ));
    }
    let mut path = ApiPath::new("/images/create").query("fromSrc", "-");
    if let Some(r) = a.reference.as_deref().filter(|r| !r.is_empty()) {
        let r = Reference::parse(r);
        path = path
            .query("repo", &r.repository)
            .query_opt("tag", r.tag.as_deref());
    }
    path = path.query_opt("message", a.message.as_deref().filter(|m| !m.is_empty()));
    for c in &a.change {
        path = path.query("changes", c);
    }
    let path = path.query_opt("platform", a.platform.as_deref().filter(|p| !p.is_empty()));
    let archive = read_input(Some(a.source.as_str()))?;
    let headers = [("content-type", "application/x-tar".to_string())];
    let (_, body) =
        raw::stream_with(ctx.engine()?, http::Method::POST, &path, &headers, archive).await?;
    Progress::new(Out::Stdout).consume(body).await
}
