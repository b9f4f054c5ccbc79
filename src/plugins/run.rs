//! Running a plugin as docker 28 does: the whole original command line as its arguments, the
//! same stdin/stdout/stderr (and so the same terminal), docker's variables in its environment,
//! and docker's signal protocol over `DOCKER_CLI_PLUGIN_SOCKET`.
//!
//! The socket: an abstract unix socket `@docker_cli_<32 hex>` the plugin connects to. On the
//! first SIGINT/SIGTERM, unless stdout is a terminal (then the kernel already signalled the
//! plugin, which shares the foreground process group), docker closes the socket and every
//! connection: the plugin reads EOF and cancels its work. Signals are not forwarded. After the
//! third signal docker kills the plugin, says `got 3 SIGTERM/SIGINTs, forcefully exiting` and exits
//! 1. Otherwise hvdock exits with the plugin's code (255 when a signal killed it, as Go's -1).

use std::os::fd::AsRawFd;
use std::os::linux::net::SocketAddrExt;
use std::os::unix::net::{SocketAddr, UnixListener, UnixStream};
use std::process::{Command, ExitStatus};
use std::sync::{Arc, Mutex};

use super::discover::Plugin;
use super::metadata::{errno_text, status_text};

/// docker's environment variable naming the original CLI (for plugins that re-execute it).
pub const REEXEC_ENV: &str = "DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND";
/// docker's environment variable naming the plugin socket.
pub const SOCKET_ENV: &str = "DOCKER_CLI_PLUGIN_SOCKET";
const OTEL_ENV: &str = "OTEL_RESOURCE_ATTRIBUTES";

/// How a plugin is started: argv after the program (docker passes its own, global flags
/// included), the command path recorded for telemetry, and extra variables.
pub struct Invocation<'a> {
    pub plugin: &'a Plugin,
    pub argv0: &'a str,
    pub args: &'a [String],
    pub command_path: String,
    pub env: Vec<(String, String)>,
}

impl Invocation<'_> {
    fn command(&self) -> Command {
        let mut cmd = Command::new(&self.plugin.path);
        cmd.args(self.args);
        cmd.env(REEXEC_ENV, self.argv0);
        // OpenTelemetry baggage: the value percent-encoded, appended to the user's own.
        let ours = format!(
            "docker.cli.cobra.command_path={}",
            self.command_path.replace('%', "%25").replace(' ', "%20")
        );
        let otel = match std::env::var(OTEL_ENV) {
            Ok(v) if !v.trim().is_empty() => format!("{},{ours}", v.trim()),
            _ => ours,
        };
        cmd.env(OTEL_ENV, otel);
        cmd
    }
}

/// The exit code docker ends with after a plugin's status.
fn exit_code(status: &ExitStatus) -> i32 {
    status.code().unwrap_or(255)
}

/// `hvdock help PLUGIN`: docker runs the plugin without the socket and reports a failure as an
/// error (`exit status 3`, exit 1).
pub fn help(inv: &Invocation) -> i32 {
    let mut cmd = inv.command();
    cmd.envs(inv.env.iter().map(|(k, v)| (k, v)));
    match cmd.status() {
        Ok(s) if s.success() => 0,
        Ok(s) => {
            eprintln!("{}", status_text(&s));
            1
        }
        Err(e) => {
            eprintln!(
                "fork/exec {}: {}",
                inv.plugin.path.display(),
                errno_text(&e)
            );
            1
        }
    }
}

/// The plugin socket: accepted connections are kept open until [`Server::close`].
struct Server {
    listener: UnixListener,
    conns: Arc<Mutex<Option<Vec<UnixStream>>>>,
}

impl Server {
    fn start() -> Option<(Server, String)> {
        let mut id = [0u8; 16];
        // SAFETY: getrandom writes at most id.len() bytes into the buffer we own.
        let n = unsafe { libc::getrandom(id.as_mut_ptr().cast(), id.len(), 0) };
        if n != id.len() as isize {
            return None;
        }
        let name: String = id.iter().map(|b| format!("{b:02x}")).collect();
        let name = format!("docker_cli_{name}");
        let addr = SocketAddr::from_abstract_name(name.as_bytes()).ok()?;
        let listener = UnixListener::bind_addr(&addr).ok()?;
        let conns: Arc<Mutex<Option<Vec<UnixStream>>>> = Arc::new(Mutex::new(Some(Vec::new())));
        let accept = listener.try_clone().ok()?;
        let held = conns.clone();
        std::thread::spawn(move || {
            for conn in accept.incoming() {
                let Ok(conn) = conn else { return };
                match held.lock() {
                    Ok(mut g) => match g.as_mut() {
                        Some(v) => v.push(conn),
                        None => return,
                    },
                    Err(_) => return,
                }
            }
        });
        Some((Server { listener, conns }, format!("@{name}")))
    }

    /// Stops accepting (later connections are refused) and closes every connection: the plugin
    /// reads EOF.
    fn close(&self) {
        if let Ok(mut g) = self.conns.lock() {
            for c in g.take().unwrap_or_default() {
                let _ = c.shutdown(std::net::Shutdown::Both);
            }
        }
        // SAFETY: shutting down our own listening socket; wakes the accept thread.
        unsafe { libc::shutdown(self.listener.as_raw_fd(), libc::SHUT_RDWR) };
    }
}

/// Runs the plugin in the foreground and returns the code hvdock exits with.
pub fn run(inv: &Invocation) -> i32 {
    let mut cmd = inv.command();
    let server = Server::start();
    if let Some((_, addr)) = &server {
        cmd.env(SOCKET_ENV, addr);
    }
    cmd.envs(inv.env.iter().map(|(k, v)| (k, v)));
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("hvdock: cannot start the async runtime: {e}");
            return 1;
        }
    };
    let server = server.map(|(s, _)| s);
    rt.block_on(async move {
        use tokio::signal::unix::{signal, SignalKind};
        let (Ok(mut int), Ok(mut term)) = (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) else {
            eprintln!("hvdock: cannot handle signals");
            return 1;
        };
        let mut child = match tokio::process::Command::from(cmd).spawn() {
            Ok(c) => c,
            Err(e) => {
                eprintln!(
                    "fork/exec {}: {}",
                    inv.plugin.path.display(),
                    errno_text(&e)
                );
                return 1;
            }
        };
        // SAFETY: isatty only inspects the descriptor.
        let stdout_tty = unsafe { libc::isatty(1) } == 1;
        let mut signals = 0;
        loop {
            tokio::select! {
                status = child.wait() => {
                    if let Some(s) = &server {
                        s.close();
                    }
                    return match status {
                        Ok(s) => exit_code(&s),
                        Err(e) => {
                            eprintln!("{e}");
                            1
                        }
                    };
                }
                _ = int.recv() => signals += 1,
                _ = term.recv() => signals += 1,
            }
            if stdout_tty {
                continue;
            }
            if let Some(s) = &server {
                s.close();
            }
            if signals >= 3 {
                let _ = child.start_kill();
                eprintln!("got 3 SIGTERM/SIGINTs, forcefully exiting");
                return 1;
            }
        }
    })
}
