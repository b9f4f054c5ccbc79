//! `--help` as docker prints it: cobra's usage template and pflag's wrapped flag table, rendered
//! from the clap tree (so every verb gets it without hand-written text).
//!
//! Layout: `Usage:  <use line>`, the description, `Aliases:` (the same command under its group
//! name, its aliases and its top-level shorthand), `Options:` sorted by long name with pflag's
//! columns and wrapping, and for groups the `Commands:` list. The root help has docker's sections
//! (Common Commands, Management Commands, Commands, Global Options) plus hvdock's own
//! (Isolation Commands).

use clap::ArgAction;

use crate::cli::min_api::{self, Daemon};
pub use crate::help_defaults::Given;

/// The program name as the tree spells it.
const PROG: &str = "hvdock";

/// docker's "Common Commands", in docker's order; only those hvdock has are listed.
const COMMON: &[&str] = &[
    "run", "exec", "ps", "build", "pull", "push", "images", "login", "logout", "search", "version",
    "info",
];

/// hvdock's own groups, listed in a section of their own in the root help.
const ISOLATION: &[&str] = &["compute", "isolation"];

/// docker's "Swarm Commands"; only those hvdock has are listed.
const SWARM: &[&str] = &["config", "node", "secret", "service", "stack", "swarm"];

/// docker's experimental commands (the `experimentalCLI` annotation): these groups and their
/// verbs carry the EXPERIMENTAL notice in their help.
const EXPERIMENTAL: &[&str] = &["manifest"];

/// Is the command at `path` one docker marks experimental?
pub fn is_experimental(path: &[&clap::Command]) -> bool {
    path.get(1)
        .is_some_and(|c| EXPERIMENTAL.contains(&c.get_name()))
}

/// Top-level shorthands and the group command they stand for (docker's `aliases` annotation).
/// A pair is used only when both commands exist in the tree.
const SHORTHANDS: &[(&str, &str, &str)] = &[
    ("attach", "container", "attach"),
    ("commit", "container", "commit"),
    ("cp", "container", "cp"),
    ("create", "container", "create"),
    ("diff", "container", "diff"),
    ("exec", "container", "exec"),
    ("export", "container", "export"),
    ("kill", "container", "kill"),
    ("logs", "container", "logs"),
    ("pause", "container", "pause"),
    ("port", "container", "port"),
    ("ps", "container", "ls"),
    ("rename", "container", "rename"),
    ("restart", "container", "restart"),
    ("rm", "container", "rm"),
    ("run", "container", "run"),
    ("start", "container", "start"),
    ("stats", "container", "stats"),
    ("stop", "container", "stop"),
    ("top", "container", "top"),
    ("unpause", "container", "unpause"),
    ("update", "container", "update"),
    ("wait", "container", "wait"),
    ("build", "image", "build"),
    ("history", "image", "history"),
    ("images", "image", "ls"),
    ("import", "image", "import"),
    ("load", "image", "load"),
    ("pull", "image", "pull"),
    ("push", "image", "push"),
    ("rmi", "image", "rm"),
    ("save", "image", "save"),
    ("tag", "image", "tag"),
    ("events", "system", "events"),
    ("info", "system", "info"),
];

/// Group verbs that are the same command as another group's (docker's `aliases` annotation of
/// `image build`): the canonical group and verb, then the other.
const ALSO: &[(&str, &str, &str, &str)] = &[("image", "build", "builder", "build")];

/// The help of the command at `path` (root first), wrapped for the terminal on stdin as docker
/// does (80 columns when stdin is no terminal); with what docker knows of the daemon, the
/// subcommands and flags it does not offer are left out, as docker does.
pub fn render(path: &[&clap::Command], daemon: Option<&Daemon>) -> String {
    render_given(path, daemon, &Given::none())
}

/// [`render`] after the command line set the flags `given` (pflag shows some defaults then).
pub fn render_given(path: &[&clap::Command], daemon: Option<&Daemon>, given: &Given) -> String {
    render_width(path, terminal_width(), daemon, given)
}

