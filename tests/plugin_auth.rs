//! `plugin install | upgrade | push` when the registry wants credentials, and with content
//! trust on, compared with docker 28.2.2.
//!
//! docker's client asks for a login (its "privilege func") only when the daemon answers
//! `/plugins/privileges` with HTTP 401. The daemon on these machines (20.10) never does: for a
//! registry that wants a login it answers `[]` and then fails the pull with its own error
//! (checked by hand against an htpasswd registry). So the daemon here is a fake one that
//! answers 401 unless `X-Registry-Auth` carries `hvdock`/`secret`, and records what each client
//! sends; both clients run against it on a real pty (or pipes), and what the terminal shows,
//! the exit code and the requests must be the same.
//!
//! Content trust: the trust server is always a closed loopback port
//! (`DOCKER_CONTENT_TRUST_SERVER`), so no traffic leaves the machine; docker fails as it does
//! when it cannot reach one, and so must hvdock, with the same trust directories left behind.

mod common;

use std::path::Path;
use std::time::Duration;

use base64::Engine as _;
use common::fake_daemon::{FakeDaemon, Request};
use common::notary::refusing_server;
use common::pty::Pty;
use common::{normalise, output, Run};

const PLUG: &str = "127.0.0.1:5001/hvpa/plug:1";
/// A plugin the fake daemon serves without credentials.
const OPEN: &str = "127.0.0.1:5001/hvpa/open:1";
const LOGIN: &str = r#""username":"hvdock","password":"secret""#;
const PRIVILEGES: &str =
    r#"[{"Name":"network","Description":"permissions to access a network","Value":["host"]}]"#;
const PROGRESS: &str = concat!(
    r#"{"status":"Pulling from hvpa/plug","id":"1"}"#,
    "\n",
    r#"{"status":"Digest: sha256:0123456789012345678901234567890123456789012345678901234567890123"}"#,
    "\n",
    r#"{"status":"Status: Downloaded newer image for 127.0.0.1:5001/hvpa/plug:1"}"#,
    "\n"
);

fn auth_of(r: &Request) -> String {
    let value = r.header("x-registry-auth").unwrap_or("-");
    base64::engine::general_purpose::URL_SAFE
        .decode(value)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_else(|_| value.to_string())
}

