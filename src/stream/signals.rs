//! Signals while attached: proxied to the container (`--sig-proxy`, not with a TTY), or ending
//! hvdock with the terminal restored.

use tokio::signal::unix::{signal, Signal, SignalKind};

use crate::engine::{raw, Engine};

/// The signals docker forwards (all but SIGCHLD, SIGPIPE, SIGURG; SIGKILL/SIGSTOP cannot be caught).
const PROXIED: [i32; 12] = [
    libc::SIGHUP,
    libc::SIGINT,
    libc::SIGQUIT,
    libc::SIGUSR1,
    libc::SIGUSR2,
    libc::SIGTERM,
    libc::SIGALRM,
    libc::SIGCONT,
    libc::SIGTSTP,
    libc::SIGTTIN,
    libc::SIGTTOU,
    libc::SIGWINCH,
];

fn listen(signals: &[i32]) -> Vec<(i32, Signal)> {
    signals
        .iter()
        .filter_map(|&s| signal(SignalKind::from_raw(s)).ok().map(|l| (s, l)))
        .collect()
}

async fn next(listeners: &mut [(i32, Signal)]) -> Option<i32> {
    if listeners.is_empty() {
        return std::future::pending().await;
    }
    let futures = listeners.iter_mut().map(|(n, l)| {
        let n = *n;
        Box::pin(async move { l.recv().await.map(|_| n) })
    });
    futures_util::future::select_all(futures).await.0
}

/// Forwards every received signal to the container until dropped.
pub async fn proxy(engine: &Engine, container: &str) {
    let mut listeners = listen(&PROXIED);
    while let Some(sig) = next(&mut listeners).await {
        let path = format!("/containers/{container}/kill?signal={sig}");
        if let Err(e) = raw::request(engine, http::Method::POST, &path, None).await {
            if engine.debug {
                eprintln!("DEBU[0000] Error sending signal: {e:#}");
            }
        }
    }
}

/// Resolves with docker's exit status (128 + n) when hvdock is told to stop (TERM, HUP, INT,
/// QUIT); the caller then leaves through the normal path, which restores the terminal.
pub async fn terminated() -> i32 {
    let mut listeners = listen(&[libc::SIGTERM, libc::SIGHUP, libc::SIGINT, libc::SIGQUIT]);
    match next(&mut listeners).await {
        Some(sig) => 128 + sig,
        None => std::future::pending().await,
    }
}
