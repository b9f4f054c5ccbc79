//! `hvdock save`: the images as one tar archive, to `-o FILE` (written to a temporary file then
//! renamed, as docker's `CopyToFile`) or to stdout when that is not a terminal.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use http_body_util::BodyExt;

use crate::cli::image::SaveArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::opts::oserror::describe;
use crate::stream::terminal::is_tty;

pub async fn run(ctx: &'static Ctx, a: SaveArgs) -> Result<()> {
    let output = a.output.as_deref().filter(|o| !o.is_empty());
    if output.is_none() && is_tty(libc::STDOUT_FILENO) {
        return Err(CliError::message(
            "Cowardly refusing to save to a terminal. Use the -o flag or redirect",
            1,
        ));
    }
    if let Some(o) = output {
        let dir = Path::new(o).parent().filter(|d| !d.as_os_str().is_empty());
        if let Some(d) = dir.filter(|d| !d.is_dir()) {
            return Err(CliError::message(
                format!(
                    "failed to save image: invalid output path: directory {:?} does not exist",
                    d.display().to_string()
                ),
                1,
            ));
        }
    }
    let path = a
        .images
        .iter()
        .fold(ApiPath::new("/images/get"), |p, n| p.query("names", n));
    let (_, mut body) = raw::stream(ctx.engine()?, http::Method::GET, &path, None).await?;
    let (mut sink, tmp): (Box<dyn Write>, Option<std::path::PathBuf>) = match output {
        None => (Box::new(std::io::stdout().lock()), None),
        Some(o) => {
            let target = Path::new(o);
            let dir = target
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let tmp = dir.join(format!(".docker_temp_{}", std::process::id()));
            let f = std::fs::File::create(&tmp).map_err(|e| {
                CliError::message(format!("failed to save image: {}", describe(&e)), 1)
            })?;
            (Box::new(std::io::BufWriter::new(f)), Some(tmp))
        }
    };
    let copied = async {
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|e| anyhow::anyhow!("unexpected EOF: {e}"))?;
            if let Ok(data) = frame.into_data() {
                sink.write_all(&data)?;
            }
        }
        sink.flush()?;
        Ok::<_, anyhow::Error>(())
    }
    .await;
    drop(sink);
    match (copied, tmp, output) {
        (Ok(()), Some(tmp), Some(o)) => std::fs::rename(&tmp, o).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            CliError::message(format!("failed to save image: {}", describe(&e)), 1)
        }),
        (Err(e), Some(tmp), _) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
        (r, _, _) => r,
    }
}
