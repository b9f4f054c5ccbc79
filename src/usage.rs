//! Turning clap's parse errors into docker's wording and exit codes.

use clap::error::{ContextKind, ContextValue, ErrorKind};

pub mod traverse;

use crate::error::code;

/// What to do with a parse failure: print `notice` on stderr, `text` (to stdout when `stdout`)
/// and exit with `code`.
pub struct Outcome {
    pub notice: Option<String>,
    pub text: String,
    pub code: i32,
    pub stdout: bool,
}

/// pflag's notice for docker's deprecated `-h` shorthand of `--help`.
const SHORT_HELP_DEPRECATED: &str = "Flag shorthand -h has been deprecated, use --help\n";

/// pflag's `--help` is a boolean flag: `--help=true` asks for help, `--help=false` is as if it
/// were not given. Tokens after `--` are left alone, and so is a value that is no boolean (for
/// [`outcome`] to refuse as docker does).
pub fn help_values(args: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(args.len());
    let mut flags = true;
    for a in args {
        if a == "--" {
            flags = false;
        }
        match a.strip_prefix("--help=").map(crate::opts::boolean::parse) {
            Some(Ok(true)) if flags => out.push("--help".to_string()),
            Some(Ok(false)) if flags => {}
            _ => out.push(a),
        }
    }
    out
}

/// Did the command's own flags (after the command word) include `--help=false`? pflag counts
/// that flag as set, so docker's hooks see `"help":"false"`.
pub fn help_set_false(root: &clap::Command, args: &[String]) -> bool {
    let line = args.get(1..).unwrap_or_default();
    let Ok(Some(start)) = crate::plugins::globals::command_index(root, line) else {
        return false;
    };
    let flags = line[start..].iter().take_while(|a| *a != "--");
    let last = flags
        .filter_map(|a| a.strip_prefix("--help="))
        .filter_map(|v| crate::opts::boolean::parse(v).ok())
        .last();
    last == Some(false)
}

/// Was help asked for with `-h` (not `--help`)?
fn short_help(path: &[&clap::Command], args: &[String]) -> bool {
    let help_is_short = path.last().is_some_and(|c| {
        c.get_arguments()
            .any(|a| a.get_id() == "help" && a.get_short() == Some('h'))
    });
    help_is_short && args.iter().take_while(|a| *a != "--").any(|a| a == "-h")
}

/// The global flags given before the command in `args` (without the program name), parsed;
/// `None` when they do not parse.
pub fn global_args(
    root: &clap::Command,
    args: &[String],
) -> Option<crate::cli::global::GlobalArgs> {
    let mut end = 0;
    while end < args.len() {
        let tok = args[end].as_str();
        if tok == "--" || !tok.starts_with('-') || tok == "-" {
            break;
        }
        let takes = if let Some(long) = tok.strip_prefix("--") {
            !long.contains('=')
                && root
                    .get_arguments()
                    .find(|a| a.get_long() == Some(long))
                    .is_some_and(consumes_next)
        } else {
            let last = tok.chars().last();
            tok.len() == 2
                && root
                    .get_arguments()
                    .find(|a| a.get_short() == last)
                    .is_some_and(consumes_next)
        };
        end += if takes { 2 } else { 1 };
    }
    let mut line = vec!["hvdock".to_string()];
    // The root's own help (`hvdock --help`) is no global flag of the line.
    let help = |t: &&String| *t == "-h" || *t == "--help" || t.starts_with("--help=");
    line.extend(
        args[..end.min(args.len())]
            .iter()
            .filter(|t| !help(t))
            .cloned(),
    );
    <crate::cli::Cli as clap::Parser>::try_parse_from(line)
        .ok()
        .map(|c| c.global)
}

/// A command line docker checks against the daemon before running it: the command or one of its
/// ancestors is annotated, or an annotated flag is given (src/cli/min_api.rs).
#[derive(Debug, Clone)]
pub struct Annotated {
    /// The canonical command, then its ancestors (`volume update`, `volume`).
    pub chain: Vec<String>,
    /// The command's path as docker names it in messages (`hvdock volume update`).
    pub shown: String,
    /// The long names of the annotated flags given on the command line.
    pub flags: Vec<String>,
}

