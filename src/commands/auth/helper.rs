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

    /// Runs `docker-credential-<name> <verb>` with `input` on stdin; returns its stdout, or
    /// (as docker-credential-helpers' client does) `err: <exit status>, out: `<output>``.
    fn call(&self, verb: &str, input: &[u8]) -> Result<Vec<u8>> {
        let program = self.program();
        let mut child = Command::new(&program)
            .arg(verb)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    anyhow!("exec: \"{program}\": executable file not found in $PATH")
                } else {
                    anyhow!("error calling {program}: {e}")
                }
            })?;
        if let Some(mut stdin) = child.stdin.take() {
            // A helper that exits without reading is judged by its exit status below.
            let _ = stdin.write_all(input);
        }
        let out = child.wait_with_output()?;
        if !out.status.success() {
            let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
            let text = if text.is_empty() {
                String::from_utf8_lossy(&out.stderr).trim().to_string()
            } else {
                text
            };
            let status = match out.status.code() {
                Some(c) => format!("exit status {c}"),
                None => "signal: killed".to_string(),
            };
            if text.contains(NOT_FOUND) {
                return Err(anyhow!("{NOT_FOUND}"));
            }
            return Err(anyhow!("err: {status}, out: `{text}`"));
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
            Err(e) if e.to_string() == NOT_FOUND => Ok(Got::NotFound),
            Err(e) => Err(anyhow!("error getting credentials - {e}")),
        }
    }

    pub fn store(&self, server: &str, username: &str, secret: &str) -> Result<()> {
        let body = json!({"ServerURL": server, "Username": username, "Secret": secret});
        self.call("store", body.to_string().as_bytes())
            .map(drop)
            .map_err(|e| anyhow!("error storing credentials - {e}"))
    }

    pub fn erase(&self, server: &str) -> Result<()> {
        match self.call("erase", server.as_bytes()) {
            Ok(_) => Ok(()),
            Err(e) if e.to_string() == NOT_FOUND => Ok(()),
            Err(e) => Err(anyhow!("error erasing credentials - {e}")),
        }
    }
}
