//! `hvdock cp`: files between a container and the host (or a tar stream on stdin/stdout) with
//! docker's copy rules (`cp_archive`), `GET/PUT/HEAD /containers/{id}/archive`, and docker 28's
//! `Successfully copied N to PATH` on stderr when stdout is a terminal.

use std::io::{Read, Write};

use http_body_util::BodyExt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use anyhow::Result;
use base64::Engine as _;
use futures_util::StreamExt;
use http_body_util::BodyStream;

use super::cp_archive::{self as archive, CopyInfo};
use crate::cli::transfer::CpArgs;
use crate::commands::listing::go_quote;
use crate::commands::Ctx;
use crate::engine::upload::{self, Producer, Sink};
use crate::engine::{raw, ApiPath, Engine};
use crate::error::CliError;
use crate::format::units::human_size;

/// Go's `os.FileMode` bits the stat header carries.
const MODE_DIR: u64 = 1 << 31;
const MODE_SYMLINK: u64 = 1 << 27;
const MODE_DEVICE: u64 = 1 << 26;
const MODE_IRREGULAR: u64 = 1 << 19;

fn fail(message: impl Into<String>) -> anyhow::Error {
    CliError::message(message, 1)
}

/// docker's `splitCpArg`: `CONTAINER:PATH`, unless the argument is an absolute path or starts
/// with `.`.
fn split_arg(arg: &str) -> (&str, &str) {
    if arg.starts_with('/') {
        return ("", arg);
    }
    match arg.split_once(':') {
        Some((c, p)) if !c.starts_with('.') => (c, p),
        _ => ("", arg),
    }
}

pub async fn run(ctx: &Ctx, a: CpArgs) -> Result<()> {
    if a.src.is_empty() {
        return Err(fail("source can not be empty"));
    }
    if a.dest.is_empty() {
        return Err(fail("destination can not be empty"));
    }
    let quiet = a.quiet || !crate::stream::terminal::is_tty(1);
    let (src_ctr, src_path) = split_arg(&a.src);
    let (dst_ctr, dst_path) = split_arg(&a.dest);
    match (src_ctr.is_empty(), dst_ctr.is_empty()) {
        (false, true) => from_container(ctx, &a, src_ctr, src_path, dst_path, quiet).await,
        (true, false) => to_container(ctx, &a, dst_ctr, src_path, dst_path, quiet).await,
        (false, false) => Err(fail("copying between containers is not supported")),
        (true, true) => Err(fail("must specify at least one container source")),
    }
}

/// The container path's stat from `X-Docker-Container-Path-Stat`.
#[derive(Default, Debug)]
struct PathStat {
    mode: u64,
    link_target: String,
}

fn parse_stat(headers: &http::HeaderMap) -> Result<PathStat> {
    let raw = headers
        .get("X-Docker-Container-Path-Stat")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(raw)
        .map_err(|e| fail(format!("unable to get resource stat from response: {e}")))?;
    let v: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|e| fail(format!("unable to get resource stat from response: {e}")))?;
    Ok(PathStat {
        mode: v
            .get("mode")
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0),
        link_target: v
            .get("linkTarget")
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
            .to_string(),
    })
}

fn archive_path(ctr: &str, path: &str) -> ApiPath {
    ApiPath::new("/containers")
        .seg(ctr)
        .lit("/archive")
        .query("path", path)
}

/// `HEAD /containers/{id}/archive`.
async fn stat(engine: &Engine, ctr: &str, path: &str) -> Result<PathStat> {
    engine.api().await?;
    let (headers, _) =
        raw::request(engine, http::Method::HEAD, &archive_path(ctr, path), None).await?;
    parse_stat(&headers)
}

/// `ValidateOutputPathFileMode`.
fn validate_mode(mode: u64) -> Result<(), &'static str> {
    if mode & MODE_DEVICE != 0 {
        return Err("got a device");
    }
    if mode & MODE_IRREGULAR != 0 {
        return Err("got an irregular file");
    }
    Ok(())
}

