//! `hvdock export`: the container's filesystem as a tar stream, to `-o FILE` (written atomically,
//! 0600) or stdout, which must not be a terminal.

use std::io::Write;

use anyhow::Result;
use futures_util::StreamExt;
use http_body_util::BodyStream;

use crate::cli::transfer::ExportArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: ExportArgs) -> Result<()> {
    let output = a.output.clone().filter(|o| !o.is_empty());
    if output.is_none() && crate::stream::terminal::is_tty(1) {
        return Err(CliError::message(
            "cowardly refusing to save to a terminal. Use the -o flag or redirect",
            1,
        ));
    }
    let mut sink = match &output {
        Some(path) => Sink::File(
            crate::commands::atomic::AtomicFile::create(path)
                .map_err(|e| CliError::message(format!("failed to export container: {e}"), 1))?,
        ),
        None => Sink::Stdout(std::io::stdout().lock()),
    };
    let engine = ctx.engine()?;
    let path = ApiPath::new("/containers").seg(&a.container).lit("/export");
    let (_, body) = raw::stream(engine, http::Method::GET, &path, None).await?;
    let mut frames = BodyStream::new(body);
    while let Some(frame) = frames.next().await {
        let frame = frame.map_err(|e| anyhow::anyhow!("unexpected EOF: {e}"))?;
        if let Ok(data) = frame.into_data() {
            sink.write_all(&data)?;
        }
    }
    match sink {
        Sink::File(f) => f.commit()?,
        Sink::Stdout(mut s) => s.flush()?,
    }
    Ok(())
}

enum Sink<'a> {
    File(crate::commands::atomic::AtomicFile),
    Stdout(std::io::StdoutLock<'a>),
}

impl Write for Sink<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::File(f) => f.write(buf),
            Sink::Stdout(s) => s.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::File(f) => f.flush(),
            Sink::Stdout(s) => s.flush(),
        }
    }
}
