//! `hvdock import`: a filesystem tarball (file, `-`, or an http(s) URL the daemon downloads
//! itself), sent to the daemon as a new image, with `-c` Dockerfile changes and `-m` message.

use anyhow::Result;

use super::load::{input, send_archive};
use super::reference::Reference;
use crate::cli::image::ImportArgs;
use crate::commands::Ctx;
use crate::engine::ApiPath;

pub async fn run(ctx: &'static Ctx, a: ImportArgs) -> Result<()> {
    // As docker: an http(s) URL goes to the daemon as `fromSrc` (it downloads it; nothing is
    // sent), anything else is a file (or stdin).
    let url = a.source.starts_with("http://") || a.source.starts_with("https://");
    let from = if url { a.source.as_str() } else { "-" };
    let mut path = ApiPath::new("/images/create").query("fromSrc", from);
    if let Some(r) = a.reference.as_deref().filter(|r| !r.is_empty()) {
        let r = Reference::parse(r);
        path = path.query("repo", &r.repository);
        if let Some(t) = r.tag {
            path = path.query("tag", &t);
        }
    }
    path = path.query_opt("message", a.message.as_deref().filter(|m| !m.is_empty()));
    for c in &a.change {
        path = path.query("changes", c);
    }
    if let Some(p) = a.platform.as_deref().filter(|p| !p.is_empty()) {
        path = path.query("platform", p);
    }
    let archive = if url {
        crate::engine::upload_file::Body::Stream(crate::engine::upload::reader(std::io::empty()))
    } else {
        input(Some(a.source.as_str()))?
    };
    // docker's client checks the reference once the source is open, before it sends anything
    if let Some(r) = a.reference.as_deref().filter(|r| !r.is_empty()) {
        super::reference::validate_named(r)
            .map_err(|e| crate::error::CliError::message(e, crate::error::code::FAILURE))?;
    }
    send_archive(ctx, &path, archive).await
}
