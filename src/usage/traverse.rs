//! cobra's way from the root to the command it runs, for a line clap refused. docker parses the
//! root's flags first, without interspersing; then, its root having `TraverseChildren`, at each
//! group it gathers the flags before the next subcommand's word, a flag the group does not know
//! taking the next word as its value (cobra cannot tell). A flag unknown on the way fails there:
//! - at the root, or at a group no subcommand follows (its word was taken as a value, or none is
//!   named), with that command's usage (exit 125): `container --bogus ls` is `container`'s error
//!   (a group the daemon does not offer is refused instead: `checkpoint --bogus`);
//! - between a group's word and its subcommand's, with pflag's bare message (exit 1):
//!   `container --bogus=1 ls`.

use crate::error::code;

use super::Outcome;

/// cobra's `hasNoOptDefVal`: a known flag that takes no value of its own (`help` is the
/// root's persistent flag: every command knows it).
fn boolean(known: Option<&clap::Arg>, name: &str) -> bool {
    match known {
        Some(a) => !super::consumes_next(a),
        None => name == "help" || name == "h",
    }
}

fn long<'c>(cmd: &'c clap::Command, name: &str) -> Option<&'c clap::Arg> {
    cmd.get_arguments().find(|a| a.get_long() == Some(name))
}

fn short(cmd: &clap::Command, c: char) -> Option<&clap::Arg> {
    cmd.get_arguments().find(|a| a.get_short() == Some(c))
}

/// pflag's `isFlagArg`: `--x…` or `-x…`, not `-` or `--`.
fn is_flag(tok: &str) -> bool {
    let b = tok.as_bytes();
    (b.len() >= 3 && tok.starts_with("--")) || (b.len() >= 2 && b[0] == b'-' && b[1] != b'-')
}

/// pflag's parse of `tokens` with `cmd`'s flags: the message for the first flag it does not
/// know; it stops at `--`, and (`interspersed == false`) at the first word that is no flag.
/// A flag whose value is missing or wrong is left to the rest of the usage code (`None`).
fn unknown_flag(cmd: &clap::Command, tokens: &[String], interspersed: bool) -> Option<String> {
    let mut i = 0;
    while i < tokens.len() {
        let tok = tokens[i].as_str();
        i += 1;
        if tok == "--" {
            return None;
        }
        if !is_flag(tok) {
            if interspersed {
                continue;
            }
            return None;
        }
        if let Some(rest) = tok.strip_prefix("--") {
            let (name, inline) = match rest.split_once('=') {
                Some((n, _)) => (n, true),
                None => (rest, false),
            };
            match long(cmd, name) {
                Some(a) if super::consumes_next(a) && !inline => i += 1,
                Some(_) => {}
                None if name == "help" => {}
                None => return Some(format!("unknown flag: --{name}")),
            }
            continue;
        }
        let shorts = &tok[1..];
        for (at, c) in shorts.char_indices() {
            let after = &shorts[at + c.len_utf8()..];
            match short(cmd, c) {
                None if c == 'h' => {}
                None => {
                    return Some(format!(
                        "unknown shorthand flag: '{c}' in -{}",
                        &shorts[at..]
                    ))
                }
                Some(a) if super::consumes_next(a) => {
                    if after.is_empty() {
                        i += 1;
                    }
                    break;
                }
                Some(_) if after.starts_with('=') => break,
                Some(_) => {}
            }
        }
    }
    None
}

fn subcommand<'c>(cmd: &'c clap::Command, word: &str) -> Option<&'c clap::Command> {
    cmd.get_subcommands()
        .find(|s| s.get_name() == word || s.get_all_aliases().any(|a| a == word))
}

/// cobra's `Traverse` over a group's words from `start`: the index of the next subcommand's
/// word and that subcommand, if one follows the group's flags.
fn next_word<'c>(
    cur: &'c clap::Command,
    args: &[String],
    start: usize,
) -> Option<(usize, &'c clap::Command)> {
    let mut in_flag = false;
    for (j, tok) in args.iter().enumerate().skip(start) {
        if let Some(name) = tok.strip_prefix("--").filter(|t| !t.contains('=')) {
            in_flag = !boolean(long(cur, name), name);
            continue;
        }
        let mut chars = tok.chars();
        if let (Some('-'), Some(c), None) = (chars.next(), chars.next(), chars.next()) {
            if c != '=' {
                in_flag = !boolean(short(cur, c), &c.to_string());
                continue;
            }
        }
        if in_flag {
            in_flag = false;
            continue;
        }
        if is_flag(tok) {
            continue;
        }
        return subcommand(cur, tok).map(|sub| (j, sub));
    }
    None
}

