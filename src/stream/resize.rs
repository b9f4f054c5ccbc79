//! Keeping the container's TTY the size of ours: once at start (with retries, as the process
//! may not be ready) and on every SIGWINCH.

use std::time::Duration;

use tokio::signal::unix::{signal, SignalKind};

use super::terminal;
use crate::engine::{raw, ApiPath, Engine};

#[derive(Debug, Clone)]
pub enum Target {
    Container(String),
    Exec(String),
}

async fn resize(engine: &Engine, target: &Target) -> anyhow::Result<()> {
    let Some((h, w)) =
        terminal::size(libc::STDOUT_FILENO).or_else(|| terminal::size(libc::STDIN_FILENO))
    else {
        return Ok(());
    };
    let path = match target {
        Target::Container(id) => ApiPath::new("/containers").seg(id),
        Target::Exec(id) => ApiPath::new("/exec").seg(id),
    }
    .lit("/resize")
    .query("h", &h.to_string())
    .query("w", &w.to_string());
    raw::request(engine, http::Method::POST, &path, None).await?;
    Ok(())
}

/// The first resize: up to 10 tries with a growing back-off, as docker does.
pub async fn initial(engine: &Engine, target: &Target) {
    for attempt in 1..=10u64 {
        if resize(engine, target).await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10 * attempt)).await;
    }
}

/// Follows SIGWINCH forever; run it alongside the stream and drop it when done.
pub async fn follow(engine: &Engine, target: &Target) {
    // Listen first, so a change during the initial resize is not missed.
    let winch = signal(SignalKind::window_change());
    initial(engine, target).await;
    let Ok(mut winch) = winch else {
        return std::future::pending().await;
    };
    while winch.recv().await.is_some() {
        let _ = resize(engine, target).await;
    }
    std::future::pending().await
}
