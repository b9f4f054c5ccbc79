//! `hvdock load`: an image archive from `-i FILE` or stdin, with the daemon's messages.

use std::io::Read;

use anyhow::Result;

use super::progress::{Out, Progress};
use crate::cli::image::LoadArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::opts::oserror::describe;
use crate::stream::terminal::is_tty;

/// The archive `load`/`import` send: a file, or stdin (`None` or `-`).
pub fn read_input(file: Option<&str>) -> Result<Vec<u8>> {
    match file.filter(|f| !f.is_empty() && *f != "-") {
        Some(f) => std::fs::read(f).map_err(|e| CliError::message(describe(&e), 1)),
        None => {
            let mut buf = Vec::new();
            std::io::stdin().lock().read_to_end(&mut buf)?;
            Ok(buf)
        }
    }
}

pub async fn run(ctx: &'static Ctx, a: LoadArgs) -> Result<()> {
    let from_stdin = a.input.as_deref().is_none_or(str::is_empty);
    if from_stdin && is_tty(libc::STDIN_FILENO) {
        return Err(CliError::message(
            "requested load from stdin, but stdin is empty",
            1,
        ));
    }
    let archive = read_input(a.input.as_deref())?;
    let quiet = a.quiet || !is_tty(libc::STDOUT_FILENO);
    let path = ApiPath::new("/images/load").query("quiet", if quiet { "1" } else { "0" });
    let headers = [("content-type", "application/x-tar".to_string())];
    let (_, body) =
        raw::stream_with(ctx.engine()?, http::Method::POST, &path, &headers, archive).await?;
    Progress::new(Out::Stdout).consume(body).await
}
