//! What every `prune` shares: docker's confirmation prompt, the `pruneFilters` of config.json
//! merged into `--filter`, and the `Total reclaimed space` line.

use std::io::{BufRead, Write};

use anyhow::Result;

use crate::commands::Ctx;
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::format::units::human_size;

/// docker's `prompt.Confirm`: prints `message [y/N] ` on stdout, reads one line of stdin and
/// says yes only for `y`/`Y`.
pub fn confirm(message: &str) -> bool {
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "{message} [y/N] ");
    let _ = out.flush();
    drop(out);
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(_) => line.trim().eq_ignore_ascii_case("y"),
        Err(_) => false,
    }
}

/// `--filter` with config.json's `pruneFilters` merged as docker's `command.PruneFilters`.
pub fn filters(ctx: &Ctx, given: &[(String, String)]) -> Vec<(String, String)> {
    let mut all = given.to_vec();
    let configured = ctx
        .config()
        .data
        .get("pruneFilters")
        .and_then(serde_json::Value::as_array)
        .cloned()
        .unwrap_or_default();
    for f in configured.iter().filter_map(serde_json::Value::as_str) {
        let Some((k, v)) = f.split_once('=') else {
            continue;
        };
        let conflict = match k {
            "label" => "label!",
            "label!" => "label",
            _ => "",
        };
        if !conflict.is_empty() && given.iter().any(|(gk, gv)| gk == conflict && gv == v) {
            continue;
        }
        all.push((k.to_string(), v.to_string()));
    }
    all
}

/// `path` with the `filters=` query when there are filters.
pub fn filtered(path: ApiPath, filters: &[(String, String)]) -> ApiPath {
    path.query_opt("filters", crate::opts::filter::to_query(filters).as_deref())
}

/// Asks unless `force`; a "no" ends the command quietly with status 0, as docker's cancelled
/// errors do.
pub fn ask(force: bool, warning: &str) -> Result<()> {
    if force || confirm(warning) {
        Ok(())
    } else {
        Err(CliError::status(0))
    }
}

/// `Deleted <What>:` and the list (a blank line after it), as docker prints a report.
pub fn deleted(title: &str, ids: &[String]) -> String {
    if ids.is_empty() {
        return String::new();
    }
    let mut s = format!("{title}:\n");
    for id in ids {
        s.push_str(id);
        s.push('\n');
    }
    s
}

pub fn reclaimed(bytes: u64) -> String {
    format!("Total reclaimed space: {}", human_size(bytes as f64))
}
