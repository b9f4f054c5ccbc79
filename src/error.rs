//! The one error type of hvdock and how it maps to docker's exit codes.
//!
//! Commands return `anyhow::Result`; anything that must end the process with a particular code or
//! wording is a [`CliError`] inside the `anyhow::Error`. Everything else is printed as it displays
//! and exits 1, like docker's "other errors".

use std::fmt;

/// docker's exit codes.
pub mod code {
    /// A generic failure.
    pub const FAILURE: i32 = 1;
    /// The CLI or the daemon refused a `run`/flag parsing failed.
    pub const CLI: i32 = 125;
    /// The command in the container cannot be executed.
    pub const CANNOT_EXECUTE: i32 = 126;
    /// The command in the container was not found.
    pub const NOT_FOUND: i32 = 127;
}

#[derive(Debug)]
pub enum CliError {
    /// End with this status and print nothing more (the container's own code, or a failure that
    /// was already reported).
    Status(i32),
    /// Print this message verbatim on stderr and end with `code`.
    Message { message: String, code: i32 },
    /// The daemon answered with an error: `Error response from daemon: <message>`.
    Daemon { status: u16, message: String },
    /// Nobody answers at the endpoint.
    Connect { host: String },
}

impl CliError {
    pub fn message(message: impl Into<String>, code: i32) -> anyhow::Error {
        CliError::Message {
            message: message.into(),
            code,
        }
        .into()
    }

    pub fn status(code: i32) -> anyhow::Error {
        CliError::Status(code).into()
    }

    /// The exit code this error ends the process with.
    pub fn code(&self) -> i32 {
        match self {
            CliError::Status(c) | CliError::Message { code: c, .. } => *c,
            CliError::Daemon { .. } | CliError::Connect { .. } => code::FAILURE,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Status(_) => Ok(()),
            CliError::Message { message, .. } => f.write_str(message),
            CliError::Daemon { message, .. } => write!(f, "Error response from daemon: {message}"),
            CliError::Connect { host } => write!(
                f,
                "Cannot connect to the Docker daemon at {host}. Is the docker daemon running?"
            ),
        }
    }
}

impl std::error::Error for CliError {}

/// Finds the [`CliError`] behind an error, looking through bollard's wrapping.
pub fn classify(err: &anyhow::Error) -> Option<CliError> {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<CliError>() {
            return Some(match e {
                CliError::Status(c) => CliError::Status(*c),
                CliError::Message { message, code } => CliError::Message {
                    message: message.clone(),
                    code: *code,
                },
                CliError::Daemon { status, message } => CliError::Daemon {
                    status: *status,
                    message: message.clone(),
                },
                CliError::Connect { host } => CliError::Connect { host: host.clone() },
            });
        }
        if let Some(b) = cause.downcast_ref::<bollard::errors::Error>() {
            if let Some(c) = from_bollard(b) {
                return Some(c);
            }
        }
    }
    None
}

fn from_bollard(err: &bollard::errors::Error) -> Option<CliError> {
    use bollard::errors::Error as B;
    match err {
        B::DockerResponseServerError {
            status_code,
            message,
        } => Some(CliError::Daemon {
            status: *status_code,
            message: message.clone(),
        }),
        B::IOError { err } => err
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<CliError>())
            .map(|c| match c {
                CliError::Connect { host } => CliError::Connect { host: host.clone() },
                other => CliError::Message {
                    message: other.to_string(),
                    code: other.code(),
                },
            }),
        B::HyperResponseError { err } => {
            let mut src: Option<&(dyn std::error::Error + 'static)> = Some(err);
            while let Some(e) = src {
                if let Some(io) = e.downcast_ref::<std::io::Error>() {
                    if let Some(CliError::Connect { host }) =
                        io.get_ref().and_then(|i| i.downcast_ref::<CliError>())
                    {
                        return Some(CliError::Connect { host: host.clone() });
                    }
                }
                if let Some(CliError::Connect { host }) = e.downcast_ref::<CliError>() {
                    return Some(CliError::Connect { host: host.clone() });
                }
                src = e.source();
            }
            None
        }
        _ => None,
    }
}