/// The canonical name of the command at `path` (root excluded): `container run` for `run`,
/// `container ls` for `container list`.
pub fn canonical(path: &[&clap::Command]) -> String {
    let names: Vec<&str> = path.iter().skip(1).map(|c| c.get_name()).collect();
    match names.as_slice() {
        [top] => SHORTHANDS
            .iter()
            .find(|(t, _, _)| t == top)
            .map(|(_, g, s)| format!("{g} {s}"))
            .unwrap_or_else(|| top.to_string()),
        [group, verb] => ALSO
            .iter()
            .find(|(_, _, g, v)| g == group && v == verb)
            .map(|(g, v, _, _)| format!("{g} {v}"))
            .unwrap_or_else(|| names.join(" ")),
        _ => names.join(" "),
    }
}

/// The canonical names of the command at `path` and of its ancestors, innermost first
/// (`volume update`, `volume`): the commands whose annotations docker checks.
pub fn chain(path: &[&clap::Command]) -> Vec<String> {
    (1..path.len())
        .rev()
        .map(|end| canonical(&path[..=end]))
        .collect()
}

/// Does the help of the command at `path` depend on the daemon: is it, one of its ancestors, a
/// subcommand or a flag annotated (src/cli/min_api.rs)?
pub fn depends_on_daemon(path: &[&clap::Command]) -> bool {
    let Some(cmd) = path.last() else {
        return false;
    };
    let command = canonical(path);
    let annotated_flag = cmd.get_arguments().any(|a| {
        a.get_long()
            .is_some_and(|l| min_api::flag_annotated(&command, l))
    });
    let annotated_sub = cmd.get_subcommands().any(|s| {
        let mut sub = path.to_vec();
        sub.push(s);
        !min_api::command_needs(&canonical(&sub)).is_empty()
    });
    let annotated_command = chain(path)
        .iter()
        .any(|c| !min_api::command_needs(c).is_empty());
    annotated_flag || annotated_sub || annotated_command
}

/// docker's refusal of the command at `path` (or of an ancestor) on `daemon`, if any.
pub fn refusal(path: &[&clap::Command], daemon: Option<&Daemon>) -> Option<String> {
    daemon.and_then(|d| min_api::command_refusal(&chain(path), &command_path(path), d))
}

/// The help of the command at `path` for a terminal `width` columns wide.
pub fn render_width(
    path: &[&clap::Command],
    width: usize,
    daemon: Option<&Daemon>,
    given: &Given,
) -> String {
    let cols = width.saturating_sub(1);
    let Some(cmd) = path.last().copied() else {
        return String::new();
    };
    if path.len() == 1 {
        return root_help(cmd, cols, daemon, given);
    }
    // docker's help checks the command first and prints its refusal instead.
    if let Some(refusal) = refusal(path, daemon) {
        return format!("{refusal}\n");
    }
    let mut out = format!("Usage:  {}\n\n{}\n", use_line(path), description(cmd));
    if is_experimental(path) {
        out.push_str(&format!(
            "\nEXPERIMENTAL:\n  {} is an experimental feature.\n  Experimental features provide early access to product functionality. These\n  features may change between releases without warning, or can be removed from a\n  future release. Learn more about experimental features in our documentation:\n  https://docs.docker.com/go/experimental/\n",
            command_path(path)
        ));
    }
    if subcommands(cmd).is_empty() {
        if let Some(aliases) = aliases(path) {
            out.push_str(&format!("\nAliases:\n  {aliases}\n"));
        }
    }
    let command = canonical(path);
    let shown = |a: &clap::Arg| {
        a.get_long()
            .is_none_or(|l| min_api::flag_shown(&command, l, daemon))
    };
    let flags = flag_usages_with(cmd, cols, &|u| u, &shown, given);
    if !flags.is_empty() {
        out.push_str(&format!("\nOptions:\n{flags}\n"));
    }
    let subs: Vec<&clap::Command> = subcommands(cmd)
        .into_iter()
        .filter(|s| {
            let mut sub = path.to_vec();
            sub.push(s);
            min_api::command_shown(&canonical(&sub), daemon)
        })
        .collect();
    if !subs.is_empty() {
        // cobra pads names for every subcommand, hidden ones included.
        let pad = name_padding(&subcommands(cmd));
        let (groups, verbs): (Vec<_>, Vec<_>) = subs.iter().partition(|s| s.has_subcommands());
        push_section(&mut out, "Management Commands", &groups, pad);
        push_section(&mut out, "Commands", &verbs, pad);
        out.push_str(&format!(
            "\nRun '{} COMMAND --help' for more information on a command.\n",
            command_path(path)
        ));
    }
    out
}