/// docker's `command.ValidateOutputPath`.
fn validate_output_path(path: &str) -> Result<()> {
    let parent = archive::dir(&crate::opts::paths::clean(path));
    if !parent.is_empty() && parent != "." && !std::path::Path::new(&parent).exists() {
        if let Err(e) = std::fs::metadata(&parent) {
            if e.kind() == std::io::ErrorKind::NotFound {
                return Err(fail(format!(
                    "invalid output path: directory {} does not exist",
                    go_quote(&parent)
                )));
            }
        }
    }
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(fail(format!(
            "stat {path}: {}",
            crate::opts::oserror::describe(&e)
        ))),
        Ok(m) if m.is_dir() || m.is_file() => Ok(()),
        Ok(m) => {
            use std::os::unix::fs::FileTypeExt;
            let ft = m.file_type();
            if ft.is_block_device() || ft.is_char_device() {
                return Err(fail(format!(
                    "invalid output path: {} must be a directory or a regular file: got a device",
                    go_quote(path)
                )));
            }
            Ok(())
        }
    }
}

fn report(quiet: bool, size: u64, to: &str) {
    if !quiet {
        eprintln!("Successfully copied {} to {to}", human_size(size as f64));
    }
}

async fn from_container(
    ctx: &Ctx,
    a: &CpArgs,
    ctr: &str,
    src: &str,
    dst: &str,
    quiet: bool,
) -> Result<()> {
    let dst = if dst == "-" {
        dst.to_string()
    } else {
        archive::resolve_local_path(dst).map_err(fail)?
    };
    validate_output_path(&dst)?;
    let engine = ctx.engine()?;
    let mut src_path = src.to_string();
    let mut rebase = String::new();
    if a.follow_link {
        if let Ok(st) = stat(engine, ctr, &src_path).await {
            if st.mode & MODE_SYMLINK != 0 {
                let mut target = st.link_target.clone();
                if !target.starts_with('/') {
                    let (parent, _) = archive::split_path_dir_entry(&src_path);
                    target = archive::join(&parent, &target);
                }
                let (t, r) = archive::rebase_name(&src_path, &target);
                src_path = t;
                rebase = r;
            }
        }
    }
    let (headers, body) = raw::stream(
        engine,
        http::Method::GET,
        &archive_path(ctr, &src_path),
        None,
    )
    .await?;
    let mut frames = BodyStream::new(body);
    if dst == "-" {
        let mut out = std::io::stdout().lock();
        while let Some(frame) = frames.next().await {
            let frame = frame.map_err(|e| anyhow::anyhow!("unexpected EOF: {e}"))?;
            if let Ok(data) = frame.into_data() {
                out.write_all(&data)?;
            }
        }
        out.flush()?;
        return Ok(());
    }
    let st = parse_stat(&headers)?;
    let src_info = CopyInfo {
        path: src_path.clone(),
        exists: true,
        is_dir: st.mode & MODE_DIR != 0,
        rebase_name: rebase.clone(),
    };
    let (tx, rx) = tokio::sync::mpsc::channel::<bytes::Bytes>(16);
    let counted = Arc::new(AtomicU64::new(0));
    let reader = ChannelReader {
        rx,
        buf: bytes::Bytes::new(),
        counted: counted.clone(),
    };
    let target = dst.clone();
    let worker = tokio::task::spawn_blocking(move || copy_to(reader, src_info, &target));
    let mut wire_error = None;
    while let Some(frame) = frames.next().await {
        match frame {
            Ok(f) => {
                if let Ok(data) = f.into_data() {
                    if tx.send(data).await.is_err() {
                        break;
                    }
                }
            }
            Err(e) => {
                wire_error = Some(anyhow::anyhow!("unexpected EOF: {e}"));
                break;
            }
        }
    }
    drop(tx);
    let result = worker.await.map_err(|e| anyhow::anyhow!("copy: {e}"))?;
    report(quiet, counted.load(Ordering::SeqCst), &dst);
    result.map_err(fail)?;
    match wire_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `archive.CopyTo` with docker's source rebase for `-L`; reads what is left after the archive
/// so the reported size is the whole stream.
fn copy_to(mut reader: ChannelReader, src: CopyInfo, dst: &str) -> Result<(), String> {
    let dst_info = archive::destination_info(dst)?;
    let mut renames = Vec::new();
    if !src.rebase_name.is_empty() {
        let (_, src_base) = archive::split_path_dir_entry(&src.path);
        renames.push((src_base, src.rebase_name.clone()));
    }
    let (dst_dir, rename) = archive::prepare(&src, &dst_info)?;
    renames.extend(rename);
    archive::untar(&mut reader, &dst_dir, &renames)?;
    let _ = std::io::copy(&mut reader, &mut std::io::sink());
    Ok(())
}

/// The response body as a blocking `Read`, counting what is read.
struct ChannelReader {
    rx: tokio::sync::mpsc::Receiver<bytes::Bytes>,
    buf: bytes::Bytes,
    counted: Arc<AtomicU64>,
}

impl Read for ChannelReader {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        while self.buf.is_empty() {
            match self.rx.blocking_recv() {
                Some(b) => self.buf = b,
                None => return Ok(0),
            }
        }
        let n = out.len().min(self.buf.len());
        out[..n].copy_from_slice(&self.buf.split_to(n));
        self.counted.fetch_add(n as u64, Ordering::SeqCst);
        Ok(n)
    }
}