/// Is this the daemon saying "no such object"?
pub fn is_not_found(err: &anyhow::Error) -> bool {
    matches!(classify(err), Some(CliError::Daemon { status: 404, .. }))
}

/// Renders an error as docker prints it and returns the exit code.
pub fn render(err: &anyhow::Error) -> (String, i32) {
    match classify(err) {
        Some(CliError::Status(c)) => (String::new(), c),
        Some(c) => (c.to_string(), c.code()),
        None => (format!("{err:#}"), code::FAILURE),
    }
}

/// docker (a Go program) dies of SIGPIPE when it writes to a closed stdout or stderr:
/// `images | head -0` ends silently with status 141. Rust ignores SIGPIPE, so that writes to
/// sockets and to helpers' pipes fail with EPIPE instead of killing us; a failed write to our
/// own output is turned into that same death here.
pub mod sigpipe {
    /// Is this (somewhere in its chain) a write that found its reader gone?
    pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
        err.chain().any(|c| {
            c.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                || c.to_string().contains("Broken pipe (os error 32)")
        })
    }

    /// Has the reader of our stdout or stderr gone away (a pipe's write end reports POLLERR)?
    pub fn output_closed() -> bool {
        [libc::STDOUT_FILENO, libc::STDERR_FILENO]
            .iter()
            .any(|&fd| {
                let mut pfd = libc::pollfd {
                    fd,
                    events: libc::POLLOUT,
                    revents: 0,
                };
                // SAFETY: one pollfd, valid for the call; no waiting.
                let n = unsafe { libc::poll(&mut pfd, 1, 0) };
                n > 0 && pfd.revents & libc::POLLERR != 0
            })
    }

    /// Ends the process as SIGPIPE ends docker's (silently, status 141 to the shell).
    pub fn die() -> ! {
        // SAFETY: restoring the default action and raising the signal in our own process.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            libc::raise(libc::SIGPIPE);
        }
        std::process::exit(128 + libc::SIGPIPE)
    }

    /// Dies of SIGPIPE when `err` is a write to our closed output.
    pub fn check(err: &anyhow::Error) {
        if is_broken_pipe(err) && output_closed() {
            die();
        }
    }

    /// `println!` panics when stdout is closed; that panic is the same death.
    pub fn install_panic_hook() {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let text = info.to_string();
            if text.contains("failed printing to std") && output_closed() {
                die();
            }
            default(info);
        }));
    }
}

/// logrus's levels, most severe first (`warn` is `warning`).
const LOG_LEVELS: [&str; 7] = [
    "panic", "fatal", "error", "warning", "info", "debug", "trace",
];

/// The level given with `-l`/`--log-level` (docker's `logrus.SetLevel`); `info` until set.
static LOG_LEVEL: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

fn level_rank(level: &str) -> Option<usize> {
    let level = level.to_lowercase();
    let level = if level == "warn" { "warning" } else { &level };
    LOG_LEVELS.iter().position(|l| *l == level)
}

/// Sets the level under which [`logrus`] lines are dropped (a valid level, checked before).
pub fn set_log_level(level: &str) {
    if let Some(rank) = level_rank(level) {
        let _ = LOG_LEVEL.set(rank);
    }
}

/// A line as docker logs it through logrus's text format on stderr
/// (`time="..." level=error msg="..."`), unless the log level leaves it out.
pub fn logrus(level: &str, msg: &str) {
    let current = LOG_LEVEL.get().copied().unwrap_or(4);
    if level_rank(level).is_some_and(|rank| rank > current) {
        return;
    }
    let now = crate::clock::Time::now();
    let secs = crate::clock::Time::from_unix(now.unix_secs()).rfc3339_nano();
    // logrus quotes a value with spaces as Go's %q does.
    let q = crate::format::template::print::quote(msg, false);
    eprintln!("time=\"{secs}\" level={level} msg={q}");
}