/// The command parsed into `matches`, when docker would check it against the daemon; `None`
/// when nothing on the line is annotated (no daemon is asked).
pub fn annotated(root: &clap::Command, matches: &clap::ArgMatches) -> Option<Annotated> {
    let mut path = vec![root];
    let mut m = matches;
    while let Some((name, sub)) = m.subcommand() {
        let cmd = path.last()?.find_subcommand(name)?;
        path.push(cmd);
        m = sub;
    }
    let given: Vec<String> = path
        .last()?
        .get_arguments()
        .filter(|a| {
            m.value_source(a.get_id().as_str()) == Some(clap::parser::ValueSource::CommandLine)
        })
        .filter_map(|a| a.get_long())
        .map(str::to_string)
        .collect();
    annotated_in(&path, given)
}

/// The same for a line clap refused with `err` (an unknown flag, a bad value, a wrong number of
/// arguments): docker checks the command and the flags it parsed before the error ahead of its
/// usage errors (a flag whose value failed is not among them).
pub fn annotated_line(
    root: &clap::Command,
    args: &[String],
    err: &clap::Error,
) -> Option<Annotated> {
    let path = locate(root, args);
    let cmd = path.last()?;
    let failed = match err.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::NoEquals => {
            let arg = ctx_str(err, ContextKind::InvalidArg).unwrap_or_default();
            find_flag(cmd, &arg).and_then(|a| a.get_long()).map(|l| {
                (
                    l,
                    ctx_str(err, ContextKind::InvalidValue).unwrap_or_default(),
                )
            })
        }
        _ => None,
    };
    let (mut given, _) = flags_given(cmd, args, failed);
    given.sort_unstable();
    given.dedup();
    annotated_in(&path, given)
}

/// The command at `path` with the flags `given` (long names), when it, an ancestor or one of
/// those flags is annotated.
fn annotated_in(path: &[&clap::Command], mut given: Vec<String>) -> Option<Annotated> {
    let chain = crate::help::chain(path);
    let command = chain.first()?;
    given.retain(|l| crate::cli::min_api::flag_annotated(command, l));
    let commands = chain
        .iter()
        .any(|c| !crate::cli::min_api::command_needs(c).is_empty());
    (commands || !given.is_empty()).then(|| Annotated {
        shown: crate::help::command_path(path),
        chain,
        flags: given,
    })
}

/// pflag's notices for the deprecated flags on the line (`Flag --orchestrator has been
/// deprecated, option will be ignored`), one per use; cobra prints them (on the command's
/// output) only when all the flags parsed, so none when one is unknown.
pub fn deprecation_notices(root: &clap::Command, args: &[String]) -> String {
    let path = locate(root, args);
    let Some(cmd) = path.last() else {
        return String::new();
    };
    let chain = crate::help::chain(&path);
    match flags_given(cmd, args, None) {
        (flags, true) => flags
            .iter()
            .filter_map(|f| crate::cli::min_api::deprecation(&chain, f))
            .map(|n| n + "\n")
            .collect(),
        (_, false) => String::new(),
    }
}

/// The long names of `cmd`'s flags given on `args` (repeats included, in order) up to the first
/// flag it does not know (or `failed`: a long name and the value it refused), and whether every
/// flag parsed.
fn flags_given(
    cmd: &clap::Command,
    args: &[String],
    failed: Option<(&str, String)>,
) -> (Vec<String>, bool) {
    let mut flags = Vec::new();
    let mut tokens = args.iter();
    while let Some(tok) = tokens.next() {
        if tok == "--" {
            break;
        }
        if let Some(long) = tok.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (long, None),
            };
            let Some(arg) = cmd.get_arguments().find(|a| a.get_long() == Some(name)) else {
                return (flags, false);
            };
            let value = match inline {
                Some(v) => Some(v),
                None if consumes_next(arg) => match tokens.next() {
                    Some(v) => Some(v.as_str()),
                    None => return (flags, false), // its value is missing
                },
                None => None,
            };
            if failed
                .as_ref()
                .is_some_and(|(f, v)| *f == name && value.unwrap_or_default() == v)
            {
                return (flags, false);
            }
            flags.push(name.to_string());
        } else if let Some(shorts) = tok.strip_prefix('-').filter(|s| !s.is_empty()) {
            let chars: Vec<char> = shorts.chars().collect();
            for (n, c) in chars.iter().enumerate() {
                let Some(arg) = cmd.get_arguments().find(|a| a.get_short() == Some(*c)) else {
                    return (flags, false);
                };
                flags.extend(arg.get_long().map(str::to_string));
                if arg.get_action().takes_values() {
                    if n + 1 == chars.len() && consumes_next(arg) && tokens.next().is_none() {
                        return (flags, false);
                    }
                    break;
                }
            }
        }
    }
    (flags, true)
}

