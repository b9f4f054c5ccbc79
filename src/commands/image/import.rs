//! `hvdock import`: a filesystem tarball (file or `-`), streamed to the daemon as a new image,
//! with `-c` Dockerfile changes and `-m` message.

use anyhow::Result;

use super::load::{input, send_archive};
use super::reference::Reference;
use crate::cli::image::ImportArgs;
use crate::commands::Ctx;
use crate::engine::ApiPath;
use crate::error::CliError;

pub async fn run(ctx: &'static Ctx, a: ImportArgs) -> Result<()> {
    if a.source.contains("://") {
        return Err(CliError::message(
            "hvdock import: importing from a URL is not supported",
            1,
        ));
    }
    let mut path = ApiPath::new("/images/create?fromSrc=-");
    if let Some(r) = a.reference.as_deref().filter(|r| !r.is_empty()) {
        let r = Reference::parse(r);
        path = path.query("repo", &r.repository);
        if let Some(t) = r.tag {
            path = path.query("tag", &t);
        }
    }
    if let Some(m) = a.message.as_deref().filter(|m| !m.is_empty()) {
        path = path.query("message", m);
    }
    path = path.query_opt("message", a.message.as_deref().filter(|m| !m.is_empty()));
    for c in &a.change {
        path = path.query("changes", c);
    }
    if let Some(p) = a.platform.as_deref().filter(|p| !p.is_empty()) {
        path = path.query("platform", p);
    }
    let archive = input(Some(a.source.as_str()))?;
    send_archive(ctx, &path, archive).await
}
