//! Issue 19: `hvdock __complete WORD... CURRENT` answers as docker's (cobra's) `__complete`
//! does, descriptions included: every command, every subcommand and the flags of each (`-`),
//! a prefix, a flag already given, and a flag value, compared byte for byte (stdout, exit
//! code, and stderr's `Completion ended with directive: ...`; the program name normalised,
//! as docker's `--context` usage names its own `context use`).
//!
//! `LEFT` lists the lines that still differ, each with why; the test fails once one of them
//! no longer differs, so the list stays true.

mod common;

use common::*;

/// Lines that differ, and why. Most are what docker hides from its help pages at run time
/// (flags for a newer API, Windows-only, experimental, swarm-only; hvdock hides them from the
/// tree) and which cobra's completion, which never hides them, still lists.
const LEFT: &[(&str, &str)] = &[
    (
        "",
        "hvdock's own commands (compute, isolation, update's description); no bake",
    ),
    ("bake -", "no bake command"),
    (
        "container ",
        "update's description names the isolation conversion",
    ),
    ("container update -", "hvdock's --isolation"),
    ("update -", "hvdock's --isolation"),
];

/// `__complete` by one client for the words of `line` (a trailing space: an empty current
/// word).
fn complete(ours: bool, line: &str) -> Run {
    let mut args = vec!["__complete"];
    args.extend(line.split(' '));
    let cmd = if ours {
        hvdock(&args)
    } else {
        reference(&args)
    };
    let mut r = output(cmd, None);
    r.stdout = normalise(&r.stdout);
    r
}

/// The described candidates (commands, subcommands) docker lists for `line`, without their
/// descriptions (names of objects have none).
fn names(line: &str) -> Vec<String> {
    complete(false, line)
        .stdout
        .lines()
        .filter(|l| l.contains('\t'))
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn every_command_and_flag_completes_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let mut lines = vec![
        String::new(),
        "-".into(),
        "net".into(),
        "container l".into(),
        "ps -a -".into(),
        "ps --f".into(),
        "ps -f name=x --".into(),
        "network create --d".into(),
        "run --rm --restart ".into(),
    ];
    for command in names("") {
        let subs = names(&format!("{command} "));
        lines.push(format!("{command} -"));
        if !subs.is_empty() {
            lines.push(format!("{command} "));
            lines.extend(subs.iter().map(|s| format!("{command} {s} -")));
        }
    }
    let mut differ = Vec::new();
    for line in &lines {
        let (ours, theirs) = (complete(true, line), complete(false, line));
        let same = (ours.code, &ours.stdout, &ours.stderr)
            == (theirs.code, &theirs.stdout, &theirs.stderr);
        let left = LEFT.iter().any(|(l, _)| l == line);
        if !same && !left {
            differ.push(format!(
                "`{line}`:\n--- docker\n{}{}--- hvdock\n{}{}",
                theirs.stdout, theirs.stderr, ours.stdout, ours.stderr
            ));
        }
        if same && left {
            differ.push(format!("`{line}` is in LEFT but no longer differs"));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    // Descriptions are there: a command, a subcommand, a flag and its shorthand.
    let root = complete(true, "").stdout;
    assert!(root.contains("ps\tList containers\n"), "{root}");
    let flags = complete(true, "ps -").stdout;
    assert!(
        flags.starts_with("--all\tShow all containers (default shows just running)\n-a\tShow all")
    );
}
