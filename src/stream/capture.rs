//! Running a command in a container and collecting what it prints (non-TTY, exactly
//! demultiplexed): for hvdock's own looks inside containers (`top` in sandboxes, `isolation verify`).

use anyhow::Result;
use http_body_util::BodyExt;
use serde_json::json;

use super::demux::{Demuxer, Stream};
use crate::engine::{raw, ApiPath, Engine};

pub struct Captured {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub code: i64,
}

impl Captured {
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
}

/// Execs `cmd` in container `id`, waits for it, and returns its output and exit code.
pub async fn exec(engine: &Engine, id: &str, cmd: &[&str]) -> Result<Captured> {
    let spec = json!({"AttachStdout": true, "AttachStderr": true, "Tty": false, "Cmd": cmd});
    let created = raw::send_json(
        engine,
        http::Method::POST,
        &ApiPath::new("/containers").seg(id).lit("/exec"),
        Some(&spec),
    )
    .await?;
    let exec_id = created
        .get("Id")
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string();
    let start = serde_json::to_vec(&json!({"Detach": false, "Tty": false}))?;
    let (_, mut body) = raw::stream(
        engine,
        http::Method::POST,
        &ApiPath::new("/exec").seg(&exec_id).lit("/start"),
        Some(start),
    )
    .await?;
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let mut demux = Demuxer::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| anyhow::anyhow!("error reading exec output: {e}"))?;
        if let Ok(data) = frame.into_data() {
            demux.feed(&data, |s, b| match s {
                Stream::Stderr | Stream::System => stderr.extend_from_slice(b),
                _ => stdout.extend_from_slice(b),
            })?;
        }
    }
    let inspect = raw::get_json(engine, &ApiPath::new("/exec").seg(&exec_id).lit("/json")).await?;
    let code = inspect
        .get("ExitCode")
        .and_then(|c| c.as_i64())
        .unwrap_or(-1);
    Ok(Captured {
        stdout,
        stderr,
        code,
    })
}
