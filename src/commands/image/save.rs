//! `hvdock save`: the images as one tar archive, to `-o FILE` (docker's atomic writer: a
//! temporary file beside it, mode 0600 whatever the umask, renamed over it; only a regular file
//! is replaced) or to stdout when that is not a terminal.

use std::io::Write;

use anyhow::Result;
use http_body_util::BodyExt;

use crate::cli::image::SaveArgs;
use crate::commands::atomic::AtomicFile;
use crate::commands::Ctx;
use crate::engine::{raw, ApiPath};
use crate::error::CliError;
use crate::stream::terminal::is_tty;

pub async fn run(ctx: &'static Ctx, a: SaveArgs) -> Result<()> {
    let output = a.output.as_deref().filter(|o| !o.is_empty());
    if output.is_none() && is_tty(libc::STDOUT_FILENO) {
        return Err(CliError::message(
            "cowardly refusing to save to a terminal. Use the -o flag or redirect",
            1,
        ));
    }
    // As docker: the file is checked and its temporary created before the request.
    let file = output
        .map(AtomicFile::create)
        .transpose()
        .map_err(|e| CliError::message(format!("failed to save image: {e}"), 1))?;
    let mut path = ApiPath::new("/images/get");
    for name in &a.images {
        path = path.query("names", name);
    }
    let (_, mut body) = raw::stream(ctx.engine()?, http::Method::GET, &path, None).await?;
    let mut file = file.map(|f| std::io::BufWriter::with_capacity(256 * 1024, f));
    let mut stdout = std::io::stdout().lock();
    let mut written = false;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| anyhow::anyhow!("unexpected EOF: {e}"))?;
        if let Ok(data) = frame.into_data() {
            written |= !data.is_empty();
            match file.as_mut() {
                Some(f) => f.write_all(&data)?,
                None => stdout.write_all(&data)?,
            }
        }
    }
    stdout.flush()?;
    // As docker's writer: the target is replaced only when something was written.
    if let Some(f) = file.filter(|_| written) {
        f.into_inner().map_err(|e| e.into_error())?.commit()?;
    }
    Ok(())
}
