//! `hvdock load`: an image archive from `-i FILE` or stdin, streamed to the daemon, with its
//! messages.

use anyhow::Result;

use super::progress::{Out, Progress};
use crate::cli::image::LoadArgs;
use crate::commands::Ctx;
use crate::engine::upload_file::{self, Body};
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::opts::oserror::describe;
use crate::stream::terminal::is_tty;

/// The archive `load`/`import` send: a file (opened now, so a missing one fails before anything
/// is sent), or stdin (`None` or `-`).
pub fn input(file: Option<&str>) -> Result<Body> {
    match file.filter(|f| !f.is_empty() && *f != "-") {
        Some(f) => {
            let file = std::fs::File::open(f)
                .map_err(|e| CliError::message(format!("open {f}: {}", describe(&e)), 1))?;
            Ok(Body::of(file))
        }
        None => Ok(Body::stdin()),
    }
}

/// Sends an archive (`application/x-tar`) to `path` and shows the daemon's progress messages.
pub async fn send_archive(ctx: &Ctx, path: &ApiPath, archive: Body) -> Result<()> {
    let headers = [("content-type", "application/x-tar".to_string())];
    let (body, sending) =
        upload_file::send(ctx.engine()?, http::Method::POST, path, &headers, archive).await?;
    let shown = Progress::new(Out::Stdout).consume(body).await;
    sending.finish(shown).await.map(|_| ())
}

pub async fn run(ctx: &'static Ctx, a: LoadArgs) -> Result<()> {
    let from_stdin = a.input.as_deref().is_none_or(str::is_empty);
    if from_stdin && is_tty(libc::STDIN_FILENO) {
        return Err(CliError::message(
            "requested load from stdin, but stdin is empty",
            1,
        ));
    }
    let archive = input(a.input.as_deref())?;
    let quiet = a.quiet || !is_tty(libc::STDOUT_FILENO);
    let path = ApiPath::new("/images/load").query("quiet", if quiet { "1" } else { "0" });
    send_archive(ctx, &path, archive).await
}