/// The root's help: its subcommands the daemon offers, as docker hides the others.
fn root_help(root: &clap::Command, cols: usize, daemon: Option<&Daemon>, given: &Given) -> String {
    let usage = root
        .get_overridden_usage()
        .map(|u| u.to_string())
        .unwrap_or_else(|| format!("{PROG} [OPTIONS] COMMAND"));
    let mut out = format!("Usage:  {usage}\n\n{}\n", description(root));
    let all = subcommands(root);
    let pad = name_padding(&all).max(crate::plugins::show::longest_name());
    let subs: Vec<&clap::Command> = all
        .into_iter()
        .filter(|s| min_api::command_shown(&canonical(&[root, s]), daemon))
        .collect();
    let find = |name: &str| subs.iter().copied().find(|s| s.get_name() == name);
    let common: Vec<&clap::Command> = COMMON.iter().filter_map(|n| find(n)).collect();
    let own: Vec<&clap::Command> = ISOLATION.iter().filter_map(|n| find(n)).collect();
    let swarm: Vec<&clap::Command> = SWARM.iter().filter_map(|n| find(n)).collect();
    let rest = |group: bool| -> Vec<&clap::Command> {
        subs.iter()
            .copied()
            .filter(|s| s.has_subcommands() == group)
            .filter(|s| {
                let n = s.get_name();
                !COMMON.contains(&n) && !ISOLATION.contains(&n) && !SWARM.contains(&n)
            })
            .collect()
    };
    push_section(&mut out, "Common Commands", &common, pad);
    push_management(&mut out, &rest(true), pad);
    push_section(&mut out, "Swarm Commands", &swarm, pad);
    push_section(&mut out, "Isolation Commands", &own, pad);
    push_section(&mut out, "Commands", &rest(false), pad);
    out.push_str(&crate::plugins::show::invalid_section(pad));
    let flags = flag_usages_with(root, cols, &config_defaults, &|_| true, given);
    if !flags.is_empty() {
        out.push_str(&format!("\nGlobal Options:\n{flags}\n"));
    }
    out.push_str(&format!(
        "\nRun '{PROG} COMMAND --help' for more information on a command.\n\n\
         For more help on how to use {PROG}, see 'man {PROG}' and https://docs.docker.com/go/guides/\n"
    ));
    out
}

/// `  name        Short description` lines under a heading, as cobra's template pads them.
fn push_section(out: &mut String, title: &str, cmds: &[&clap::Command], pad: usize) {
    if cmds.is_empty() {
        return;
    }
    out.push_str(&format!("\n{title}:\n"));
    for c in cmds {
        out.push_str(&command_line(c, pad));
    }
}

fn command_line(c: &clap::Command, pad: usize) -> String {
    format!("  {:<pad$} {}\n", c.get_name(), short_description(c))
}

/// A command's one-line description (cobra's `Short`).
pub fn short_description(c: &clap::Command) -> String {
    let short = c.get_about().map(|a| a.to_string()).unwrap_or_default();
    short.lines().next().unwrap_or_default().trim().to_string()
}

/// The flags a help page lists for `cmd` (sorted by long name): not hidden, with a long name,
/// not clap's own `-h, --help`; the global flags only on the root's page when `globals`.
pub fn listed_flags(cmd: &clap::Command, globals: bool) -> Vec<&clap::Arg> {
    let mut args: Vec<&clap::Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_positional() && !a.is_hide_set() && a.get_long().is_some())
        .filter(|a| !(a.get_id() == "help" && a.get_short().is_some()))
        .filter(|a| globals || !a.is_global_set())
        .collect();
    args.sort_by(|a, b| a.get_long().cmp(&b.get_long()));
    args
}

