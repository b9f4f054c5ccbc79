//! Shared helpers for integration tests against the real engine provisioned by
//! `scripts/provision.sh`. Every container a test creates carries the label
//! `io.hvdock.test=<scope>`; a [`Scope`] removes exactly those when dropped.
#![allow(dead_code)]

pub mod cluster;
pub mod completion;
pub mod fake_daemon;
pub mod images;
pub mod need;
pub mod notary;
pub mod proxy;
pub mod pty;

#[allow(unused_imports)]
pub use images::Images;
#[allow(unused_imports)]
pub use need::{require, skip, Need, Needs};

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

pub const IMAGE: &str = "hvdock-test/busybox:latest";
pub const TEST_LABEL: &str = "io.hvdock.test";
pub const SOCKET: &str = "/var/run/docker.sock";
pub const REFERENCE_DOCKER: &str = "/usr/local/bin/docker";

/// The reference client's path: [`REFERENCE_DOCKER`], unless `HVDOCK_TEST_REFERENCE_DOCKER`
/// names another (e.g. a path that does not exist, to see what the suite does without it).
pub fn reference_docker() -> String {
    std::env::var("HVDOCK_TEST_REFERENCE_DOCKER").unwrap_or_else(|_| REFERENCE_DOCKER.to_string())
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_hvdock")
}

/// `hvdock ARGS` with a clean environment for the connection settings.
pub fn hvdock(args: &[&str]) -> Command {
    let mut c = Command::new(bin());
    c.args(args);
    without_connection_env(&mut c);
    c
}

/// Removes the connection settings (`DOCKER_HOST`, `DOCKER_CONTEXT`, `DOCKER_API_VERSION`,
/// `DOCKER_TLS_VERIFY`, `DOCKER_CERT_PATH`) from `c`'s environment.
pub fn without_connection_env(c: &mut Command) -> &mut Command {
    for v in [
        "DOCKER_HOST",
        "DOCKER_CONTEXT",
        "DOCKER_API_VERSION",
        "DOCKER_TLS_VERIFY",
        "DOCKER_CERT_PATH",
    ] {
        c.env_remove(v);
    }
    c
}

/// The reference docker client, when installed. When it is not, the current test is recorded
/// as skipped (see [`need`]) — under `CI=true` it fails — and `None` comes back, so a test that
/// goes on without the oracle is reported, never silently green.
pub fn docker(args: &[&str]) -> Option<Command> {
    if !require(Need::Docker) {
        return None;
    }
    let mut c = Command::new(reference_docker());
    c.args(args);
    for v in ["DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_API_VERSION"] {
        c.env_remove(v);
    }
    Some(c)
}

/// The reference docker client; the test fails when it is missing (use after
/// `require(Need::Docker)`, or where a missing oracle must not be a skip).
pub fn reference(args: &[&str]) -> Command {
    docker(args).unwrap_or_else(|| panic!("the reference client {} is missing", reference_docker()))
}

#[derive(Clone, Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub raw_stdout: Vec<u8>,
}

pub fn output(mut c: Command, stdin: Option<&[u8]>) -> Run {
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    c.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = c.spawn().expect("spawn");
    if let Some(data) = stdin {
        let mut sin = child.stdin.take().expect("stdin");
        let data = data.to_vec();
        std::thread::spawn(move || {
            let _ = sin.write_all(&data);
        });
    }
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().expect("wait");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        raw_stdout: stdout,
    }
}

/// A differential: `args` through hvdock and through the reference client; stdout, stderr
/// (program name normalised) and exit code must be exactly the same. Returns hvdock's run.
/// Without the reference client the test is recorded as skipped (failed under `CI=true`) and
/// hvdock's run comes back unchecked.
#[track_caller]
pub fn same(args: &[&str]) -> Run {
    let mine = run(args);
    if let Some(cmd) = docker(args) {
        assert_same(&format!("{args:?}"), &mine, &output(cmd, None));
    }
    mine
}

/// [`same`] with `input` on both clients' stdin (prompts answered the same way).
#[track_caller]
pub fn same_stdin(args: &[&str], input: &[u8]) -> Run {
    let mine = run_stdin(args, input);
    if let Some(cmd) = docker(args) {
        assert_same(
            &format!("{args:?} <<< {input:?}"),
            &mine,
            &output(cmd, Some(input)),
        );
    }
    mine
}

