//! What a test needs from the machine, and what happens when it is missing.
//!
//! A test that cannot run says so instead of passing: [`require`] checks the parts it needs; when
//! one is missing it records `SKIP <crate>::<test> <reason>` (one line, appended) in the file named
//! by `HVDOCK_SKIP_FILE` — `scripts/test.sh` sets it, counts those tests as skipped rather than
//! passed and lists them with their reasons — and the test returns early. Under `CI=true` a
//! missing required part (the reference client, runsc, sshd, the registries, zsh, fish) is a failure, not a
//! skip: the provisioned machines always have them.
//!
//! ```ignore
//! if !require(Need::Docker | Need::Runsc) {
//!     return;
//! }
//! ```
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::Duration;

/// A part of the machine a test may need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// The reference client, `/usr/local/bin/docker` (see `reference_docker`).
    Docker,
    /// gVisor registered with the engine as runtime `runsc`.
    Runsc,
    /// OpenSSH's server and client (`/usr/sbin/sshd`, `ssh`, `ssh-keygen`).
    Sshd,
    /// The test registries on 127.0.0.1:5000 (plain) and 127.0.0.1:5001 (htpasswd).
    Registry,
    /// zsh, to drive the zsh completion script for real.
    Zsh,
    /// fish, to drive the fish completion script for real.
    Fish,
    /// A program on `PATH` that the provisioning does not promise (`make`, `man`, `groff`):
    /// missing, it is a reported skip even under `CI=true`.
    Program(&'static str),
}

/// Several needs: `Need::Docker | Need::Runsc`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Needs(pub Vec<Need>);

impl From<Need> for Needs {
    fn from(n: Need) -> Needs {
        Needs(vec![n])
    }
}

impl std::ops::BitOr for Need {
    type Output = Needs;
    fn bitor(self, rhs: Need) -> Needs {
        Needs(vec![self, rhs])
    }
}

impl std::ops::BitOr<Need> for Needs {
    type Output = Needs;
    fn bitor(mut self, rhs: Need) -> Needs {
        self.0.push(rhs);
        self
    }
}

impl Need {
    /// Why this part is not usable, or `None` when it is.
    pub fn missing(self) -> Option<String> {
        match self {
            Need::Docker => {
                let path = super::reference_docker();
                (!Path::new(&path).exists())
                    .then(|| format!("the reference client {path} is missing"))
            }
            Need::Runsc => {
                let (status, body) = super::api("GET", "/info", None);
                let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
                (status != 200 || v["Runtimes"].get("runsc").is_none())
                    .then(|| "runtime runsc is not registered with the engine".to_string())
            }
            Need::Sshd => {
                if !Path::new("/usr/sbin/sshd").exists() {
                    Some("/usr/sbin/sshd is missing".to_string())
                } else {
                    ["ssh", "ssh-keygen"]
                        .into_iter()
                        .find(|p| !on_path(p))
                        .map(|p| format!("{p} is not on PATH"))
                }
            }
            Need::Registry => ["127.0.0.1:5000", "127.0.0.1:5001"]
                .into_iter()
                .find(|a| !registry_answers(a))
                .map(|a| format!("no registry answers on {a} (scripts/provision.sh starts it)")),
            Need::Zsh => (!on_path("zsh")).then(|| "zsh is not installed".to_string()),
            Need::Fish => (!on_path("fish")).then(|| "fish is not installed".to_string()),
            Need::Program(p) => (!on_path(p)).then(|| format!("{p} is not installed")),
        }
    }

    /// Parts the provisioned machines always have: missing under `CI=true`, the test fails.
    pub fn required_in_ci(self) -> bool {
        !matches!(self, Need::Program(_))
    }
}

/// True when every need is met. Otherwise, under `CI=true` and for a part CI must have, panics
/// naming what is missing; else records the skip (see the module docs) and returns false.
#[must_use = "a test whose needs are missing must return: `if !require(..) { return; }`"]
pub fn require(needs: impl Into<Needs>) -> bool {
    let mut reasons = Vec::new();
    let mut fatal = false;
    for n in needs.into().0 {
        if let Some(why) = n.missing() {
            fatal |= n.required_in_ci();
            reasons.push(why);
        }
    }
    if reasons.is_empty() {
        return true;
    }
    let reason = reasons.join("; ");
    if fatal && in_ci() {
        panic!("CI=true and a required part is missing: {reason}");
    }
    skip(&reason);
    false
}

/// Records that the current test skips (part of) what it checks, for `reason` (see the module
/// docs). It never fails the test, even under `CI=true`: for a part CI must have, use
/// [`require`], which does.
pub fn skip(reason: &str) {
    let name = test_name();
    eprintln!("SKIP {name}: {reason}");
    if let Ok(file) = std::env::var("HVDOCK_SKIP_FILE") {
        let line = format!("SKIP {name} {}\n", reason.replace('\n', " "));
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&file)
            .unwrap_or_else(|e| panic!("HVDOCK_SKIP_FILE={file}: {e}"));
        // One write per line: concurrent tests append whole lines.
        f.write_all(line.as_bytes())
            .unwrap_or_else(|e| panic!("HVDOCK_SKIP_FILE={file}: {e}"));
    }
}

/// `CI=true` in the environment.
pub fn in_ci() -> bool {
    std::env::var("CI").as_deref() == Ok("true")
}

/// `<test crate>::<test path>`, as `scripts/test.sh` matches it against cargo's output (libtest
/// names each test's thread after the test).
pub fn test_name() -> String {
    let thread = std::thread::current();
    format!(
        "{}::{}",
        env!("CARGO_CRATE_NAME"),
        thread.name().unwrap_or("unknown")
    )
}

fn on_path(program: &str) -> bool {
    std::env::var("PATH")
        .unwrap_or_default()
        .split(':')
        .any(|d| Path::new(d).join(program).is_file())
}

/// `GET /v2/` answers with HTTP 200 or 401 (the htpasswd registry).
fn registry_answers(addr: &str) -> bool {
    let Ok(mut s) = TcpStream::connect(addr) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
    if s.write_all(b"GET /v2/ HTTP/1.0\r\nHost: localhost\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut head = [0u8; 12];
    if s.read_exact(&mut head).is_err() {
        return false;
    }
    matches!(&head[9..12], b"200" | b"401")
}