/// A flag's usage as docker's flag set holds it (pflag's `Usage`, before the default it adds),
/// line breaks included.
pub fn flag_usage(a: &clap::Arg) -> String {
    a.get_long_help()
        .or(a.get_help())
        .map(|h| format_help_lines(&h.to_string()))
        .unwrap_or_default()
}

/// Management Commands, with the valid CLI plugins among them in name order, marked `*` as
/// docker marks them.
fn push_management(out: &mut String, cmds: &[&clap::Command], pad: usize) {
    let plugins = crate::plugins::show::valid();
    if cmds.is_empty() && plugins.is_empty() {
        return;
    }
    let mut lines: Vec<(&str, String)> = cmds
        .iter()
        .map(|c| (c.get_name(), command_line(c, pad)))
        .collect();
    lines.extend(
        plugins
            .iter()
            .map(|p| (p.name.as_str(), crate::plugins::show::help_line(p, pad))),
    );
    lines.sort_by(|a, b| a.0.cmp(b.0));
    out.push_str("\nManagement Commands:\n");
    for (_, line) in lines {
        out.push_str(&line);
    }
}

/// cobra's NamePadding: the longest visible name, at least 11.
fn name_padding(cmds: &[&clap::Command]) -> usize {
    cmds.iter()
        .map(|c| c.get_name().len())
        .max()
        .unwrap_or(0)
        .max(11)
}

/// Visible subcommands sorted by name (cobra sorts them); `help` is docker's hidden one.
fn subcommands(cmd: &clap::Command) -> Vec<&clap::Command> {
    let mut subs: Vec<&clap::Command> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .collect();
    subs.sort_by(|a, b| a.get_name().cmp(b.get_name()));
    subs
}

/// The command's path as docker names it (`hvdock volume update`).
pub fn command_path(path: &[&clap::Command]) -> String {
    path.iter()
        .map(|c| c.get_name())
        .collect::<Vec<_>>()
        .join(" ")
}

fn use_line(path: &[&clap::Command]) -> String {
    let Some(cmd) = path.last() else {
        return PROG.into();
    };
    match cmd.get_overridden_usage() {
        Some(u) => u.to_string(),
        None if cmd.has_subcommands() => format!("{} COMMAND", command_path(path)),
        None => format!("{} [OPTIONS]", command_path(path)),
    }
}

/// docker prints Long when set, else Short.
fn description(cmd: &clap::Command) -> String {
    cmd.get_long_about()
        .or(cmd.get_about())
        .map(|s| s.to_string().trim().to_string())
        .unwrap_or_default()
}

/// docker's `Aliases:` line: the command under its group name and its aliases, then the
/// top-level shorthand; `None` when the command has neither aliases nor a shorthand.
fn aliases(path: &[&clap::Command]) -> Option<String> {
    let root = path.first().copied()?;
    let cmd = path.last().copied()?;
    // The canonical (group) command this one is.
    let (group, canonical) = match path.len() {
        2 => {
            let (_, g, s) = SHORTHANDS.iter().find(|(t, _, _)| *t == cmd.get_name())?;
            let group = root.find_subcommand(g)?;
            (group, group.find_subcommand(s)?)
        }
        3 => match ALSO
            .iter()
            .find(|(_, _, g, c)| *g == path[1].get_name() && *c == cmd.get_name())
        {
            Some((g, c, _, _)) => {
                let group = root.find_subcommand(g)?;
                (group, group.find_subcommand(c)?)
            }
            None => (path[1], cmd),
        },
        _ => (path[path.len() - 2], cmd),
    };
    let prefix = if path.len() > 3 {
        command_path(&path[..path.len() - 1])
    } else {
        format!("{} {}", root.get_name(), group.get_name())
    };
    let mut names = vec![format!("{prefix} {}", canonical.get_name())];
    names.extend(
        canonical
            .get_visible_aliases()
            .map(|a| format!("{prefix} {a}")),
    );
    if path.len() <= 3 {
        let short = SHORTHANDS
            .iter()
            .find(|(_, g, s)| *g == group.get_name() && *s == canonical.get_name())
            .and_then(|(t, _, _)| root.find_subcommand(t));
        if let Some(top) = short.filter(|t| !t.is_hide_set()) {
            names.push(format!("{} {}", root.get_name(), top.get_name()));
        }
        for (_, _, g, c) in ALSO
            .iter()
            .filter(|(g, c, _, _)| *g == group.get_name() && *c == canonical.get_name())
        {
            if root
                .find_subcommand(g)
                .and_then(|x| x.find_subcommand(c))
                .is_some()
            {
                names.push(format!("{} {g} {c}", root.get_name()));
            }
        }
    }
    (names.len() > 1).then(|| names.join(", "))
}

