//! docker's "privilege func" (`command.RegistryAuthenticationPrivilegedFunc`): when the daemon
//! answers 401, docker says `Login prior to <command>:` and asks for a username and password
//! (`PromptUserForCredentials`), always as for Docker Hub (docker passes its index address
//! whatever the registry), and hands the result back as an `X-Registry-Auth` value.
//!
//! Like docker's prompts, a SIGINT or SIGTERM while one waits prints a newline and ends the
//! command quietly with status 0. Unlike docker, which waits for a signal when stdin ends before
//! a username, hvdock takes the end of input as an empty answer.

use std::io::{BufRead, Write};

use anyhow::Result;

use super::store::{self, AuthConfig, INDEX_SERVER};
use crate::config::ConfigFile;
use crate::error::CliError;
use crate::stream::terminal::{is_tty, NoEcho};

const REGISTER: &str = "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.";
const PAT: &str = "You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/";

fn fail(m: &str) -> anyhow::Error {
    CliError::message(m, 1)
}

/// docker's `hints.Enabled`: on unless `DOCKER_CLI_HINTS` parses as false.
fn hints_enabled() -> bool {
    !matches!(
        std::env::var("DOCKER_CLI_HINTS").as_deref(),
        Ok("0" | "f" | "F" | "false" | "FALSE" | "False")
    )
}

fn out(text: &str) {
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(text.as_bytes());
    let _ = o.flush();
}

/// docker's `prompt.ReadInput`: `label` on stdout, one line of stdin, trimmed. `None` when a
/// SIGINT or SIGTERM came first (a newline is printed, as docker does).
async fn read_input(label: &str) -> Result<Option<String>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    out(label);
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = std::io::stdin().lock().read_line(&mut line);
        let _ = tx.send(line);
    });
    tokio::select! {
        line = rx => Ok(Some(line.unwrap_or_default().trim().to_string())),
        _ = interrupt.recv() => { out("\n"); Ok(None) }
        _ = terminate.recv() => { out("\n"); Ok(None) }
    }
}

/// The end of a prompt cut short by a signal: nothing more printed, status 0.
fn terminated() -> anyhow::Error {
    CliError::status(0)
}

/// tui's `PrintNote` on stderr, with its colours when stderr is a terminal.
fn note(text: &str) {
    let tty = is_tty(libc::STDERR_FILENO);
    let header = match tty {
        true => "\x1b[1m\x1b[106m\x1b[30mi\x1b[0m\x1b[0m \x1b[96mInfo → \x1b[0m\x1b[0m",
        false => " Info -> ",
    };
    let mut s = format!("\n{header}");
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            s.push_str(&" ".repeat(9));
        }
        match tty {
            true => s.push_str(&format!("\x1b[3m{line}\x1b[0m\n")),
            false => s.push_str(&format!("{line}\n")),
        }
    }
    let _ = std::io::stderr().write_all(s.as_bytes());
}

/// `PromptUserForCredentials` with no username or password given, for Docker Hub's address.
async fn prompt_credentials(default_user: &str) -> Result<AuthConfig> {
    out(&format!("{REGISTER}\n"));
    if hints_enabled() {
        out(&format!("{PAT}\n\n"));
    }
    let label = match default_user.trim() {
        "" => "Username: ".to_string(),
        u => format!("Username ({u}): "),
    };
    let Some(mut username) = read_input(&label).await? else {
        return Err(terminated());
    };
    if username.is_empty() {
        username = default_user.trim().to_string();
    }
    if username.is_empty() {
        return Err(fail("Error: Non-null Username Required"));
    }
    let quiet = NoEcho::stdin().map_err(|e| fail(&crate::opts::oserror::describe(&e)))?;
    note("A Personal Access Token (PAT) can be used instead.\nTo create a PAT, visit \x1b[4mhttps://app.docker.com/settings\x1b[0m\n\n");
    let password = read_input("Password: ").await?;
    drop(quiet);
    let Some(password) = password else {
        return Err(terminated());
    };
    out("\n");
    if password.is_empty() {
        return Err(fail("Error: Password Required"));
    }
    Ok(AuthConfig {
        username,
        password,
        server_address: INDEX_SERVER.to_string(),
        ..Default::default()
    })
}

/// The privilege func for `repository`'s registry and `command` (`plugin install`, ...): the
/// new `X-Registry-Auth` value, or the error that ends the command.
pub async fn ask(config: &ConfigFile, repository: &str, command: &str) -> Result<String> {
    out(&format!("\nLogin prior to {command}:\n"));
    let key = store::key_for(store::registry_of(repository));
    let key = match key == INDEX_SERVER {
        true => key,
        false => store::hostname(&key),
    };
    let stored = match store::get(config, &key) {
        Ok(a) => a.unwrap_or_default(),
        Err(e) => {
            eprintln!("Unable to retrieve stored credentials for {INDEX_SERVER}, error: {e}.");
            AuthConfig::default()
        }
    };
    Ok(prompt_credentials(&stored.username).await?.header())
}
