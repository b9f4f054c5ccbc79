//! `hvdock container logs`: the daemon's log stream copied byte for byte, raw for a TTY container
//! and demultiplexed exactly (stdout to stdout, stderr to stderr) otherwise.

use anyhow::Result;

use super::each::check_id;
use super::timestamp::{get_timestamp, local_offset};
use crate::cli::container::LogsArgs;
use crate::commands::Ctx;
use crate::engine::ApiPath;
use crate::engine::{raw, wire};
use crate::error::CliError;
use crate::stream::demux::{Demuxer, Stream};
use crate::stream::sink::Sink;

pub async fn run(ctx: &Ctx, args: LogsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let inspect = raw::get_json(
        engine,
        &ApiPath::new("/containers")
            .seg(check_id(&args.container)?)
            .lit("/json"),
    )
    .await?;
    let id = inspect
        .get("Id")
        .and_then(|v| v.as_str())
        .unwrap_or(&args.container);
    let tty = inspect
        .pointer("/Config/Tty")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);

    let mut path = ApiPath::new("/containers")
        .seg(id)
        .lit("/logs")
        .query("stdout", "1")
        .query("stderr", "1");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i128)
        .unwrap_or_default();
    for (key, value) in [("since", &args.since), ("until", &args.until)] {
        if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
            let ts = get_timestamp(v, now, local_offset())
                .map_err(|e| CliError::message(format!("invalid value for \"{key}\": {e}"), 1))?;
            path = path.query(key, &ts);
        }
    }
    for (key, on) in [
        ("timestamps", args.timestamps),
        ("details", args.details),
        ("follow", args.follow),
    ] {
        path = path.query_opt(key, on.then_some("1"));
    }
    let path = path.query("tail", &args.tail);
    // Read straight from the connection: the daemon sends a chunk per log line, so everything
    // that has arrived is decoded and written out together.
    let ex = wire::exchange(engine, "GET", &path, "", &[]).await?;
    if !ex.success() {
        return Err(ex.into_error().await);
    }
    let mut body = ex.body();
    let mut copier = Copier::new(tty);
    // On a plain socket, read in batches on a thread of its own (see `Body::read_batched`).
    if body.detach_from_runtime()? {
        return tokio::task::spawn_blocking(move || loop {
            let more = body.read_batched(&mut |data| copier.queue(data));
            if let Some(done) = copier.after(more) {
                return done;
            }
        })
        .await?;
    }
    loop {
        let more = body.read(&mut |data| copier.queue(data)).await;
        if let Some(done) = copier.after(more) {
            return done;
        }
    }
}

/// Copies the stream to our stdout/stderr as it arrives.
struct Copier {
    demux: Option<Demuxer>,
    system: Vec<u8>,
    sink: Sink,
}

impl Copier {
    fn new(tty: bool) -> Copier {
        Copier {
            demux: (!tty).then(Demuxer::new),
            system: Vec::new(),
            sink: Sink::new(),
        }
    }

    /// After one read of the body (`Ok(more)`): writes what it queued. `Some` when the copy is
    /// over — the body ended, our reader went away, or reading failed.
    fn after(&mut self, more: Result<bool>) -> Option<Result<()>> {
        let more = match more {
            Ok(more) => more,
            Err(e) => {
                return Some(Err(match e.downcast::<CliError>() {
                    Ok(ours) => ours.into(),
                    Err(e) => anyhow::anyhow!("error reading logs from daemon: {e}"),
                }))
            }
        };
        match self.flush() {
            Err(e) => Some(Err(e)),
            Ok(false) => Some(Ok(())),
            Ok(true) if !more => Some(self.finish()),
            Ok(true) => None,
        }
    }

    /// Writes what was queued; `false` when our reader went away (stop quietly, like a closed
    /// pipe) or the daemon reported an error in band.
    fn flush(&mut self) -> Result<bool> {
        self.sink.flush()?;
        if !self.system.is_empty() && self.demux.as_ref().is_some_and(Demuxer::at_boundary) {
            return self.finish().map(|_| false);
        }
        Ok(!self.sink.closed)
    }

    /// Queues one chunk.
    fn queue(&mut self, data: &[u8]) -> Result<()> {
        let Some(demux) = self.demux.as_mut() else {
            self.sink.push(Stream::Stdout, data)?;
            return Ok(());
        };
        let (sink, system) = (&mut self.sink, &mut self.system);
        let mut failed = None;
        demux
            .feed(data, |stream, bytes| match stream {
                Stream::System => system.extend_from_slice(bytes),
                _ => {
                    if let Err(e) = sink.push(stream, bytes) {
                        failed.get_or_insert(e);
                    }
                }
            })
            .map_err(|e| CliError::message(e.to_string(), 1))?;
        if let Some(e) = failed {
            return Err(e.into());
        }
        Ok(())
    }

    /// docker's `stdcopy` reports an in-band daemon error (stream 3) and stops.
    fn finish(&mut self) -> Result<()> {
        if self.system.is_empty() {
            return Ok(());
        }
        let text = String::from_utf8_lossy(&self.system).into_owned();
        Err(CliError::message(
            format!("error from daemon in stream: {text}"),
            1,
        ))
    }
}
