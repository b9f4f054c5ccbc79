//! `hvdock swarm unlock`: asks for the key (without echo on a terminal) only when the node is
//! locked.

use std::io::{BufRead, IsTerminal};

use anyhow::Result;
use serde_json::json;

use super::info;
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::raw;
use crate::error::CliError;

pub async fn run(ctx: &Ctx) -> Result<()> {
    let engine = ctx.engine()?;
    let info = info(engine).await?;
    match info["Swarm"]["LocalNodeState"].as_str().unwrap_or_default() {
        "inactive" => {
            return Err(CliError::message(
                "Error: This node is not part of a swarm",
                1,
            ))
        }
        "locked" => {}
        _ => return Err(CliError::message("Error: swarm is not locked", 1)),
    }
    let key = read_key("Enter unlock key: ")?;
    let path = ApiPath::new("/swarm/unlock");
    raw::send_only(
        engine,
        http::Method::POST,
        &path,
        Some(&json!({ "UnlockKey": key })),
    )
    .await?;
    Ok(())
}

/// docker's `readKey`: a password prompt on a terminal, else the first line of stdin.
fn read_key(prompt: &str) -> Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return crate::commands::auth::login::prompt(prompt, false, &mut std::io::stdout());
    }
    let mut line = String::new();
    stdin.lock().take_line(&mut line)?;
    Ok(line.trim().to_string())
}

/// Reads one line (at most 64 KiB, so a stream without newlines cannot exhaust memory).
trait TakeLine {
    fn take_line(&mut self, out: &mut String) -> std::io::Result<usize>;
}

impl<R: BufRead> TakeLine for R {
    fn take_line(&mut self, out: &mut String) -> std::io::Result<usize> {
        use std::io::Read;
        self.take(64 * 1024).read_line(out)
    }
}