/// Does this flag take the next token as its value? (pflag booleans only take `=value`.)
fn consumes_next(a: &clap::Arg) -> bool {
    a.get_action().takes_values() && !a.is_require_equals_set()
}

/// Walks the command line: the chain of subcommands named (root first), and the index of the
/// first positional argument of the last one, if any.
fn walk<'a>(root: &'a clap::Command, args: &[String]) -> (Vec<&'a clap::Command>, Option<usize>) {
    let mut path = vec![root];
    let mut i = 0;
    while i < args.len() {
        let cur = *path.last().unwrap_or(&root);
        let tok = args[i].as_str();
        if tok == "--" {
            return (path, (i + 1 < args.len()).then_some(i + 1));
        }
        if let Some(long) = tok.strip_prefix("--") {
            if !long.contains('=') {
                let takes = cur
                    .get_arguments()
                    .find(|a| {
                        a.get_long() == Some(long)
                            || a.get_all_aliases().is_some_and(|v| v.contains(&long))
                    })
                    .is_some_and(consumes_next);
                if takes {
                    i += 1;
                }
            }
        } else if let Some(shorts) = tok.strip_prefix('-').filter(|s| !s.is_empty()) {
            let chars: Vec<char> = shorts.chars().collect();
            for (n, c) in chars.iter().enumerate() {
                let Some(arg) = cur.get_arguments().find(|a| a.get_short() == Some(*c)) else {
                    break;
                };
                if arg.get_action().takes_values() {
                    if n + 1 == chars.len() && consumes_next(arg) {
                        i += 1;
                    }
                    break;
                }
            }
        } else {
            match cur
                .get_subcommands()
                .find(|s| s.get_name() == tok || s.get_all_aliases().any(|a| a == tok))
            {
                Some(sub) => path.push(sub),
                None => return (path, Some(i)),
            }
        }
        i += 1;
    }
    (path, None)
}

/// The first short-flag cluster on the line with a letter `cmd` does not know, from that letter
/// on (pflag's "in -xyz"): known booleans are skipped, a known flag with a value ends its cluster.
fn unknown_short(path: &[&clap::Command], args: &[String]) -> Option<String> {
    let cmd = path[path.len() - 1];
    let known = |c: char| cmd.get_arguments().find(|a| a.get_short() == Some(c));
    let mut tokens = own_tokens(path, args);
    while let Some(tok) = tokens.next() {
        if let Some(long) = tok.strip_prefix("--") {
            let takes = cmd
                .get_arguments()
                .find(|a| a.get_long() == Some(long))
                .is_some_and(consumes_next);
            if takes {
                tokens.next();
            }
            continue;
        }
        let Some(shorts) = tok.strip_prefix('-').filter(|s| !s.is_empty()) else {
            continue;
        };
        for (at, c) in shorts.char_indices() {
            let after = &shorts[at + c.len_utf8()..];
            match known(c) {
                None => return Some(shorts[at..].to_string()),
                Some(a) if consumes_next(a) => {
                    if after.is_empty() {
                        tokens.next();
                    }
                    break;
                }
                // A boolean's `-f=false`.
                Some(_) if after.starts_with('=') => break,
                Some(_) => {}
            }
        }
    }
    None
}

