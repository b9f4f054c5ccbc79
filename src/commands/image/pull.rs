//! Pulling an image and showing the daemon's progress messages as docker prints them when the
//! output is not a terminal (one line per status change).

use std::io::Write;

use anyhow::Result;
use http_body_util::BodyExt;

use super::reference::Reference;
use crate::engine::{raw, Engine};
use crate::error::CliError;

/// Where progress goes: `run`/`create` print it on stderr, `pull` on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sink {
    Stdout,
    Stderr,
    Quiet,
}

pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Pulls `image`, printing the daemon's messages; an error in the stream becomes the error.
pub async fn pull(engine: &Engine, image: &str, platform: Option<&str>, sink: Sink) -> Result<()> {
    let r = Reference::parse(image);
    let mut path = format!(
        "/images/create?fromImage={}&tag={}",
        urlencode(&r.repository),
        urlencode(&r.tag_or_digest())
    );
    if let Some(p) = platform.filter(|p| !p.is_empty()) {
        path.push_str(&format!("&platform={}", urlencode(p)));
    }
    let (_, mut body) = raw::stream(engine, http::Method::POST, &path, None).await?;
    let mut buf: Vec<u8> = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| anyhow::anyhow!("error pulling image: {e}"))?;
        let Ok(data) = frame.into_data() else { continue };
        buf.extend_from_slice(&data);
        while let Some(i) = buf.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = buf.drain(..=i).collect();
            show(&line, sink)?;
        }
    }
    if !buf.is_empty() {
        show(&buf, sink)?;
    }
    Ok(())
}

fn show(line: &[u8], sink: Sink) -> Result<()> {
    let Ok(msg) = serde_json::from_slice::<serde_json::Value>(line) else {
        return Ok(());
    };
    if let Some(err) = msg.get("errorDetail").and_then(|d| d.get("message")).or_else(|| msg.get("error")) {
        let text = err.as_str().unwrap_or_default().to_string();
        return Err(CliError::Daemon { status: 500, message: text }.into());
    }
    let status = msg.get("status").and_then(|s| s.as_str()).unwrap_or_default();
    // Progress updates repeat the same status with a bar; without a terminal docker shows
    // each status once.
    if status.is_empty() || msg.get("progressDetail").and_then(|p| p.get("current")).is_some() {
        return Ok(());
    }
    let text = match msg.get("id").and_then(|s| s.as_str()) {
        Some(id) if !id.is_empty() => format!("{id}: {status}\n"),
        _ => format!("{status}\n"),
    };
    match sink {
        Sink::Stdout => std::io::stdout().lock().write_all(text.as_bytes())?,
        Sink::Stderr => std::io::stderr().lock().write_all(text.as_bytes())?,
        Sink::Quiet => {}
    }
    Ok(())
}
