//! Running a command in a container and collecting what it prints (non-TTY, exactly
//! demultiplexed): for hvdock's own looks inside containers (`top` in sandboxes, `isolation verify`).
//! What a container prints is untrusted: its binaries may be anything. So at most [`LIMIT`] bytes
//! are kept (a `ps` that prints forever is cut off, and hvdock's memory stays bounded), and text
//! taken from it is cleaned of terminal escapes and control characters ([`printable`]).

use anyhow::Result;
use http_body_util::BodyExt;
use serde_json::json;

use super::demux::{Demuxer, Stream};
use crate::engine::{raw, ApiPath, Engine};

/// The most a command may print (stdout and stderr together) before hvdock stops reading.
pub const LIMIT: usize = 1 << 20;

pub struct Captured {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub code: i64,
    /// It printed more than [`LIMIT`]; the rest was not read, and `code` is -1.
    pub truncated: bool,
}

impl Captured {
    /// Stdout as text, cleaned with [`printable`] (lines kept).
    pub fn stdout_text(&self) -> String {
        printable(&String::from_utf8_lossy(&self.stdout), true)
    }

    /// Stderr as text, cleaned with [`printable`] (lines kept).
    pub fn stderr_text(&self) -> String {
        printable(&String::from_utf8_lossy(&self.stderr), true)
    }
}

/// Ends a command that printed past the limit (closing the stream does not end it) by its host
/// pid, when the daemon is local and that pid is the command in the container's own namespace
/// (runc). In a sandbox the exec's pid is the runtime's host-side helper and ending it does not
/// reach the command, which then stays confined there.
async fn stop(engine: &Engine, exec_id: &str, cmd: &[&str]) {
    if crate::isolation::daemon::remote_reason(engine).is_some() {
        return;
    }
    let path = ApiPath::new("/exec").seg(exec_id).lit("/json");
    let Ok(info) = raw::get_json(engine, &path).await else {
        return;
    };
    let pid = info["Pid"].as_u64().unwrap_or(0) as u32;
    crate::isolation::host::kill_exec(pid, &cmd[1.min(cmd.len())..]);
}

/// Text from inside a container made safe to print: terminal escape sequences (CSI `ESC [ ...`,
/// OSC `ESC ] ... BEL`, and two-byte ones) are removed, other control characters (C0, DEL, C1)
/// too; a tab becomes a space; newlines stay when `lines`.
pub fn printable(s: &str, lines: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '\x1b' => match it.next() {
                Some('[') => {
                    // parameters and intermediates, then one final byte @..~
                    for c in it.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
                Some(']' | 'P' | '_' | '^' | 'X') => {
                    // a string, ended by BEL or ST (ESC \)
                    while let Some(c) = it.next() {
                        if c == '\x07' || c == '\u{9c}' {
                            break;
                        }
                        if c == '\x1b' {
                            it.next();
                            break;
                        }
                    }
                }
                _ => {}
            },
            '\n' if lines => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
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
    let start = crate::format::go_json::encode(&json!({"Detach": false, "Tty": false}));
    let (_, mut body) = raw::stream(
        engine,
        http::Method::POST,
        &ApiPath::new("/exec").seg(&exec_id).lit("/start"),
        Some(start),
    )
    .await?;
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let mut demux = Demuxer::new();
    let mut truncated = false;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| anyhow::anyhow!("error reading exec output: {e}"))?;
        if let Ok(data) = frame.into_data() {
            demux.feed(&data, |s, b| {
                let room = LIMIT.saturating_sub(stdout.len() + stderr.len());
                let b = &b[..b.len().min(room)];
                match s {
                    Stream::Stderr | Stream::System => stderr.extend_from_slice(b),
                    _ => stdout.extend_from_slice(b),
                }
            })?;
        }
        if stdout.len() + stderr.len() >= LIMIT {
            truncated = true;
            break;
        }
    }
    if truncated {
        drop(body);
        stop(engine, &exec_id, cmd).await;
        return Ok(Captured {
            stdout,
            stderr,
            code: -1,
            truncated,
        });
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
        truncated,
    })
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn strips_escapes_and_controls() {
        let evil = "a\x1b[2J\x1b[1;31mred\x1b[0m\x1b]0;title\x07b\x1b]8;;http://x\x1b\\c\rd\x08e\x7f\u{9b}f\tg\nh";
        assert_eq!(printable(evil, true), "aredbcdef g\nh");
        assert_eq!(printable(evil, false), "aredbcdef gh");
        assert_eq!(printable("4.4.0\n", false), "4.4.0");
    }
}