/// The fake daemon: 401 for the registry's resources unless the login is right (the `open`
/// plugin needs none), a disabled plugin to inspect, pull/upgrade/push progress.
fn daemon() -> FakeDaemon {
    FakeDaemon::start(Box::new(|r: &Request| {
        let ok = |body: &str| (200, vec![], body.to_string());
        let allowed = auth_of(r).contains(LOGIN) || r.path.contains("open");
        let registry = |body: &str| match allowed {
            true => (
                200,
                vec![("Docker-Plugin-Name".to_string(), OPEN.to_string())],
                body.to_string(),
            ),
            false => (
                401,
                vec![],
                r#"{"message":"unauthorized: authentication required"}"#.to_string(),
            ),
        };
        let p = r.path.as_str();
        if p.starts_with("/_ping") {
            return (
                200,
                vec![("Api-Version".into(), "1.41".into())],
                String::new(),
            );
        }
        if p.starts_with("/plugins/privileges") {
            return registry(PRIVILEGES);
        }
        if p.starts_with("/plugins/pull") || p.contains("/upgrade") || p.ends_with("/push") {
            return registry(PROGRESS);
        }
        if p.ends_with("/json") {
            let name = if p.contains("open") { OPEN } else { PLUG };
            return ok(&format!(
                r#"{{"Id":"5f3c","Name":"{name}","Enabled":false,"PluginReference":"{name}"}}"#
            ));
        }
        if p.contains("/enable") || p.contains("/set") {
            return ok("");
        }
        (404, vec![], r#"{"message":"page not found"}"#.into())
    }))
}

/// What a client asked the daemon: method, path and decoded `X-Registry-Auth`, pings left out
/// (docker pings with HEAD, hvdock with GET).
fn asked(d: &FakeDaemon, from: usize) -> Vec<String> {
    d.requests()[from..]
        .iter()
        .filter(|r| !r.path.starts_with("/_ping"))
        .map(|r| format!("{} {} auth={}", r.method, r.path, auth_of(r)))
        .collect()
}

struct Client<'a> {
    daemon: &'a FakeDaemon,
    config: &'a Path,
    env: Vec<(&'a str, String)>,
}

/// The fake daemon and a config directory of the test's own, when docker is there to compare.
fn setup() -> Option<(FakeDaemon, tempfile::TempDir)> {
    common::docker(&[])?;
    Some((daemon(), tempfile::tempdir().unwrap()))
}

impl<'a> Client<'a> {
    fn new(daemon: &'a FakeDaemon, config: &'a Path) -> Client<'a> {
        Client {
            daemon,
            config,
            env: vec![],
        }
    }

    fn command(&self, docker: bool, args: &[&str]) -> std::process::Command {
        let host = self.daemon.host();
        let mut all = vec!["-H", host.as_str()];
        all.extend_from_slice(args);
        let mut c = match docker {
            true => common::reference(&all),
            false => common::hvdock(&all),
        };
        c.env("DOCKER_CONFIG", self.config);
        for v in [
            "DOCKER_CLI_HINTS",
            "DOCKER_CONTENT_TRUST",
            "DOCKER_CONTENT_TRUST_SERVER",
        ] {
            c.env_remove(v);
        }
        for (k, v) in &self.env {
            c.env(k, v);
        }
        c
    }

    /// `args` on a pty: each step waits for its text, then types its answer. Returns the exit
    /// code, everything the terminal showed, and the requests.
    fn on_pty(
        &self,
        docker: bool,
        args: &[&str],
        steps: &[(&str, &str)],
    ) -> (Option<i32>, String, Vec<String>) {
        let from = self.daemon.requests().len();
        let mut pty = Pty::spawn(self.command(docker, args), 24, 200);
        let mut seen = String::new();
        for (wait, answer) in steps {
            seen.push_str(&pty.expect(wait, Duration::from_secs(60)));
            pty.send(answer.as_bytes());
        }
        let (code, rest) = pty.finish(Duration::from_secs(60));
        seen.push_str(&rest);
        (code, normalise(&seen), asked(self.daemon, from))
    }

    /// Both clients on a pty, compared exactly; hvdock's terminal text comes back.
    #[track_caller]
    fn same_pty(&self, args: &[&str], steps: &[(&str, &str)]) -> String {
        let theirs = self.on_pty(true, args, steps);
        let ours = self.on_pty(false, args, steps);
        assert_eq!(ours, theirs, "hvdock vs docker on a terminal for {args:?}");
        ours.1
    }

    fn piped(&self, docker: bool, args: &[&str], stdin: Option<&[u8]>) -> (Run, Vec<String>) {
        let from = self.daemon.requests().len();
        let run = output(self.command(docker, args), stdin);
        (run, asked(self.daemon, from))
    }

    /// Both clients with pipes, compared exactly (stdout program name normalised too).
    #[track_caller]
    fn same(&self, args: &[&str], stdin: Option<&[u8]>) -> Run {
        let (theirs, asked_theirs) = self.piped(true, args, stdin);
        let (mut ours, asked_ours) = self.piped(false, args, stdin);
        ours.stdout = normalise(&ours.stdout);
        common::assert_same(&format!("{args:?}"), &ours, &theirs);
        assert_eq!(asked_ours, asked_theirs, "requests of {args:?}");
        ours
    }
}

