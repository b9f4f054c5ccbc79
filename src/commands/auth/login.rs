//! `hvdock login`: checks the credentials through the daemon (`POST /auth`), then stores them.

use std::io::{BufRead, Read, Write};

use anyhow::Result;
use serde_json::json;

use super::store::{self, AuthConfig, Stored, INDEX_SERVER};
use crate::cli::login::LoginArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::stream::terminal::is_tty;

/// The registry key a `login`/`logout` argument names (Docker Hub when none).
pub fn server_key(server: Option<&str>) -> String {
    match server.filter(|s| !s.is_empty() && *s != "docker.io") {
        Some(s) => store::hostname(s),
        None => INDEX_SERVER.to_string(),
    }
}

pub async fn run(ctx: &'static Ctx, a: LoginArgs) -> Result<()> {
    let fail = |m: &str| CliError::message(m, 1);
    if a.password.is_some() {
        if a.password_stdin {
            return Err(fail(
                "conflicting options: cannot specify both --password and --password-stdin",
            ));
        }
        eprintln!("WARNING! Using --password via the CLI is insecure. Use --password-stdin.");
    }
    let mut username = a.username.clone().unwrap_or_default();
    let mut password = a.password.clone().unwrap_or_default();
    if a.password_stdin {
        if username.is_empty() {
            return Err(fail(
                "the --password-stdin option requires --username to be set",
            ));
        }
        let mut buf = String::new();
        std::io::stdin().read_to_string(&mut buf)?;
        password = buf
            .trim_end_matches('\n')
            .trim_end_matches('\r')
            .to_string();
    }
    let key = server_key(a.server.as_deref());
    if username.is_empty() || password.is_empty() {
        if !is_tty(libc::STDIN_FILENO) {
            return Err(fail(
                "Error: Cannot perform an interactive login from a non TTY device",
            ));
        }
        if username.is_empty() {
            username = prompt("Username: ", true, &mut std::io::stderr())?;
        }
        if username.is_empty() {
            return Err(fail("Error: Non-null Username Required"));
        }
        if password.is_empty() {
            password = prompt("Password: ", false, &mut std::io::stderr())?;
        }
        if password.is_empty() {
            return Err(fail("Error: Password Required"));
        }
    }
    let engine = ctx.engine()?;
    let body = json!({"username": username, "password": password, "serveraddress": key});
    let answer = raw::send_json(
        engine,
        http::Method::POST,
        &ApiPath::new("/auth"),
        Some(&body),
    )
    .await?;
    let token = answer
        .get("IdentityToken")
        .and_then(|t| t.as_str())
        .unwrap_or_default()
        .to_string();
    let auth = if token.is_empty() {
        AuthConfig {
            username,
            password,
            server_address: key.clone(),
            ..Default::default()
        }
    } else {
        AuthConfig {
            username,
            identity_token: token,
            server_address: key.clone(),
            ..Default::default()
        }
    };
    let mut config = ctx.config().clone();
    match store::store(&mut config, &key, &auth)? {
        Stored::File => eprintln!(
            "\nWARNING! Your credentials are stored unencrypted in '{}'.\n\
             Configure a credential helper to remove this warning. See\n\
             https://docs.docker.com/go/credential-store/\n",
            config.path.display()
        ),
        Stored::Helper => {}
    }
    let status = answer
        .get("Status")
        .and_then(|s| s.as_str())
        .unwrap_or("Login Succeeded");
    println!(
        "{}",
        if status.is_empty() {
            "Login Succeeded"
        } else {
            status
        }
    );
    Ok(())
}

/// Reads one line from the terminal after `label` (written to `out`), echoing it or not; the
/// terminal's modes are put back whatever happens.
pub(crate) fn prompt(label: &str, echo: bool, out: &mut dyn Write) -> Result<String> {
    let _ = out.write_all(label.as_bytes());
    let _ = out.flush();
    let mut line = String::new();
    let mut read_line = || std::io::stdin().lock().read_line(&mut line);
    let read = if echo {
        read_line()
    } else {
        let (read, quiet) = crate::stream::terminal::without_echo(read_line);
        if quiet {
            let _ = writeln!(out);
        }
        read
    };
    read?;
    Ok(line.trim_end_matches(['\n', '\r']).trim().to_string())
}