/// A pflag boolean: no value name in the table.
fn is_bool(arg: &clap::Arg) -> bool {
    matches!(arg.get_action(), ArgAction::SetTrue | ArgAction::SetFalse)
        || arg
            .get_value_names()
            .is_some_and(|n| n.first().is_some_and(|v| v.as_str() == "bool"))
        // A boolean after `cli::pflag`: an optional `=VALUE` parsed as a bool.
        || (arg.get_num_args().is_some_and(|r| r.min_values() == 0)
            && arg.get_value_parser().type_id() == std::any::TypeId::of::<bool>())
}

/// The global options' defaults as docker prints them: the configuration directory
/// (`DOCKER_CONFIG`, else `~/.docker`) and the certificates' (`DOCKER_CERT_PATH`, else the
/// configuration directory), spelled out (the generated man pages keep `~/.docker`).
fn config_defaults(usage: String) -> String {
    let config = crate::config::dir(None).display().to_string();
    let certs = std::env::var("DOCKER_CERT_PATH")
        .ok()
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| config.clone());
    usage
        .replace("(default \"~/.docker/", &format!("(default \"{certs}/"))
        .replace(
            "(default \"~/.docker\")",
            &format!("(default \"{config}\")"),
        )
}

/// The flags of `cmd` as pflag's `FlagUsagesWrapped(cols)` lays them out, trailing space trimmed,
/// each description passed through `text`, listing only the flags `shown` accepts. `--help` is
/// docker's hidden flag, except where `-h` means something else (`run -h`).
fn flag_usages_with(
    cmd: &clap::Command,
    cols: usize,
    text: &dyn Fn(String) -> String,
    shown: &dyn Fn(&clap::Arg) -> bool,
    given: &Given,
) -> String {
    let args: Vec<&clap::Arg> = listed_flags(cmd, true)
        .into_iter()
        .filter(|a| shown(a))
        .collect();
    let mut lines: Vec<(String, String)> = Vec::new();
    let mut maxlen = 0;
    for a in args {
        let long = a.get_long().unwrap_or_default();
        let mut head = match a.get_short() {
            Some(s) => format!("  -{s}, --{long}"),
            None => format!("      --{long}"),
        };
        let takes_value = !matches!(
            a.get_action(),
            ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version
        ) && !is_bool(a);
        let varname = a
            .get_value_names()
            .and_then(|n| n.first())
            .map(|v| v.to_string())
            .unwrap_or_else(|| "string".into());
        if takes_value {
            head.push(' ');
            head.push_str(&varname);
        }
        maxlen = maxlen.max(head.len() + 1);
        let mut usage = flag_usage(a);
        // Content trust on makes docker's default of this flag false: pflag shows none then.
        if long == "disable-content-trust" && crate::commands::trust::notary::enabled() {
            usage = usage.replace(" (default true)", "");
        }
        let defaults = a.get_default_values();
        if takes_value && !a.is_hide_default_value_set() && !defaults.is_empty() {
            let d: Vec<String> = defaults
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            let d = d.join(",");
            if varname == "string" {
                usage.push_str(&format!(" (default {})", go_quote(&d)));
            } else {
                usage.push_str(&format!(" (default {d})"));
            }
        }
        let kind = if takes_value {
            varname.as_str()
        } else {
            "bool"
        };
        lines.push((head, given.adjust(a, kind, text(usage))));
    }
    let mut out = String::new();
    for (head, usage) in lines {
        // Go's Println(head, spacing, usage): operands joined by single spaces.
        let spacing = " ".repeat(maxlen - head.len());
        out.push_str(&format!(
            "{head} {spacing} {}\n",
            wrap(maxlen + 2, cols, &usage)
        ));
    }
    out.trim_end().to_string()
}

