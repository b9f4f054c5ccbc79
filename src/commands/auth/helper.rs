//! The `docker-credential-<name>` helper protocol: `store` reads `{"ServerURL","Username",
//! "Secret"}` on stdin, `get` and `erase` read the server URL, `get` answers with the same JSON.

use std::io::Write;
use std::process::{Command, Stdio};

use anyhow::{anyhow, Result};
use serde_json::json;

/// What a helper says when it has nothing for a server.
pub const NOT_FOUND: &str = "credentials not found in native keychain";

pub struct Helper {
    pub name: String,
}

/// A helper's answer: the secret, or "not found", or a failure.
pub enum Got {
    Found { username: String, secret: String },
    NotFound,
}

impl Helper {
    fn program(&self) -> String {
        format!("docker-credential-{}", self.name)
    }

    /// Runs `docker-credential-<name> <verb>` with `input` on stdin (its stderr is ours, as
    /// docker lets it through); returns its stdout, or (as docker-credential-helpers' client
    /// words it) `err: <exit status>, out: `<stdout>``.
    fn call(&self, verb: &str, input: &[u8]) -> Result<Vec<u8>, Failure> {
        let program = self.program();
        let failure = |err: String| Failure {
            err,
            out: String::new(),
        };
        let mut child = Command::new(&program)
            .arg(verb)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| {
                failure(if e.kind() == std::io::ErrorKind::NotFound {
                    format!("exec: \"{program}\": executable file not found in $PATH")
                } else {
                    format!("fork/exec {program}: {e}")
                })
            })?;
        if let Some(mut stdin) = child.stdin.take() {
            // A helper that exits without reading is judged by its exit status below.
            let _ = stdin.write_all(input);
        }
        let out = child
            .wait_with_output()
            .map_err(|e| failure(e.to_string()))?;
        if !out.status.success() {
            let err = match out.status.code() {
                Some(c) => format!("exit status {c}"),
                None => "signal: killed".to_string(),
            };
            let out = String::from_utf8_lossy(&out.stdout).trim().to_string();
            return Err(Failure { err, out });
        }
        Ok(out.stdout)
    }

    pub fn get(&self, server: &str) -> Result<Got> {
        match self.call("get", server.as_bytes()) {
            Ok(out) => {
                let v: serde_json::Value = serde_json::from_slice(&out).map_err(|e| {
                    anyhow!("error reading credentials from {}: {e}", self.program())
                })?;
                let field = |k: &str| {
                    v.get(k)
                        .and_then(|s| s.as_str())
                        .unwrap_or_default()
                        .to_string()
                };
                Ok(Got::Found {
                    username: field("Username"),
                    secret: field("Secret"),
                })
            }
            Err(f) if f.out == NOT_FOUND => Ok(Got::NotFound),
            Err(f) => Err(anyhow!("error getting credentials - {f}")),
        }
    }

    /// `store`: the credentials as Go's `json.Encoder` writes them.
    pub fn store(&self, server: &str, username: &str, secret: &str) -> Result<()> {
        let body = json!({"ServerURL": server, "Username": username, "Secret": secret});
        self.call("store", &crate::format::go_json::encode(&body))
            .map(drop)
            .map_err(|f| anyhow!("error storing credentials - {f}"))
    }

    /// `list`: the server URLs the helper holds credentials for (and their user names).
    pub fn list(&self) -> Result<serde_json::Map<String, serde_json::Value>> {
        let out = self
            .call("list", b"unused")
            .map_err(|f| anyhow!("error listing credentials - {f}"))?;
        serde_json::from_slice(&out)
            .map_err(|e| anyhow!("error reading credentials from {}: {e}", self.program()))
    }

    /// `erase`: any failure (credentials not found included) is an error, as docker's client
    /// reports it.
    pub fn erase(&self, server: &str) -> Result<()> {
        self.call("erase", server.as_bytes())
            .map(drop)
            .map_err(|f| anyhow!("error erasing credentials - {f}"))
    }
}

/// A helper that failed: how (`exit status 1`, an exec error) and its trimmed stdout.
struct Failure {
    err: String,
    out: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "err: {}, out: `{}`", self.err, self.out)
    }
}