/// A differential for commands that change state (prune, rm): `theirs` runs through docker on
/// one of two identical setups, `ours` through hvdock on the other; `names` pairs what differs
/// between the two setups (docker's object, hvdock's object), put back to a placeholder before
/// the exact comparison. Returns hvdock's run.
#[track_caller]
pub fn same_on_twins(theirs: &[&str], ours: &[&str], names: &[(&str, &str)]) -> Run {
    let mine = unless_busy(|| run(ours));
    if docker(theirs).is_some() {
        let reference = unless_busy(|| output(docker(theirs).unwrap(), None));
        let put_back = |r: &Run, docker_side: bool| -> Run {
            let mut r = r.clone();
            for (i, (t, o)) in names.iter().enumerate() {
                let from = if docker_side { t } else { o };
                r.stdout = r.stdout.replace(from, &format!("{{twin{i}}}"));
                r.stderr = r.stderr.replace(from, &format!("{{twin{i}}}"));
            }
            r
        };
        assert_same(
            &format!("{ours:?} (docker: {theirs:?})"),
            &put_back(&mine, false),
            &put_back(&reference, true),
        );
    }
    mine
}

/// `NOUN prune -f --filter FILTER` as a differential on twins: docker prunes the objects
/// labelled `side=theirs`, hvdock those labelled `side=ours` (make one of each, alike);
/// `twins` pairs each of docker's objects with hvdock's (see [`same_on_twins`]).
#[track_caller]
pub fn prune_on_twins(noun: &str, filter: &str, twins: &[(&str, &str)]) -> Run {
    let args = |side: &'static str| [noun, "prune", "-f", "--filter", filter, "--filter", side];
    same_on_twins(&args("label=side=theirs"), &args("label=side=ours"), twins)
}

/// Runs `f` again while the daemon answers that another prune is running (it runs one prune at
/// a time, and other tests on this engine prune too): that answer is not the command's.
pub fn unless_busy(f: impl Fn() -> Run) -> Run {
    for _ in 0..200 {
        let r = f();
        if !r.stderr.contains("a prune operation is already running") {
            return r;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("the daemon stayed busy with another prune for 20 s");
}

/// [`same`] for output that names the program on stdout too (help pages): stdout, stderr and
/// exit code of `args` through both clients, the program name normalised in both streams.
#[track_caller]
pub fn same_page(args: &[&str]) {
    let ours = run(args);
    let Some(cmd) = docker(args) else { return };
    let theirs = output(cmd, None);
    assert_eq!(
        (ours.code, normalise(&ours.stdout), normalise(&ours.stderr)),
        (theirs.code, theirs.stdout, normalise(&theirs.stderr)),
        "hvdock vs docker for {args:?}"
    );
}

/// Asserts two runs are the same: exit code, stdout, stderr with the program name normalised.
#[track_caller]
pub fn assert_same(what: &str, ours: &Run, theirs: &Run) {
    assert_eq!(
        (ours.code, ours.stdout.as_str(), normalise(&ours.stderr)),
        (
            theirs.code,
            theirs.stdout.as_str(),
            normalise(&theirs.stderr)
        ),
        "hvdock vs docker for {what}: (exit code, stdout, stderr)"
    );
}

/// [`output`] with a hang guard: `None` (the child killed) when it has not exited within
/// `limit`. The limit only turns a hang into a failure; it is no performance threshold.
pub fn output_within(mut c: Command, limit: std::time::Duration) -> Option<Run> {
    c.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::null());
    let mut child = c.spawn().expect("spawn");
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let out = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let err = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let deadline = std::time::Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let (stdout, stderr) = (out.join().unwrap(), err.join().unwrap());
    Some(Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        raw_stdout: stdout,
    })
}

/// Runs hvdock and returns its result.
pub fn run(args: &[&str]) -> Run {
    output(hvdock(args), None)
}

/// Runs hvdock with `input` on stdin.
pub fn run_stdin(args: &[&str], input: &[u8]) -> Run {
    output(hvdock(args), Some(input))
}

/// Runs hvdock and insists on exit 0.
pub fn ok(args: &[&str]) -> String {
    let r = run(args);
    assert_eq!(
        r.code, 0,
        "hvdock {args:?} failed: stdout={} stderr={}",
        r.stdout, r.stderr
    );
    r.stdout
}

/// A raw API call over the unix socket (independent of hvdock, for setup and cleanup).
pub fn api(method: &str, path: &str, body: Option<&str>) -> (u16, String) {
    api_at(SOCKET, method, path, body)
}

