//! `top` for sandboxed containers (gVisor `runsc`, Kata): `ps` runs inside the container through
//! an exec (non-TTY, demultiplexed exactly) and its output is parsed as the daemon parses the
//! host's `ps`: the header's words are the titles, each line is split on blanks with the last
//! column keeping the rest of the line.
//!
//! Columns: with no ps options hvdock asks for docker's `ps -ef` columns. An image with procps
//! answers them exactly (`UID PID PPID C STIME TTY TIME CMD`). BusyBox's `ps` ignores `-ef` and
//! cannot report C, STIME or TIME, so hvdock then asks for `-o user,pid,ppid,tty,args` and titles
//! those columns with docker's names: `UID PID PPID TTY CMD` (the same columns in docker's order,
//! minus the three busybox does not have; nothing is made up). If that fails too, `ps`'s own
//! header and rows are shown. With explicit ps options, `ps`'s own header is shown, as docker
//! does. The `ps` that hvdock itself ran is left out of the list.

use anyhow::Result;

use super::top::ProcessList;
use crate::engine::Engine;
use crate::error::CliError;
use crate::stream::capture;

/// docker's `ps -ef` titles.
const DOCKER_TITLES: [&str; 8] = ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"];
/// busybox `ps -o` fields and the docker titles they stand for.
const BUSYBOX_FIELDS: &str = "user,pid,ppid,tty,args";
const BUSYBOX_TITLES: [&str; 5] = ["UID", "PID", "PPID", "TTY", "CMD"];

/// Does this `HostConfig.Runtime` run containers in a sandbox with its own process table?
pub fn is_sandbox(runtime: &str) -> bool {
    crate::isolation::runtime::classify(runtime, "", "") != crate::isolation::Class::Namespace
}

pub(super) async fn top(engine: &Engine, id: &str, ps_args: &[String]) -> Result<ProcessList> {
    if !ps_args.is_empty() {
        let cmd: Vec<String> = std::iter::once("ps".to_string())
            .chain(ps_args.iter().cloned())
            .collect();
        return parse(&run_ps(engine, id, &cmd).await?, &cmd);
    }
    let ef = vec!["ps".to_string(), "-ef".to_string()];
    let ef_out = run_ps(engine, id, &ef).await?;
    let list = parse(&ef_out, &ef);
    if matches!(&list, Ok(l) if l.titles == DOCKER_TITLES) {
        return list;
    }
    let o = vec![
        "ps".to_string(),
        "-o".to_string(),
        BUSYBOX_FIELDS.to_string(),
    ];
    match run_ps(engine, id, &o).await.and_then(|out| parse(&out, &o)) {
        Ok(mut l) if l.titles.len() == BUSYBOX_TITLES.len() => {
            l.titles = BUSYBOX_TITLES.iter().map(|t| t.to_string()).collect();
            Ok(l)
        }
        _ => list,
    }
}

/// The daemon's `parsePSOutput`, minus the row of our own `ps`.
fn parse(output: &str, cmd: &[String]) -> Result<ProcessList> {
    let mut lines = output.split('\n');
    let titles: Vec<String> = lines
        .next()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let Some(pid) = titles.iter().position(|t| t == "PID") else {
        return Err(daemon_style("Couldn't find PID field in ps output"));
    };
    let ours = cmd.join(" ");
    let mut processes = Vec::new();
    for line in lines.filter(|l| !l.is_empty()) {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.len() < titles.len() || fields[pid].parse::<u32>().is_err() {
            continue;
        }
        let last = titles.len() - 1;
        let mut row: Vec<String> = fields[..last].iter().map(|f| f.to_string()).collect();
        row.push(fields[last..].join(" "));
        if row[last] == ours {
            continue;
        }
        processes.push(row);
    }
    Ok(ProcessList { titles, processes })
}

/// Runs `cmd` in the container and returns its stdout; a failure reads as the daemon's would.
async fn run_ps(engine: &Engine, id: &str, cmd: &[String]) -> Result<String> {
    let argv: Vec<&str> = cmd.iter().map(String::as_str).collect();
    let out = capture::exec(engine, id, &argv).await?;
    if out.code != 0 {
        // As the daemon words a failing `ps`: its first line of stderr, else the exit status.
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first = stderr.split('\n').next().unwrap_or("");
        let why = if first.is_empty() {
            format!("exit status {}", out.code)
        } else {
            first.to_string()
        };
        return Err(daemon_style(&format!("ps: {why}")));
    }
    Ok(out.stdout_text())
}

/// Errors worded and printed as docker prints the daemon's `top` failures.
fn daemon_style(message: &str) -> anyhow::Error {
    CliError::Daemon {
        status: 500,
        message: message.to_string(),
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_busybox_ps_and_drops_our_own() {
        let cmd = vec![
            "ps".to_string(),
            "-o".to_string(),
            BUSYBOX_FIELDS.to_string(),
        ];
        let out = "USER     PID   PPID  TT     COMMAND\nroot         1     0 ?      sleep 300\nroot         7     0 ?      ps -o user,pid,ppid,tty,args\n";
        let l = parse(out, &cmd).unwrap();
        assert_eq!(l.titles, ["USER", "PID", "PPID", "TT", "COMMAND"]);
        assert_eq!(l.processes, [["root", "1", "0", "?", "sleep 300"]]);
        assert!(parse("USER COMMAND\n", &cmd).is_err());
        assert!(is_sandbox("runsc") && is_sandbox("io.containerd.kata.v2") && !is_sandbox("runc"));
    }
}
