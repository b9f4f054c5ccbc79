//! What the multi-container verbs (stop, kill, rm, restart, pause, unpause, wait) share: apply an
//! operation to each argument, print each success in argument order as it completes, collect the
//! failures and report them together at the end (docker's `errors.Join`), exit 1 if any failed.

use std::future::Future;
use std::io::Write;

use anyhow::Result;
use futures_util::stream::{self, StreamExt};

use crate::error::CliError;

/// docker's `parallelOperation` runs at most this many requests at once.
pub const PARALLEL: usize = 50;

/// What to do with one argument's outcome.
pub enum Outcome {
    /// Print this line on stdout.
    Print(String),
    /// A failure to report on stderr right away without failing the command (`rm -f` of a
    /// container that does not exist).
    Tolerated(anyhow::Error),
}

/// Runs `op` on each container (up to `parallel` at once), handling results in argument order.
/// The error returned, if any, prints every failure on its own line and exits 1.
pub async fn each<F, Fut>(containers: &[String], parallel: usize, op: F) -> Result<()>
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Result<Outcome>>,
{
    let mut results = stream::iter(containers.iter().cloned().map(&op)).buffered(parallel.max(1));
    let mut failures = Vec::new();
    while let Some(result) = results.next().await {
        match result {
            Ok(Outcome::Print(line)) => {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{line}");
                let _ = out.flush();
            }
            Ok(Outcome::Tolerated(err)) => eprintln!("{}", rendered(&err)),
            Err(err) => failures.push(rendered(&err)),
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(CliError::message(
            failures.join("\n"),
            crate::error::code::FAILURE,
        ))
    }
}

/// An error as docker prints it.
fn rendered(err: &anyhow::Error) -> String {
    crate::error::render(err).0
}

/// docker's client refuses an empty (or all-space) reference before asking the daemon.
pub fn check_id(id: &str) -> Result<&str> {
    trim_id("container", id)
}

/// docker's client's `trimID` for an object of `kind` (`container`, `plugin`, ...).
pub fn trim_id<'a>(kind: &str, id: &'a str) -> Result<&'a str> {
    let id = id.trim();
    if id.is_empty() {
        return Err(CliError::message(
            format!("invalid {kind} name or ID: value is empty"),
            1,
        ));
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_go() {
        assert!(check_id("  ").is_err());
        assert_eq!(check_id(" c ").ok(), Some("c"));
    }
}