/// [`api`] on another engine's socket (a cluster node's).
pub fn api_at(socket: &str, method: &str, path: &str, body: Option<&str>) -> (u16, String) {
    let mut s = UnixStream::connect(socket).expect("the engine socket (run scripts/provision.sh)");
    let body = body.unwrap_or("");
    let req = format!(
        "{method} {path} HTTP/1.0\r\nHost: docker\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).expect("write");
    let mut resp = Vec::new();
    s.read_to_end(&mut resp).expect("read");
    let text = String::from_utf8_lossy(&resp).into_owned();
    let status = text.get(9..12).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A test's own set of containers: `label()` marks them, drop removes them (and their anonymous
/// volumes), nothing else.
pub struct Scope {
    pub id: String,
}

impl Scope {
    pub fn new(name: &str) -> Scope {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        Scope {
            id: format!("{name}-{}-{n}", std::process::id()),
        }
    }

    /// `io.hvdock.test=<id>` for `--label`.
    pub fn label(&self) -> String {
        format!("{TEST_LABEL}={}", self.id)
    }

    /// A container name unique to this scope.
    pub fn name(&self, suffix: &str) -> String {
        format!("hvt-{}-{suffix}", self.id)
    }

    /// `hvdock run -d --name NAME --label <this scope> IMAGE sleep 600`: a running container of
    /// this scope; its name back.
    pub fn run_sleeper(&self, name: &str) -> String {
        ok(&[
            "run",
            "-d",
            "--name",
            name,
            "--label",
            &self.label(),
            IMAGE,
            "sleep",
            "600",
        ]);
        name.to_string()
    }

    /// The IDs of this scope's containers. Fails the test when the engine's answer is not a
    /// 200 with a list of containers that each have an Id.
    #[track_caller]
    pub fn containers(&self) -> Vec<String> {
        self.try_containers()
            .unwrap_or_else(|e| panic!("listing scope {}: {e}", self.id))
    }

    pub fn try_containers(&self) -> Result<Vec<String>, String> {
        let filter = format!("{{\"label\":[\"{}\"]}}", self.label());
        let path = format!("/containers/json?all=1&filters={}", urlencode(&filter));
        let (status, body) = api("GET", &path, None);
        if status != 200 {
            return Err(format!("GET {path}: HTTP {status}: {body}"));
        }
        let v: serde_json::Value =
            serde_json::from_str(&body).map_err(|e| format!("GET {path}: {e}: {body}"))?;
        let list = v
            .as_array()
            .ok_or_else(|| format!("GET {path}: not a list: {body}"))?;
        list.iter()
            .map(|c| {
                c["Id"]
                    .as_str()
                    .map(str::to_string)
                    .ok_or_else(|| format!("GET {path}: an entry without Id: {c}"))
            })
            .collect()
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        // No panic here: a drop during a failing test's unwinding would abort the process.
        let ids = self.try_containers().unwrap_or_else(|e| {
            eprintln!("cleaning up scope {}: {e}", self.id);
            Vec::new()
        });
        for id in ids {
            api("DELETE", &format!("/containers/{id}?force=1&v=1"), None);
        }
    }
}

pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A name no other run uses: `hvt-<what>-<pid>-<nanoseconds>` (for images, which a [`Scope`]
/// does not cover).
pub fn uniq(what: &str) -> String {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("hvt-{what}-{}-{}", std::process::id(), t % 1_000_000_000)
}

/// Writes a file with permission bits `mode` (`"755"`) from a child shell, so that no
/// descriptor open for writing can leak into a process another test thread forks (executing
/// the file would then fail with ETXTBSY).
pub fn write_exec(path: &std::path::Path, text: &str, mode: &str) {
    let st = Command::new("sh")
        .args([
            "-c",
            "printf '%s' \"$2\" > \"$1\" && chmod \"$3\" \"$1\"",
            "sh",
            path.to_str().expect("utf-8"),
            text,
            mode,
        ])
        .status()
        .expect("sh");
    assert!(st.success());
}

/// The htpasswd registry's user and password (scripts/registry/credentials).
pub fn registry_credentials() -> (String, String) {
    let file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/registry/credentials");
    let text = std::fs::read_to_string(&file).expect("scripts/registry/credentials");
    let value = |k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{k}=")))
            .unwrap_or_else(|| panic!("{k} in {}", file.display()))
            .to_string()
    };
    (
        value("HVDOCK_REGISTRY_USER"),
        value("HVDOCK_REGISTRY_PASSWORD"),
    )
}

/// Replaces the program name so hvdock's and docker's messages compare.
pub fn normalise(s: &str) -> String {
    s.replace("hvdock", "docker")
}

/// Dotted API versions compared numerically (`1.9` < `1.41`).
pub fn version_lt(a: &str, b: &str) -> bool {
    let parse = |s: &str| -> Vec<u64> { s.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parse(a) < parse(b)
}

/// The commands of a help page's `Commands:` sections: name -> line.
pub fn command_lines(help: &str) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    let mut inside = false;
    for line in help.lines() {
        if line.ends_with("Commands:") {
            inside = true;
        } else if line.is_empty() {
            inside = false;
        } else if inside {
            if let Some(name) = line.split_whitespace().next() {
                out.insert(name.to_string(), line.to_string());
            }
        }
    }
    out
}