/// The tokens of the last command of `path` in `args`: those after the last subcommand name
/// (all of them for the root), up to `--`.
pub fn own_tokens<'a>(
    path: &[&clap::Command],
    args: &'a [String],
) -> impl Iterator<Item = &'a String> {
    let mut names = path.iter().skip(1).peekable();
    let start = args
        .iter()
        .position(|t| match names.peek() {
            Some(c) if c.get_name() == t || c.get_all_aliases().any(|a| a == t) => {
                names.next();
                false
            }
            Some(_) => false,
            None => true,
        })
        .unwrap_or(args.len());
    args[start..].iter().take_while(|t| *t != "--")
}

/// The index in `args` of the word that names the last command of `path` (none for the root).
fn last_word(path: &[&clap::Command], args: &[String]) -> Option<usize> {
    let mut names = path.iter().skip(1).peekable();
    let mut found = None;
    for (i, a) in args.iter().enumerate() {
        let Some(c) = names.peek() else { break };
        if c.get_name() == a || c.get_all_aliases().any(|x| x == a) {
            found = Some(i);
            names.next();
        }
    }
    found
}

/// The chain of subcommands named on the command line (root first).
pub fn locate<'a>(root: &'a clap::Command, args: &[String]) -> Vec<&'a clap::Command> {
    walk(root, args).0
}

/// Builds one command: runs its deferred construction (its flags, its subcommands). Every
/// command has an override usage, so rendering it costs nothing else.
fn build(cmd: &mut clap::Command) {
    let _ = cmd.render_usage();
}

/// Builds the commands named on the command line, root first, the way clap's parser would
/// reach them; the rest of the tree stays deferred.
pub fn expand(root: &mut clap::Command, args: &[String]) {
    build(root);
    let mut depth = 1;
    loop {
        let names: Vec<String> = locate(root, args)
            .iter()
            .skip(1)
            .map(|c| c.get_name().to_string())
            .collect();
        if names.len() < depth {
            return;
        }
        let mut cur = &mut *root;
        for name in &names[..depth] {
            match cur.find_subcommand_mut(name) {
                Some(sub) => cur = sub,
                None => return,
            }
        }
        build(cur);
        depth += 1;
    }
}

/// Builds every command of the tree (help, completions and man pages look at all of them).
pub fn expand_all(cmd: &mut clap::Command) {
    build(cmd);
    for sub in cmd.get_subcommands_mut() {
        expand_all(sub);
    }
}

/// Commands whose flag parsing stops at the first positional, as docker's (pflag without
/// interspersed flags): everything after the image or container belongs to the command run
/// in the container (`hvdock run IMG --help`, `hvdock exec C ls -l`), and `tag IMG -x` names
/// a target, not a flag.
const STOP_AT_FIRST_POSITIONAL: [(&str, &str); 6] = [
    ("container", "run"),
    ("container", "create"),
    ("container", "exec"),
    ("container", "top"),
    ("container", "commit"),
    ("image", "tag"),
];

/// Inserts `--` after that first positional so clap parses the rest as values. `args` excludes
/// the program name.
pub fn stop_at_first_positional(root: &clap::Command, args: Vec<String>) -> Vec<String> {
    let (path, first) = walk(root, &args);
    let names: Vec<&str> = path.iter().skip(1).map(|c| c.get_name()).collect();
    let stops = |noun: Option<&str>, verb: &str| {
        STOP_AT_FIRST_POSITIONAL
            .iter()
            .any(|(n, v)| *v == verb && noun.is_none_or(|noun| noun == *n))
    };
    let container_verb = match names.as_slice() {
        [verb] => stops(None, verb),
        [noun, verb] => stops(Some(noun), verb),
        _ => false,
    };
    match first {
        Some(i) if container_verb && i + 1 < args.len() && (i == 0 || args[i - 1] != "--") => {
            let mut out = args;
            out.insert(i + 1, "--".to_string());
            out
        }
        _ => args,
    }
}

fn command_path(path: &[&clap::Command]) -> String {
    path.iter()
        .map(|c| c.get_name())
        .collect::<Vec<_>>()
        .join(" ")
}