async fn to_container(
    ctx: &Ctx,
    a: &CpArgs,
    ctr: &str,
    src: &str,
    dst: &str,
    quiet: bool,
) -> Result<()> {
    let src = if src == "-" {
        src.to_string()
    } else {
        archive::resolve_local_path(src).map_err(fail)?
    };
    let engine = ctx.engine()?;
    let mut dst_info = CopyInfo {
        path: dst.to_string(),
        ..Default::default()
    };
    let mut st = stat(engine, ctr, dst).await;
    if let Ok(s) = &st {
        if s.mode & MODE_SYMLINK != 0 {
            let mut target = s.link_target.clone();
            if !target.starts_with('/') {
                let (parent, _) = archive::split_path_dir_entry(dst);
                target = archive::join(&parent, &target);
            }
            dst_info.path = target.clone();
            st = stat(engine, ctr, &target).await;
        }
    }
    let mode = st.as_ref().map(|s| s.mode).unwrap_or(0);
    if let Err(why) = validate_mode(mode) {
        return Err(fail(format!(
            "destination \"{ctr}:{dst}\" must be a directory or a regular file: {why}"
        )));
    }
    if st.is_ok() {
        dst_info.exists = true;
        dst_info.is_dir = mode & MODE_DIR != 0;
    }
    let (content, resolved): (Producer, String) = if src == "-" {
        if !dst_info.is_dir {
            return Err(fail(format!(
                "destination \"{ctr}:{dst}\" must be a directory"
            )));
        }
        (upload::reader(std::io::stdin()), dst_info.path.clone())
    } else {
        let src_info = archive::source_info(&src, a.follow_link).map_err(fail)?;
        let (dst_dir, rename) = archive::prepare(&src_info, &dst_info).map_err(fail)?;
        let renames: Vec<archive::Rename> = rename.into_iter().collect();
        let tar: Producer = Box::new(move |sink: &mut Sink| {
            archive::tar_resource(&src_info, &renames, sink).map_err(fail)
        });
        (tar, dst_dir)
    };
    let mut path = ApiPath::new("/containers")
        .seg(ctr)
        .lit("/archive")
        .query("path", &resolved)
        .query("noOverwriteDirNonDir", "true");
    if a.archive {
        path = path.query("copyUIDGID", "true");
    }
    let headers = [("content-type", "application/x-tar".to_string())];
    let sent = async {
        let (_, body, sending) =
            upload::upload(engine, http::Method::PUT, &path, &headers, content).await?;
        let drained = body
            .collect()
            .await
            .map_err(|e| anyhow::anyhow!("unexpected EOF: {e}"));
        sending.finish(drained).await
    }
    .await;
    // docker counts the archive it read, not stdin.
    let size = match &sent {
        Ok((_, n)) if src != "-" => *n,
        _ => 0,
    };
    report(quiet, size, &format!("{ctr}:{}", dst_info.path));
    sent.map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_like_docker() {
        assert_eq!(split_arg("c:/x"), ("c", "/x"));
        assert_eq!(split_arg("/a:b"), ("", "/a:b"));
        assert_eq!(split_arg("./a:b"), ("", "./a:b"));
        assert_eq!(split_arg("file"), ("", "file"));
        assert_eq!(split_arg(":x"), ("", "x"));
    }
}