#[test]
fn login_prompt_when_the_daemon_answers_401() {
    let Some((d, dir)) = setup() else { return };
    let c = Client::new(&d, dir.path());
    let login = [
        ("Username: ", "hvdock\n"),
        ("Password: ", "secret\n"),
        ("[y/N] ", "y\n"),
    ];
    // The login serves the privileges request only: docker's client pulls with the
    // credentials it had before, so the pull is refused.
    let shown = c.same_pty(&["plugin", "install", PLUG], &login);
    assert!(
        shown.contains("\r\nLogin prior to plugin install:\r\n"),
        "{shown}"
    );
    assert!(shown.contains("Info → "), "{shown}");
    let (_, _, asked) = c.on_pty(false, &["plugin", "install", PLUG], &login);
    assert_eq!(asked.len(), 3, "{asked:?}");
    assert!(
        asked[1].contains(LOGIN) && !asked[2].contains(LOGIN),
        "{asked:?}"
    );

    c.same_pty(&["plugin", "upgrade", PLUG], &login);
    // Refused at the privileges prompt, an empty password, Ctrl-C at either prompt.
    let refuse = [
        ("Username: ", "hvdock\n"),
        ("Password: ", "secret\n"),
        ("[y/N] ", "n\n"),
    ];
    c.same_pty(&["plugin", "install", PLUG], &refuse);
    let empty = [("Username: ", "hvdock\n"), ("Password: ", "\n")];
    c.same_pty(&["plugin", "install", PLUG], &empty);
    c.same_pty(&["plugin", "install", PLUG], &[("Username: ", "\x03")]);
    let interrupted = [("Username: ", "hvdock\n"), ("Password: ", "\x03")];
    c.same_pty(&["plugin", "install", PLUG], &interrupted);
    c.same_pty(&["plugin", "install", PLUG], &[("Username: ", "\n")]);

    // Without hints, no word about access tokens.
    let quiet = Client {
        env: vec![("DOCKER_CLI_HINTS", "false".into())],
        ..c
    };
    let shown = quiet.same_pty(&["plugin", "install", PLUG], &login);
    assert!(!shown.contains("Access Token (PAT). Using"), "{shown}");
    let c = Client {
        env: vec![],
        ..quiet
    };
    // Stored credentials that the daemon refuses: their username is the default.
    std::fs::write(
        dir.path().join("config.json"),
        r#"{"auths":{"127.0.0.1:5001":{"auth":"c3RvcmVkOndyb25n"}}}"#,
    )
    .unwrap();
    let shown = c.same_pty(
        &["plugin", "install", PLUG],
        &[("Username (stored): ", "\n"), ("Password: ", "secret\n")],
    );
    assert!(shown.contains("unauthorized"), "{shown}");
}

#[test]
fn login_prompt_without_a_terminal() {
    let Some((d, dir)) = setup() else { return };
    let c = Client::new(&d, dir.path());
    // A username is read from the pipe; the password needs a terminal to hide it.
    let piped = c.same(&["plugin", "install", PLUG], Some(b"hvdock\nsecret\n"));
    assert_eq!(piped.stderr, "inappropriate ioctl for device\n");
    c.same(&["plugin", "upgrade", PLUG], Some(b"hvdock\n"));
    // docker waits for a signal when stdin ends before a username; hvdock takes it as none.
    let (ended, _) = c.piped(false, &["plugin", "install", PLUG], None);
    assert_eq!(
        (ended.code, ended.stdout.as_str(), ended.stderr.as_str()),
        (
            1,
            piped.stdout.as_str(),
            "Error: Non-null Username Required\n"
        )
    );
    // push has no login prompt: the daemon's answer is the error.
    c.same(&["plugin", "push", PLUG], None);
    // A plugin that needs no login installs as before.
    let open = c.same(
        &["plugin", "install", "--grant-all-permissions", OPEN],
        None,
    );
    assert!(open
        .stdout
        .ends_with("Installed plugin 127.0.0.1:5001/hvpa/open:1\n"));
}

/// Every directory and file under `dir` with its permission bits, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let out = std::process::Command::new("find")
        .arg(dir)
        .args(["-mindepth", "1", "-printf", "%m %P\n"])
        .output()
        .unwrap();
    let mut lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    lines.sort();
    lines
}

/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// Both clients, each with a config directory of its own, compared exactly, and the trust
/// directories they leave compared too.
#[track_caller]
fn same_trust(d: &FakeDaemon, env: &[(&str, String)], args: &[&str]) -> Run {
    let mut runs = Vec::new();
    let mut trees = Vec::new();
    for docker in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let c = Client {
            env: env.to_vec(),
            ..Client::new(d, dir.path())
        };
        let (mut run, asked) = c.piped(docker, args, None);
        run.stdout = normalise(&run.stdout);
        runs.push((run, asked));
        trees.push(tree(dir.path()));
    }
    let (ours, theirs) = (&runs[1], &runs[0]);
    common::assert_same(&format!("{args:?} {env:?}"), &ours.0, &theirs.0);
    assert_eq!(ours.1, theirs.1, "requests of {args:?} {env:?}");
    assert_eq!(trees[1], trees[0], "trust directories of {args:?} {env:?}");
    ours.0.clone()
}