/// docker's "use line" of a command.
pub fn use_line(path: &[&clap::Command]) -> String {
    let cmd = path.last().copied();
    if path.len() == 1 {
        return "hvdock [OPTIONS] COMMAND [ARG...]".into();
    }
    match cmd.and_then(|c| c.get_overridden_usage()) {
        Some(u) => u.to_string(),
        None => format!("{} [OPTIONS]", command_path(path)),
    }
}

/// A flag error: message, usage, "Run '... --help'", exit 125.
/// A group's usage is cobra's use line (`hvdock network`), as after an unknown subcommand.
fn flag_error(path: &[&clap::Command], message: &str) -> Outcome {
    let group = path.len() > 1 && path.last().is_some_and(|c| c.has_subcommands());
    let usage = match group {
        true => group_use_line(path),
        false => use_line(path),
    };
    Outcome {
        notice: None,
        text: format!(
            "{message}\n\nUsage:  {usage}\n\nRun '{} --help' for more information\n",
            command_path(path)
        ),
        code: code::CLI,
        stdout: false,
    }
}

enum Arity {
    None,
    Exact(usize),
    Min(usize),
    Max(usize),
    Range(usize, usize),
}

fn arity(cmd: &clap::Command) -> Arity {
    let mut min = 0;
    let mut max = Some(0usize);
    let mut any = false;
    for a in cmd.get_positionals() {
        any = true;
        let range = a.get_num_args().unwrap_or_else(|| 1.into());
        let multiple = range.max_values() > 1 || matches!(a.get_action(), clap::ArgAction::Append);
        if a.is_required_set() {
            min += range.min_values().max(1);
        }
        max = match (max, multiple) {
            (Some(m), false) => Some(m + 1),
            _ => None,
        };
    }
    match (any, max) {
        (false, _) => Arity::None,
        (true, None) => Arity::Min(min),
        (true, Some(m)) if m == min => Arity::Exact(m),
        (true, Some(m)) if min == 0 => Arity::Max(m),
        (true, Some(m)) => Arity::Range(min, m),
    }
}

/// The groups whose cobra `Use` says more than the name (cobra prints `UseLine()` after an
/// unknown subcommand, not the help's `COMMAND` form).
const GROUP_USE: &[(&str, &str)] = &[
    ("manifest", "COMMAND"),
    ("stack", "[OPTIONS]"),
    ("volume", "COMMAND"),
];

fn group_use_line(path: &[&clap::Command]) -> String {
    let cp = command_path(path);
    let name = path.last().map(|c| c.get_name()).unwrap_or_default();
    match GROUP_USE
        .iter()
        .find(|(g, _)| path.len() == 2 && *g == name)
    {
        Some((_, rest)) => format!("{cp} {rest}"),
        None => cp,
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        "argument"
    } else {
        "arguments"
    }
}

fn arity_error(path: &[&clap::Command], unexpected: Option<&str>) -> Outcome {
    let cp = command_path(path);
    let ul = use_line(path);
    let cmd = path[path.len() - 1];
    let text = if cmd.has_subcommands() {
        let arg = unexpected.unwrap_or_default();
        if path.len() == 1 {
            format!("hvdock: unknown command: hvdock {arg}\n\nRun 'hvdock --help' for more information\n")
        } else {
            format!("hvdock: unknown command: {cp} {arg}\n\nUsage:  {}\n\nRun '{cp} --help' for more information\n", group_use_line(path))
        }
    } else {
        match arity(cmd) {
            Arity::None => format!(
                "hvdock: '{cp}' accepts no arguments\n\nUsage:  {ul}\n\nRun '{cp} --help' for more information\n"
            ),
            Arity::Min(n) => format!(
                "hvdock: '{cp}' requires at least {n} {}\n\nUsage:  {ul}\n\nSee '{cp} --help' for more information\n",
                plural(n)
            ),
            // docker/cli really prints "SRun" here.
            Arity::Max(n) => format!(
                "hvdock: '{cp}' requires at most {n} {}\n\nUsage:  {ul}\n\nSRun '{cp} --help' for more information\n",
                plural(n)
            ),
            Arity::Range(a, b) => format!(
                "hvdock: '{cp}' requires at least {a} and at most {b} {}\n\nUsage:  {ul}\n\nRun '{cp} --help' for more information\n",
                plural(b)
            ),
            Arity::Exact(n) => format!(
                "hvdock: '{cp}' requires {n} {}\n\nUsage:  {ul}\n\nRun '{cp} --help' for more information\n",
                plural(n)
            ),
        }
    };
    Outcome {
        notice: None,
        text,
        code: code::FAILURE,
        stdout: false,
    }
}