/// A traversal that failed: docker's outcome, unless the command it failed at is one the
/// daemon does not offer (docker's flag error handler checks that first, and refuses it).
pub struct Failure {
    pub outcome: Outcome,
    pub checked: Option<super::Annotated>,
}

/// The usage error of the command at `path`.
fn usage(path: &[&clap::Command], message: &str) -> Failure {
    Failure {
        outcome: super::flag_error(path, message),
        checked: super::annotated_in(path, Vec::new()),
    }
}

/// What docker gives `args` (program name excluded) when cobra's traversal fails on an unknown
/// flag of the root or of a group; `None` when it reaches the command clap names, or fails
/// otherwise (the rest of the usage code reports that).
pub fn failure(root: &clap::Command, args: &[String]) -> Option<Failure> {
    if let Some(message) = unknown_flag(root, args, false) {
        return Some(usage(&[root], &message));
    }
    let word = crate::plugins::globals::command_index(root, args).ok()??;
    let mut path = vec![root, subcommand(root, &args[word])?];
    let mut start = word + 1;
    loop {
        let cur = *path.last()?;
        if !cur.has_subcommands() {
            return None;
        }
        let Some((j, sub)) = next_word(cur, args, start) else {
            // No subcommand follows: the group itself runs, and parses all its words as flags.
            let message = unknown_flag(cur, &args[start..], true)?;
            return Some(usage(&path, &message));
        };
        // cobra parses the group's flags before it goes on into the subcommand.
        if let Some(message) = unknown_flag(cur, &args[start..j], true) {
            let outcome = Outcome {
                notice: None,
                text: format!("{message}\n"),
                code: code::FAILURE,
                stdout: false,
            };
            return Some(Failure {
                outcome,
                checked: None,
            });
        }
        path.push(sub);
        start = j + 1;
    }
}

/// The `h`s pflag reads as the deprecated help shorthand in `tokens` (up to `--`): each `-h`,
/// and an `h` in a cluster of `cmd`'s booleans (`-hq`); a flag that takes a value ends its
/// cluster.
fn help_shorthands(cmd: &clap::Command, tokens: &[String]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < tokens.len() {
        let tok = tokens[i].as_str();
        i += 1;
        if tok == "--" {
            break;
        }
        if let Some(rest) = tok.strip_prefix("--") {
            if !rest.contains('=') && long(cmd, rest).is_some_and(super::consumes_next) {
                i += 1;
            }
            continue;
        }
        let Some(shorts) = tok.strip_prefix('-').filter(|s| !s.is_empty()) else {
            continue;
        };
        for (at, c) in shorts.char_indices() {
            match short(cmd, c) {
                Some(a) if a.get_id() == "help" => n += 1,
                None if c == 'h' => n += 1,
                Some(a) if super::consumes_next(a) => {
                    if shorts[at + c.len_utf8()..].is_empty() {
                        i += 1;
                    }
                    break;
                }
                Some(_) => {}
                None => break,
            }
        }
    }
    n
}

/// How many times docker prints `Flag shorthand -h has been deprecated` before a subcommand's
/// help: once for each `-h` among the command's own flags, three times for each one a group
/// took on the way (cobra's traversal parses it, and docker's help traverses the line twice
/// more); 0 when the command's `-h` is not help (`run -h HOST`).
pub fn help_notices(root: &clap::Command, args: &[String]) -> usize {
    let Some(Some(word)) = crate::plugins::globals::command_index(root, args).ok() else {
        return 0;
    };
    let Some(mut cur) = subcommand(root, &args[word]) else {
        return 0;
    };
    let mut start = word + 1;
    let mut on_the_way = 0;
    while cur.has_subcommands() {
        let Some((j, sub)) = next_word(cur, args, start) else {
            break;
        };
        on_the_way += help_shorthands(cur, &args[start..j]);
        cur = sub;
        start = j + 1;
    }
    let help_is_short = cur
        .get_arguments()
        .any(|a| a.get_id() == "help" && a.get_short() == Some('h'));
    match help_is_short {
        true => 3 * on_the_way + help_shorthands(cur, &args[start..]),
        false => 0,
    }
}