#[test]
fn content_trust_through_an_unreachable_server() {
    if common::docker(&[]).is_none() {
        return;
    }
    let d = daemon();
    let server = format!("https://127.0.0.1:{}", closed_port());
    let on = |v: &str| {
        vec![
            ("DOCKER_CONTENT_TRUST", v.to_string()),
            ("DOCKER_CONTENT_TRUST_SERVER", server.clone()),
        ]
    };
    let refused = format!(
        "Error: error contacting notary server: dial tcp {}: connect: connection refused\n",
        server.trim_start_matches("https://")
    );
    // install resolves the tag through the trust server first; untagged means latest.
    let r = same_trust(&d, &on("1"), &["plugin", "install", OPEN]);
    assert_eq!((r.code, r.stderr.as_str()), (1, refused.as_str()));
    same_trust(
        &d,
        &on("1"),
        &["plugin", "install", "127.0.0.1:5001/hvpa/open"],
    );
    same_trust(&d, &on("maybe"), &["plugin", "install", OPEN]);
    same_trust(&d, &on("1"), &["plugin", "install", "Bad"]);
    // Off: by the variable, by the flag, or for a digest.
    let args = ["plugin", "install", "--grant-all-permissions", OPEN];
    let off = same_trust(&d, &on("0"), &args);
    assert_eq!(off.code, 0, "{off:?}");
    let args = [
        "plugin",
        "install",
        "--disable-content-trust",
        "--grant-all-permissions",
        OPEN,
    ];
    same_trust(&d, &on("1"), &args);
    let digest = "127.0.0.1:5001/hvpa/open@sha256:0123456789012345678901234567890123456789012345678901234567890123";
    same_trust(
        &d,
        &on("1"),
        &["plugin", "install", "--grant-all-permissions", digest],
    );
    // `--disable-content-trust=false` turns it on without the variable.
    let args = ["plugin", "install", "--disable-content-trust=false", OPEN];
    same_trust(
        &d,
        &[("DOCKER_CONTENT_TRUST_SERVER", server.clone())],
        &args,
    );
    // A trust server that is not https.
    let plain = vec![
        ("DOCKER_CONTENT_TRUST", "1".to_string()),
        (
            "DOCKER_CONTENT_TRUST_SERVER",
            "http://127.0.0.1:1".to_string(),
        ),
    ];
    same_trust(&d, &plain, &["plugin", "install", OPEN]);
    same_trust(&d, &plain, &["plugin", "push", OPEN]);

    // upgrade asks after its own checks; push signs after pushing.
    same_trust(&d, &on("1"), &["plugin", "upgrade", OPEN]);
    let pushed = same_trust(&d, &on("1"), &["plugin", "push", OPEN]);
    assert!(pushed
        .stdout
        .ends_with("Signing and pushing trust metadata\n"));
    same_trust(
        &d,
        &on("1"),
        &["plugin", "push", "--disable-content-trust", OPEN],
    );
    // create has no content trust.
    same_trust(
        &d,
        &on("1"),
        &["plugin", "create", "--disable-content-trust", OPEN, "."],
    );
    // The help no longer says the flag is on by default.
    for verb in ["install", "upgrade", "push"] {
        let help = same_trust(&d, &on("1"), &["plugin", verb, "--help"]);
        assert!(help.stdout.contains("--disable-content-trust"), "{help:?}");
        assert!(!help.stdout.contains("(default true)"), "{help:?}");
    }
}

/// A trust server that refuses — no trust data (404), not authorized (401), broken (500):
/// `plugin install` fails with docker's `NotaryError` texts, the same trust directories left.
#[test]
fn content_trust_through_a_refusing_server() {
    if common::docker(&[]).is_none() {
        return;
    }
    let d = daemon();
    for status in [404, 401, 500] {
        let env = vec![
            ("DOCKER_CONTENT_TRUST", "1".to_string()),
            ("DOCKER_CONTENT_TRUST_SERVER", refusing_server(status)),
        ];
        let r = same_trust(&d, &env, &["plugin", "install", OPEN]);
        assert_eq!(r.code, 1, "{r:?}");
    }
}