fn ctx_str(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

/// The commands of `path` down to the last one that has the flag clap named `invalid_arg`
/// ("--debug <DEBUG>", "-D"): a global flag's error belongs to the root.
fn owner<'a, 'b>(path: &'b [&'a clap::Command], invalid_arg: &str) -> &'b [&'a clap::Command] {
    match path
        .iter()
        .rposition(|c| find_flag(c, invalid_arg).is_some())
    {
        Some(i) => &path[..=i],
        None => path,
    }
}

/// The flag of `cmd` clap renders as `invalid_arg` ("--last <LAST>" or "-n <N>"), found by its
/// long or short name.
fn find_flag<'c>(cmd: &'c clap::Command, invalid_arg: &str) -> Option<&'c clap::Arg> {
    let head = flag_head(invalid_arg);
    cmd.get_arguments().find(|a| {
        a.get_long().is_some_and(|l| head == format!("--{l}"))
            || a.get_short().is_some_and(|s| head == format!("-{s}"))
    })
}

fn flag_head(invalid_arg: &str) -> &str {
    invalid_arg
        .split([' ', '=', '['])
        .next()
        .unwrap_or(invalid_arg)
}

/// "-n, --last" for an argument id of the command.
fn flag_name(cmd: &clap::Command, invalid_arg: &str) -> String {
    let head = flag_head(invalid_arg);
    match find_flag(cmd, invalid_arg) {
        Some(a) => match (a.get_short(), a.get_long()) {
            (Some(s), Some(l)) => format!("-{s}, --{l}"),
            (None, Some(l)) => format!("--{l}"),
            (Some(s), None) => format!("-{s}"),
            (None, None) => head.to_string(),
        },
        None => head.to_string(),
    }
}

