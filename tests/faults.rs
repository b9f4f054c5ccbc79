//! Faults: the daemon going away in the middle of `run -it`, `logs -f` and `pull`; a daemon that
//! accepts but never answers; the container killed under `run`; signals sent to hvdock while it
//! is attached. The shared dockerd is never touched: a [`FaultProxy`] stands between hvdock and the
//! daemon and is cut instead.

mod common;

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::pty::Pty;
use common::*;

const T: Duration = Duration::from_secs(30);

#[derive(Default)]
struct Shared {
    /// Every socket the proxy holds (both sides), to shut down on `cut`.
    sockets: Mutex<Vec<UnixStream>>,
    /// Requests whose head contains one of these are swallowed: never forwarded, never answered.
    hang: Mutex<Vec<String>>,
    /// The heads of the requests swallowed so far.
    held: Mutex<Vec<String>>,
    cut: AtomicBool,
}

/// A unix-socket proxy to the real engine that can swallow chosen requests and be cut (every
/// connection closed, the socket gone), as if the daemon had died.
struct FaultProxy {
    path: PathBuf,
    shared: Arc<Shared>,
    _dir: tempfile::TempDir,
}

impl FaultProxy {
    fn start(hang: &[&str]) -> FaultProxy {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("fault.sock");
        let listener = UnixListener::bind(&path).expect("bind proxy");
        let shared = Arc::new(Shared::default());
        *shared.hang.lock().expect("lock") = hang.iter().map(|s| s.to_string()).collect();
        let sh = shared.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                if sh.cut.load(Ordering::SeqCst) {
                    return;
                }
                let Ok(client) = client else { continue };
                let Ok(server) = UnixStream::connect(SOCKET) else {
                    continue;
                };
                {
                    let mut socks = sh.sockets.lock().expect("lock");
                    for s in [&client, &server] {
                        if let Ok(c) = s.try_clone() {
                            socks.push(c);
                        }
                    }
                }
                let (c2, s2) = match (client.try_clone(), server.try_clone()) {
                    (Ok(c), Ok(s)) => (c, s),
                    _ => continue,
                };
                let sh2 = sh.clone();
                std::thread::spawn(move || forward(client, server, Some(sh2)));
                std::thread::spawn(move || forward(s2, c2, None));
            }
        });
        FaultProxy {
            path,
            shared,
            _dir: dir,
        }
    }

    fn host(&self) -> String {
        format!("unix://{}", self.path.display())
    }

    /// Waits until a request whose head contains `what` has been swallowed: the client sent it
    /// and is now waiting for an answer that will not come.
    fn wait_held(&self, what: &str) {
        let deadline = Instant::now() + T;
        while !self
            .shared
            .held
            .lock()
            .expect("lock")
            .iter()
            .any(|h| h.contains(what))
        {
            assert!(
                Instant::now() < deadline,
                "no request for {what} reached the daemon"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The daemon "dies": no new connections, every open one closed.
    fn cut(&self) {
        self.shared.cut.store(true, Ordering::SeqCst);
        let _ = std::fs::remove_file(&self.path);
        for s in self.shared.sockets.lock().expect("lock").drain(..) {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.cut();
    }
}

/// Copies `from` to `to`; on the request side (`shared` set) a request matching a hang pattern
/// stops the forwarding for good (the connection stays open, unanswered).
fn forward(mut from: UnixStream, mut to: UnixStream, shared: Option<Arc<Shared>>) {
    let mut buf = [0u8; 65536];
    let mut swallowing = false;
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => {
                let _ = to.shutdown(std::net::Shutdown::Write);
                return;
            }
            Ok(n) => {
                if let Some(sh) = &shared {
                    let text = String::from_utf8_lossy(&buf[..n]);
                    if !swallowing
                        && sh
                            .hang
                            .lock()
                            .expect("lock")
                            .iter()
                            .any(|h| text.contains(h.as_str()))
                    {
                        swallowing = true;
                        let head = text.lines().next().unwrap_or_default().to_string();
                        sh.held.lock().expect("lock").push(head);
                    }
                }
                if swallowing {
                    continue;
                }
                if to.write_all(&buf[..n]).is_err() {
                    return;
                }
            }
        }
    }
}

/// hvdock against `host`, output captured.
fn spawn_via(host: &str, args: &[&str], envs: &[(&str, &str)]) -> Child {
    let mut c = hvdock(args);
    c.env("DOCKER_HOST", host);
    for (k, v) in envs {
        c.env(k, v);
    }
    c.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c.spawn().expect("spawn hvdock")
}

/// Waits for `child` up to `limit`; kills it and returns None if it is still running then.
fn finish(mut child: Child, limit: Duration) -> Option<(i32, String, String)> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            let mut out = String::new();
            let mut err = String::new();
            if let Some(mut o) = child.stdout.take() {
                let _ = o.read_to_string(&mut out);
            }
            if let Some(mut e) = child.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            return Some((status.code().unwrap_or(-1), out, err));
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Starts a labelled detached container through the real socket and returns its ID.
fn detached(scope: &Scope, cmd: &[&str]) -> String {
    let mut args = vec!["run", "-d", "--label"];
    let label = scope.label();
    args.push(&label);
    args.push(IMAGE);
    args.extend_from_slice(cmd);
    ok(&args).trim().to_string()
}

fn assert_clear_error(what: &str, code: i32, stderr: &str) {
    assert_ne!(code, 0, "{what}: must fail when the daemon goes away");
    assert!(!stderr.trim().is_empty(), "{what}: no message");
    assert!(!stderr.contains("panicked"), "{what}: panicked: {stderr}");
}

#[test]
fn never_answering_daemon_times_out_ordinary_calls() {
    let proxy = FaultProxy::start(&["HTTP/1.1"]);
    for args in [
        &["version"][..],
        &["ps"],
        &["inspect", "x"],
        &["rm", "-f", "x"],
    ] {
        let child = spawn_via(&proxy.host(), args, &[("HVDOCK_TIMEOUT", "1")]);
        let (code, _, err) =
            finish(child, T).unwrap_or_else(|| panic!("{args:?} hung despite HVDOCK_TIMEOUT=1"));
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(
            err.contains("did not answer within 1s") && err.contains("HVDOCK_TIMEOUT"),
            "{args:?}: unclear message: {err}"
        );
    }
}

#[test]
fn streaming_calls_are_not_cut_short() {
    let s = Scope::new("faults-stream");
    let id = detached(&s, &["sleep", "300"]);
    // The daemon answers everything but these, which it holds: streams must keep waiting.
    let proxy = FaultProxy::start(&["/events", "/logs", "/wait", "/containers/hvq-held/json"]);
    let env = [("HVDOCK_TIMEOUT", "1")];
    let streams: Vec<(Vec<&str>, &str)> = vec![
        (vec!["logs", "-f", &id], "/logs"),
        (vec!["wait", &id], "/wait"),
        (vec!["events"], "/events"),
    ];
    let children: Vec<(String, Child)> = streams
        .into_iter()
        .map(|(a, path)| {
            let child = spawn_via(&proxy.host(), &a, &env);
            proxy.wait_held(path);
            (a.join(" "), child)
        })
        .collect();
    // An ordinary call held the same way gives up after HVDOCK_TIMEOUT; once it has, every
    // stream has been held at least that long.
    let ordinary = spawn_via(&proxy.host(), &["container", "inspect", "hvq-held"], &env);
    let (code, _, err) = finish(ordinary, T).expect("the ordinary call must time out");
    assert!(
        code == 1 && err.contains("did not answer within 1s"),
        "{code}: {err}"
    );
    for (what, mut child) in children {
        let still = child.try_wait().expect("try_wait").is_none();
        let _ = child.kill();
        let out = child.wait_with_output().expect("wait");
        assert!(
            still,
            "{what} gave up on a held stream: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn daemon_gone_during_logs_follow() {
    let s = Scope::new("faults-logs");
    let id = detached(&s, &["sh", "-c", "while :; do echo tick; sleep 0.2; done"]);
    let proxy = FaultProxy::start(&[]);
    let mut child = spawn_via(&proxy.host(), &["logs", "-f", &id], &[]);
    let mut out = child.stdout.take().expect("stdout");
    let mut first = [0u8; 5];
    out.read_exact(&mut first).expect("first log line");
    assert_eq!(&first, b"tick\n");
    proxy.cut();
    let (code, _, err) = finish(child, T).expect("logs -f must end when the daemon goes away");
    assert_clear_error("logs -f", code, &err);
    assert!(err.contains("error reading logs from daemon"), "{err}");
}

#[test]
fn daemon_gone_during_pull() {
    // The daemon never answers the pull; then it dies.
    let proxy = FaultProxy::start(&["/images/create"]);
    let child = spawn_via(&proxy.host(), &["pull", IMAGE], &[("HVDOCK_TIMEOUT", "1")]);
    proxy.wait_held("/images/create");
    proxy.cut();
    let (code, _, err) = finish(child, T).expect("pull must end when the daemon goes away");
    assert_clear_error("pull", code, &err);
    assert!(
        err.contains("/images/create") && err.contains("connection closed"),
        "{err}"
    );
}

#[test]
fn daemon_gone_during_run_it_restores_the_terminal() {
    let s = Scope::new("faults-runit");
    let proxy = FaultProxy::start(&[]);
    let label = s.label();
    let mut c = hvdock(&["run", "-it", "--label", &label, IMAGE, "sh"]);
    c.env("DOCKER_HOST", proxy.host());
    let mut p = Pty::spawn(c, 24, 80);
    let before = p.termios();
    p.send(b"echo UP$((20+1))\r");
    p.expect("UP21", T);
    assert_ne!(
        p.termios(),
        before,
        "the terminal should be raw while attached"
    );
    proxy.cut();
    let code = p
        .wait(T)
        .expect("run -it must end when the daemon goes away");
    assert_ne!(code, 0);
    assert_eq!(p.termios(), before, "terminal settings not restored");
}

#[test]
fn killed_container_exits_137() {
    let s = Scope::new("faults-kill");
    let name = s.name("victim");
    let label = s.label();
    let mut c = hvdock(&[
        "run",
        "--name",
        &name,
        "--label",
        &label,
        IMAGE,
        "sh",
        "-c",
        "echo ready; sleep 300",
    ]);
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().expect("spawn");
    let mut out = child.stdout.take().expect("stdout");
    let mut first = [0u8; 6];
    out.read_exact(&mut first).expect("ready");
    let (status, body) = api(
        "POST",
        &format!("/containers/{name}/kill?signal=KILL"),
        None,
    );
    assert_eq!(status, 204, "{body}");
    let (code, _, err) = finish(child, T).expect("run must end when its container is killed");
    assert_eq!(code, 137, "{err}");

    // The same with a terminal.
    let name = s.name("victim-tty");
    let mut p = Pty::spawn(
        hvdock(&[
            "run",
            "-it",
            "--name",
            &name,
            "--label",
            &label,
            IMAGE,
            "sh",
            "-c",
            "echo UP; sleep 300",
        ]),
        24,
        80,
    );
    let before = p.termios();
    p.expect("UP", T);
    let (status, body) = api(
        "POST",
        &format!("/containers/{name}/kill?signal=KILL"),
        None,
    );
    assert_eq!(status, 204, "{body}");
    assert_eq!(p.wait(T), Some(137));
    assert_eq!(p.termios(), before, "terminal settings not restored");
}

/// SIGHUP and SIGINT to an attached `run -it` reach the container (its shell dies of them, so
/// hvdock exits 128+n as docker does) and the terminal is restored.
#[test]
fn hup_and_int_while_attached_restore_the_terminal() {
    let s = Scope::new("faults-sig");
    let label = s.label();
    for (sig, code) in [(libc::SIGHUP, 129), (libc::SIGINT, 130)] {
        let mut p = Pty::spawn(
            hvdock(&[
                "run",
                "-it",
                "--init",
                "--label",
                &label,
                IMAGE,
                "sh",
                "-c",
                "echo UP; sleep 300",
            ]),
            24,
            80,
        );
        let before = p.termios();
        p.expect("UP", T);
        p.signal(sig);
        assert_eq!(p.wait(T), Some(code), "signal {sig}");
        assert_eq!(
            p.termios(),
            before,
            "terminal settings not restored after signal {sig}"
        );
    }
}

/// Without a terminal, SIGINT is proxied to the container like SIGTERM.
#[test]
fn sigint_is_proxied_without_a_tty() {
    let s = Scope::new("faults-int");
    let label = s.label();
    let mut c = hvdock(&[
        "run",
        "--rm",
        "--init",
        "--label",
        &label,
        IMAGE,
        "sh",
        "-c",
        "trap 'echo got-int; exit 7' INT; echo ready; while :; do sleep 0.1; done",
    ]);
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().expect("spawn");
    let mut out = child.stdout.take().expect("stdout");
    let mut first = [0u8; 6];
    out.read_exact(&mut first).expect("ready");
    assert_eq!(&first, b"ready\n");
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("rest");
    let status = child.wait().expect("wait");
    assert_eq!(rest, "got-int\n");
    assert_eq!(status.code(), Some(7));
}
