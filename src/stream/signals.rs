//! Signals while attached: proxied to the container (`--sig-proxy`, not with a TTY), or ending
//! hvdock with the terminal restored. Listeners are installed before the container starts, so
//! no signal can slip through to its default action in between.

use crate::engine::ApiPath;
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

/// Signals that end an attached TTY session (with the terminal restored).
const TERMINATING: [i32; 4] = [libc::SIGTERM, libc::SIGHUP, libc::SIGINT, libc::SIGQUIT];

pub struct Listeners(Vec<(i32, Signal)>);

impl Listeners {
    fn install(signals: &[i32]) -> Listeners {
        Listeners(
            signals
                .iter()
                .filter_map(|&s| signal(SignalKind::from_raw(s)).ok().map(|l| (s, l)))
                .collect(),
        )
    }

    async fn next(&mut self) -> Option<i32> {
        if self.0.is_empty() {
            return std::future::pending().await;
        }
        let futures = self.0.iter_mut().map(|(n, l)| {
            let n = *n;
            Box::pin(async move { l.recv().await.map(|_| n) })
        });
        futures_util::future::select_all(futures).await.0
    }
}

/// What an attached session does with signals, decided and installed up front.
pub enum Plan {
    /// Forward them to the container (no TTY, `--sig-proxy`).
    Proxy(Listeners),
    /// End hvdock with 128+n (a TTY session).
    Terminate(Listeners),
    /// Leave them alone.
    None,
}

impl Plan {
    pub fn install(tty: bool, sig_proxy: bool) -> Plan {
        if tty {
            Plan::Terminate(Listeners::install(&TERMINATING))
        } else if sig_proxy {
            Plan::Proxy(Listeners::install(&PROXIED))
        } else {
            Plan::None
        }
    }

    /// Runs the plan: forwards forever, or resolves with the exit status when told to stop.
    pub async fn run(self, engine: &Engine, container: &str) -> i32 {
        match self {
            Plan::Proxy(mut l) => {
                while let Some(sig) = l.next().await {
                    let path = ApiPath::new("/containers")
                        .seg(container)
                        .lit("/kill")
                        .query("signal", &sig.to_string());
                    if let Err(e) = raw::request(engine, http::Method::POST, &path, None).await {
                        if engine.debug {
                            eprintln!("DEBU[0000] Error sending signal: {e:#}");
                        }
                    }
                }
                std::future::pending().await
            }
            Plan::Terminate(mut l) => match l.next().await {
                Some(sig) => 128 + sig,
                None => std::future::pending().await,
            },
            Plan::None => std::future::pending().await,
        }
    }
}