/// Maps a clap error to docker's message, stream and exit code; `daemon` is what docker knows of
/// the daemon for the help (what it does not offer is left out).
pub fn outcome(
    err: &clap::Error,
    root: &clap::Command,
    args: &[String],
    daemon: Option<&crate::cli::min_api::Daemon>,
) -> Outcome {
    let path = locate(root, args);
    let cmd = path[path.len() - 1];
    // A `--help=VALUE` left by [`help_values`] is not a boolean; before the command word it is
    // the root's flag, and the root's usage goes with the error.
    let bad_help = args
        .iter()
        .take_while(|a| *a != "--")
        .enumerate()
        .find_map(|(i, a)| a.strip_prefix("--help=").map(|v| (i, v)));
    if let Some((at, value)) = bad_help {
        let reason = crate::opts::boolean::parse(value).err().unwrap_or_default();
        let message = format!(
            "invalid argument {} for \"--help\" flag: {reason}",
            crate::format::template::print::quote(value, false)
        );
        let command_word = crate::plugins::globals::command_index(root, args)
            .ok()
            .flatten()
            .unwrap_or(args.len());
        if at < command_word {
            return flag_error(&path[..1], &message);
        }
        // Between a group's word and its subcommand's, cobra's traversal parses the group's
        // flags and fails with the bare message (exit 1).
        if last_word(&path, args).is_some_and(|w| at < w) {
            return Outcome {
                notice: None,
                text: format!("{message}\n"),
                code: code::FAILURE,
                stdout: false,
            };
        }
        return flag_error(&path, &message);
    }
    match err.kind() {
        ErrorKind::DisplayHelp => {
            let given = crate::help::Given::from_line(&path, args);
            let help = crate::help::render_given(&path, daemon, &given);
            // pflag announces the deprecated `-h` on the command's output stream: the root's
            // is stderr, a subcommand's stdout.
            let (notice, text) = match path.len() {
                1 if short_help(&path, args) => (Some(SHORT_HELP_DEPRECATED.to_string()), help),
                1 => (None, help),
                _ => {
                    let n = traverse::help_notices(root, args);
                    (None, format!("{}{help}", SHORT_HELP_DEPRECATED.repeat(n)))
                }
            };
            Outcome {
                notice,
                text,
                code: 0,
                stdout: true,
            }
        }
        ErrorKind::DisplayVersion => Outcome {
            notice: None,
            text: err.render().to_string(),
            code: 0,
            stdout: true,
        },
        // docker prints a group's help on stderr when no subcommand is given, and exits 0
        // (`manifest` a blank line first: it prints its usage itself).
        // (A group given only its own flags, `stack --orchestrator x`, is missing its verb.)
        // docker checks the group first, and refuses it if the daemon does not offer it.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            if let Some(refusal) = crate::help::refusal(&path, daemon) {
                return Outcome {
                    notice: None,
                    text: format!("{refusal}\n"),
                    code: code::FAILURE,
                    stdout: false,
                };
            }
            let help = crate::help::render(&path, daemon);
            Outcome {
                notice: None,
                text: if crate::help::is_experimental(&path) {
                    format!("\n{help}")
                } else {
                    help
                },
                code: 0,
                stdout: false,
            }
        }
        ErrorKind::InvalidSubcommand => {
            // With --help (or -h) anywhere after it, docker prints the group's help instead.
            let long = args.iter().any(|a| a == "--help");
            if long || args.iter().any(|a| a == "-h") {
                let help = crate::help::render(&path, daemon);
                return Outcome {
                    notice: None,
                    text: if long {
                        help
                    } else {
                        format!("{SHORT_HELP_DEPRECATED}{help}")
                    },
                    code: 0,
                    stdout: true,
                };
            }
            let sub = ctx_str(err, ContextKind::InvalidSubcommand).unwrap_or_default();
            arity_error(&path, Some(&sub))
        }
        ErrorKind::UnknownArgument => {
            let arg = ctx_str(err, ContextKind::InvalidArg).unwrap_or_default();
            // One argument too many after a `--` (ours, for `tag IMG X -q`, or the user's).
            let dashes = args.iter().position(|t| t == "--");
            let positional = dashes.is_some_and(|d| args.iter().skip(d + 1).any(|t| *t == arg));
            if positional {
                arity_error(&path, Some(&arg))
            } else if let Some(long) = arg.strip_prefix("--") {
                let name = long.split('=').next().unwrap_or(long);
                flag_error(&path, &format!("unknown flag: --{name}"))
            } else if let Some(shorts) = arg.strip_prefix('-').filter(|s| !s.is_empty()) {
                // docker names the first unknown letter and the rest of its cluster.
                let rest = unknown_short(&path, args).unwrap_or_else(|| shorts.to_string());
                let unknown = rest.chars().next().unwrap_or('?');
                flag_error(
                    &path,
                    &format!("unknown shorthand flag: '{unknown}' in -{rest}"),
                )
            } else {
                arity_error(&path, Some(&arg))
            }
        }
        ErrorKind::MissingRequiredArgument
        | ErrorKind::TooFewValues
        | ErrorKind::TooManyValues
        | ErrorKind::WrongNumberOfValues => {
            let arg = ctx_str(err, ContextKind::InvalidArg).unwrap_or_default();
            if arg.starts_with('-') {
                flag_error(
                    &path,
                    &format!(
                        "flag needs an argument: {}",
                        needs_arg_name(cmd, &arg, args)
                    ),
                )
            } else {
                arity_error(&path, None)
            }
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let arg = ctx_str(err, ContextKind::InvalidArg).unwrap_or_default();
            // A global flag's value fails while docker parses the root's flags: its usage.
            let path = owner(&path, &arg);
            let cmd = path[path.len() - 1];
            let value = ctx_str(err, ContextKind::InvalidValue).unwrap_or_default();
            if value.is_empty() && err.kind() == ErrorKind::InvalidValue {
                return flag_error(
                    path,
                    &format!(
                        "flag needs an argument: {}",
                        needs_arg_name(cmd, &arg, args)
                    ),
                );
            }
            let reason = match err.source() {
                Some(src) => match src.downcast_ref::<std::num::ParseIntError>() {
                    Some(e) => go_parse_int_error(cmd, &arg, &value, Some(e)),
                    // clap's ranged integer parsers: "70000 is not in 0..=65535"
                    None if src.to_string().starts_with(&format!("{value} is not in ")) => {
                        go_parse_int_error(cmd, &arg, &value, None)
                    }
                    None => src.to_string(),
                },
                None => match ctx_str(err, ContextKind::ValidValue) {
                    Some(_) => {
                        let valid: Vec<String> = match err.get(ContextKind::ValidValue) {
                            Some(ContextValue::Strings(v)) => v.clone(),
                            _ => Vec::new(),
                        };
                        format!("valid values are {}", valid.join(", "))
                    }
                    None => "invalid value".into(),
                },
            };
            flag_error(
                path,
                &format!(
                    // pflag: `invalid argument %q for %q flag: %v`
                    "invalid argument {} for \"{}\" flag: {reason}",
                    crate::format::template::print::quote(&value, false),
                    flag_name(cmd, &arg)
                ),
            )
        }
        _ => flag_error(&path, err.kind().as_str().unwrap_or("invalid usage")),
    }
}