/// docker's `--format` help is one line per choice; a doc comment without
/// `verbatim_doc_comment` reaches clap joined into one, so its breaks are put back here.
fn format_help_lines(usage: &str) -> String {
    if usage.contains('\n') || !usage.starts_with("Format output using a custom template:") {
        return usage.to_string();
    }
    let mut out = usage.to_string();
    for choice in [
        "'table':",
        "'table TEMPLATE':",
        "'json':",
        "'TEMPLATE':",
        "Refer to https://",
        "Fields:",
    ] {
        out = out.replace(&format!(" {choice}"), &format!("\n{choice}"));
    }
    out
}

/// Go's `%q` for the ASCII texts flag defaults are.
pub(crate) fn go_quote(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// pflag's wrapN: split `s` at the last whitespace before `i` bytes, unless the whole text fits
/// in `i + slop`; a newline before that whitespace wins.
fn wrap_n(i: usize, slop: usize, s: &[u8]) -> (Vec<u8>, Vec<u8>) {
    if i + slop > s.len() {
        return (s.to_vec(), Vec::new());
    }
    let head = &s[..i];
    let w = head.iter().rposition(|b| matches!(b, b' ' | b'\t' | b'\n'));
    let Some(w) = w.filter(|w| *w > 0) else {
        return (s.to_vec(), Vec::new());
    };
    if let Some(nl) = head.iter().rposition(|b| *b == b'\n') {
        if nl > 0 && nl < w {
            return (s[..nl].to_vec(), s[nl + 1..].to_vec());
        }
    }
    (s[..w].to_vec(), s[w + 1..].to_vec())
}

fn indent_newlines(s: &[u8], indent: &str) -> String {
    String::from_utf8_lossy(s).replace('\n', &format!("\n{indent}"))
}

/// pflag's wrap: `s` wrapped to `w` columns with continuation lines indented by `i`.
fn wrap(i: usize, w: usize, s: &str) -> String {
    if w == 0 {
        return s.replace('\n', &format!("\n{}", " ".repeat(i)));
    }
    let mut i = i;
    let mut width = w as isize - i as isize;
    let mut r = String::new();
    if width < 24 {
        i = 16;
        width = w as isize - i as isize;
        r.push('\n');
        r.push_str(&" ".repeat(i));
    }
    if width < 24 {
        return s.replace('\n', &r);
    }
    let slop = 5;
    let width = (width - slop as isize) as usize;
    let indent = " ".repeat(i);
    let (l, mut rest) = wrap_n(width, slop, s.as_bytes());
    r.push_str(&indent_newlines(&l, &indent));
    while !rest.is_empty() {
        let (t, next) = wrap_n(width, slop, &rest);
        r.push('\n');
        r.push_str(&indent);
        r.push_str(&indent_newlines(&t, &indent));
        rest = next;
    }
    r
}

/// The width of the terminal on stdin (docker asks fd 0), 80 when it is none.
fn terminal_width() -> usize {
    // SAFETY: TIOCGWINSZ writes a winsize into the zeroed struct we own; failure leaves it zero.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::ioctl(0, libc::TIOCGWINSZ, &mut ws) };
    if rc == 0 && ws.ws_col > 0 {
        usize::from(ws.ws_col)
    } else {
        80
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_like_pflag() {
        let text = "Show n last created containers (includes all states) (default -1)";
        assert_eq!(
            wrap(24, 79, text),
            "Show n last created containers (includes all\n                        states) (default -1)"
        );
        assert_eq!(wrap(24, 0, "a\nb"), "a\n                        b");
        // Too narrow: a block of its own at column 16.
        assert_eq!(wrap(60, 79, "x y"), "\n                x y");
    }

    #[test]
    fn wrap_n_handles_short_and_unbreakable_text() {
        assert_eq!(wrap_n(10, 5, b"short"), (b"short".to_vec(), Vec::new()));
        let long = b"abcdefghijklmnopqrstuvwxyz";
        assert_eq!(wrap_n(10, 5, long), (long.to_vec(), Vec::new()));
    }

    #[test]
    fn go_quote_escapes() {
        assert_eq!(go_quote("a\"b"), "\"a\\\"b\"");
    }
}