/// docker: `--format` for long flags, `'n' in -n` for short ones, as the user spelled it.
fn needs_arg_name(cmd: &clap::Command, arg: &str, args: &[String]) -> String {
    let head = arg.split([' ', '=']).next().unwrap_or(arg);
    let found = cmd.get_arguments().find(|a| {
        a.get_long().is_some_and(|l| head == format!("--{l}"))
            || a.get_short().is_some_and(|s| head == format!("-{s}"))
    });
    if let Some(a) = found {
        for tok in args.iter().rev() {
            if let Some(long) = tok.strip_prefix("--") {
                let long = long.split('=').next().unwrap_or(long);
                if a.get_long() == Some(long)
                    || a.get_all_aliases().is_some_and(|v| v.contains(&long))
                {
                    return format!("--{long}");
                }
            } else if let (Some(c), Some(rest)) = (a.get_short(), tok.strip_prefix('-')) {
                if rest.ends_with(c) && !rest.is_empty() {
                    return format!("'{c}' in -{c}");
                }
            }
        }
    }
    head.to_string()
}

use std::error::Error as _;

/// Go's `strconv.ParseInt`/`ParseUint` wording for an integer flag clap rejected: `e` is the
/// parse error, `None` a number outside the type's range (`-1` is no unsigned number at all).
fn go_parse_int_error(
    cmd: &clap::Command,
    arg: &str,
    value: &str,
    e: Option<&std::num::ParseIntError>,
) -> String {
    let head = arg.split([' ', '=', '[']).next().unwrap_or(arg);
    let unsigned = cmd
        .get_arguments()
        .find(|a| {
            a.get_long().is_some_and(|l| head == format!("--{l}"))
                || a.get_short().is_some_and(|s| head == format!("-{s}"))
        })
        .map(|a| a.get_value_parser().type_id())
        .is_some_and(|t| {
            [
                clap::builder::ValueParser::new(clap::value_parser!(u8)).type_id(),
                clap::builder::ValueParser::new(clap::value_parser!(u16)).type_id(),
                clap::builder::ValueParser::new(clap::value_parser!(u32)).type_id(),
                clap::builder::ValueParser::new(clap::value_parser!(u64)).type_id(),
            ]
            .contains(&t)
        });
    let func = if unsigned { "ParseUint" } else { "ParseInt" };
    let why = match e.map(std::num::ParseIntError::kind) {
        Some(std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow) => {
            "value out of range"
        }
        None if !(unsigned && value.starts_with('-')) => "value out of range",
        _ => "invalid syntax",
    };
    format!("strconv.{func}: parsing \"{value}\": {why}")
}
