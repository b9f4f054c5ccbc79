//! `hvdock __complete`: live names for shell completion.
//!
//! - `hvdock __complete WORD... CURRENT` answers as docker's (cobra's) `__complete` does, byte
//!   for byte: commands, subcommands and flags with a tab and their description (`ps\tList
//!   containers`, `--all\tShow all containers ...`), names where docker offers names, then
//!   `:DIRECTIVE`, and on stderr `Completion ended with directive: ...`.
//! - `hvdock [GLOBAL FLAGS] __complete KIND [PREFIX]` prints the names of one kind of object
//!   (`containers`, `images`, `networks`, `volumes`, `contexts`, `nodes`, `services`,
//!   `secrets`, `configs`, `stacks`, `plugins`: plural names) that start with PREFIX (not
//!   `-`: `images -...` is docker's form).
//! - `hvdock __complete [--directive] --words WORD... CURRENT` is what the shell scripts call with
//!   the words of the command line: it walks the clap tree to find what CURRENT is (a CONTAINER
//!   positional of `stop`, the value of `--network`, ...) and prints what docker's own completion
//!   offers there ([`docker`]), or nothing. With `--directive` a last line says, as cobra's
//!   `:N` does, whether the shell should add no space after a candidate (2) and offer no files
//!   (4).
//!
//! Every daemon request is bounded by [`names::TIMEOUT`], and every failure prints nothing and
//! exits 0: a dead or hung daemon never hangs the shell.

mod docker;
mod names;

use anyhow::Result;

use super::Ctx;
use crate::cli::global::GlobalArgs;

/// Which containers a verb offers (docker's `ContainerNames` filters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctr {
    /// Every container (`all=true`).
    All,
    /// The daemon's default listing: running (and paused) ones.
    Running,
    /// Running and not paused (`attach`, `exec`, `pause`).
    Unpaused,
    /// Paused (`unpause`).
    Paused,
    /// Exited or created (`start`, `rm` without `--force`).
    Stopped,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Containers(Ctr),
    Images,
    Networks,
    Volumes,
    Contexts,
    /// The command word: built-in commands and the CLI plugins installed.
    Commands,
    /// The CLI plugins installed (valid or not, as docker's completion lists them).
    Plugins,
    /// Swarm node hostnames, and `self`.
    Nodes,
    Services,
    /// `service scale`: `NAME=`.
    ServiceScale,
    /// Secret IDs (docker completes IDs, not names).
    Secrets,
    /// Config IDs (docker completes IDs, not names).
    Configs,
    Stacks,
    /// Containers (not) connected to a network (`network disconnect` / `connect`).
    OnNetwork {
        network: String,
        connected: bool,
    },
    /// `--link`: `NAME:`.
    Link,
    /// `--ipc`/`--pid`: `container:NAME`.
    ContainerRef,
    /// The daemon's log drivers.
    LogDrivers,
    /// Fixed values.
    List(&'static [&'static str]),
    /// The words after a CLI plugin's name: the plugin completes them (`docker-NAME __complete
    /// NAME WORD...`), as docker hands them over.
    PluginArgs {
        name: String,
        words: Vec<String>,
    },
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "containers" | "container" => Kind::Containers(Ctr::All),
            "images" | "image" => Kind::Images,
            "networks" | "network" => Kind::Networks,
            "volumes" | "volume" => Kind::Volumes,
            "contexts" | "context" => Kind::Contexts,
            "nodes" | "node" => Kind::Nodes,
            "services" | "service" => Kind::Services,
            "secrets" | "secret" => Kind::Secrets,
            "configs" | "config" => Kind::Configs,
            "stacks" | "stack" => Kind::Stacks,
            "plugins" | "plugin" => Kind::Plugins,
            _ => return None,
        })
    }
}

/// What the last word of a command line is.
#[derive(Debug, Default)]
pub struct Target {
    /// The kinds of names that fit there.
    pub kinds: Vec<Kind>,
    /// The global flags given before the command (they pick the daemon).
    pub globals: GlobalArgs,
    /// The place takes names, not files (cobra's `ShellCompDirectiveNoFileComp`).
    pub no_files: bool,
    /// What the names must start with: the last word, or what follows `=` in `--flag=value`.
    pub prefix: String,
    /// Names not offered again: the contexts already on the line (docker's
    /// `completeContextNames`).
    pub given: Vec<String>,
    /// Where the word is a flag or a command word: cobra's candidates there, each with its
    /// description (`--all`, "Show all containers ..."; `ps`, "List containers").
    pub described: Option<Vec<(String, String)>>,
}

pub async fn run(ctx: &Ctx, args: &[String]) -> Result<()> {
    let directive = args.first().is_some_and(|a| a == "--directive");
    let args = &args[usize::from(directive)..];
    let first = args.first().map(String::as_str).unwrap_or_default();
    if !directive && first != "--words" && !is_kind_form(args) {
        return cobra(args).await;
    }
    let (target, prefix, own_ctx) = match args.first().map(String::as_str) {
        Some("--words") => {
            let words = &args[1..];
            let mut target = resolve(words);
            let prefix = std::mem::take(&mut target.prefix);
            let globals = std::mem::take(&mut target.globals);
            (target, prefix, Some(Ctx::new(globals)))
        }
        Some(kind) => match Kind::parse(kind) {
            Some(k) => (
                Target {
                    kinds: vec![k],
                    ..Target::default()
                },
                args.get(1).cloned().unwrap_or_default(),
                None,
            ),
            None => (Target::default(), String::new(), None),
        },
        None => (Target::default(), String::new(), None),
    };
    let ctx = own_ctx.as_ref().unwrap_or(ctx);
    let mut names = Vec::new();
    let mut plugin_directive = 0u8;
    for kind in &target.kinds {
        match kind {
            Kind::PluginArgs { name, words } => {
                let (found, directive) = names::of_plugin(ctx, name, words).await;
                names.extend(found);
                plugin_directive |= directive;
            }
            _ => names.extend(names::of(ctx, kind).await),
        }
    }
    names.retain(|n| n.starts_with(&prefix) && !target.given.contains(n));
    names.sort();
    names.dedup();
    let mut out = String::new();
    for n in &names {
        out.push_str(n);
        out.push('\n');
    }
    if directive {
        let no_space = !names.is_empty() && names.iter().all(|n| n.ends_with(['=', ':']));
        let code = (u8::from(no_space) * 2 + u8::from(target.no_files) * 4) | plugin_directive;
        out.push_str(&format!(":{code}\n"));
    }
    // A shell that stops reading is no error worth reporting.
    let _ = std::io::Write::write_all(&mut std::io::stdout(), out.as_bytes());
    Ok(())
}

/// hvdock's own `__complete KIND [PREFIX]`: the plural kind names, which are no docker
/// command (`images` is one: `images -...` is docker's form, flags).
fn is_kind_form(args: &[String]) -> bool {
    let first = args.first().map(String::as_str).unwrap_or_default();
    let flag = args.get(1).is_some_and(|p| p.starts_with('-'));
    args.len() <= 2 && first.ends_with('s') && Kind::parse(first).is_some() && !flag
}

/// docker's (cobra's) `__complete WORD... CURRENT`: the candidates, with a tab and a
/// description where cobra gives one (commands, subcommands, flags), then `:DIRECTIVE`, and on
/// stderr which directive that is.
async fn cobra(args: &[String]) -> Result<()> {
    let mut words = args.to_vec();
    if words.is_empty() {
        words.push(String::new());
    }
    let mut target = resolve(&words);
    let prefix = std::mem::take(&mut target.prefix);
    let ctx = Ctx::new(std::mem::take(&mut target.globals));
    let mut lines: Vec<String> = Vec::new();
    let code: u8;
    match target.described.take() {
        Some(described) => {
            let mut named = described;
            if target.kinds.contains(&Kind::Commands) {
                let builtins: Vec<String> = named.iter().map(|(n, _)| n.clone()).collect();
                for p in names::of(&ctx, &Kind::Plugins).await {
                    if p.starts_with(&prefix) && !builtins.contains(&p) {
                        named.push((p, String::new()));
                    }
                }
                named.sort();
            }
            lines.extend(named.into_iter().map(|(n, d)| match d.is_empty() {
                true => n,
                false => format!("{n}\t{d}"),
            }));
            code = 4;
        }
        None => {
            let mut plugin_directive = 0u8;
            let mut found = Vec::new();
            for kind in &target.kinds {
                match kind {
                    Kind::PluginArgs { name, words } => {
                        let (f, d) = names::of_plugin(&ctx, name, words).await;
                        found.extend(f);
                        plugin_directive |= d;
                    }
                    _ => found.extend(names::of(&ctx, kind).await),
                }
            }
            // In the order docker gets them (fixed lists in docker's order, objects in the
            // daemon's): cobra does not sort, the shells do.
            found.retain(|n| n.starts_with(&prefix) && !target.given.contains(n));
            let mut seen = std::collections::HashSet::new();
            found.retain(|n| seen.insert(n.clone()));
            let no_space = !found.is_empty() && found.iter().all(|n| n.ends_with(['=', ':']));
            code = (u8::from(no_space) * 2 + u8::from(target.no_files) * 4) | plugin_directive;
            lines = found;
        }
    }
    let mut out = String::new();
    for l in &lines {
        out.push_str(l);
        out.push('\n');
    }
    out.push_str(&format!(":{code}\n"));
    let _ = std::io::Write::write_all(&mut std::io::stdout(), out.as_bytes());
    eprintln!("Completion ended with directive: {}", directive_names(code));
    Ok(())
}

/// cobra's `ShellCompDirective.string()`.
fn directive_names(code: u8) -> String {
    let names: Vec<&str> = [
        (1, "ShellCompDirectiveError"),
        (2, "ShellCompDirectiveNoSpace"),
        (4, "ShellCompDirectiveNoFileComp"),
        (8, "ShellCompDirectiveFilterFileExt"),
        (16, "ShellCompDirectiveFilterDirs"),
        (32, "ShellCompDirectiveKeepOrder"),
    ]
    .iter()
    .filter(|(bit, _)| code & bit != 0)
    .map(|(_, n)| *n)
    .collect();
    match names.is_empty() {
        true => "ShellCompDirectiveDefault".into(),
        false => names.join(", "),
    }
}

/// What the last word of a command line is (see [`Target`]).
pub fn resolve(words: &[String]) -> Target {
    // Only the commands named on the line are built (the whole tree costs more than the rest).
    let root = crate::cli::command_for(words);
    let Some((current, before)) = words.split_last() else {
        return Target::default();
    };
    let mut cur = &root;
    let mut path: Vec<String> = Vec::new();
    let mut global_tokens: Vec<String> = Vec::new();
    let mut positionals: Vec<String> = Vec::new();
    let mut flags: Vec<String> = Vec::new();
    let mut value_of: Option<&clap::Arg> = None;
    let mut dashdash = false;
    // Where an unknown command word (a CLI plugin's name?) stands.
    let mut plugin_at: Option<usize> = None;
    let mut i = 0;
    while i < before.len() {
        let tok = before[i].as_str();
        let at_root = std::ptr::eq(cur, &root);
        let mut consumed: Option<&clap::Arg> = None;
        if dashdash {
            positionals.push(tok.to_string());
        } else if tok == "--" {
            dashdash = true;
        } else if let Some(long) = tok.strip_prefix("--") {
            let name = long.split('=').next().unwrap_or_default();
            let arg = cur.get_arguments().find(|a| {
                a.get_long() == Some(name) || a.get_all_aliases().is_some_and(|v| v.contains(&name))
            });
            if let Some(a) = arg {
                flags.extend(a.get_long().map(str::to_string));
            }
            if !long.contains('=') {
                consumed = arg.filter(|a| takes_value(a));
            }
        } else if let Some(shorts) = tok.strip_prefix('-').filter(|s| !s.is_empty()) {
            let chars: Vec<char> = shorts.chars().collect();
            for (n, c) in chars.iter().enumerate() {
                let arg = cur.get_arguments().find(|a| a.get_short() == Some(*c));
                if let Some(a) = arg {
                    flags.extend(a.get_long().map(str::to_string));
                }
                if let Some(a) = arg.filter(|a| takes_value(a)) {
                    if n + 1 == chars.len() {
                        consumed = Some(a);
                    }
                    break;
                }
            }
        } else {
            let sub = cur
                .get_subcommands()
                .find(|s| s.get_name() == tok || s.get_all_aliases().any(|a| a == tok));
            match sub {
                Some(s) if positionals.is_empty() => {
                    cur = s;
                    path.push(s.get_name().to_string());
                    flags.clear();
                }
                None if at_root && positionals.is_empty() => {
                    plugin_at = Some(i);
                    positionals.push(tok.to_string());
                }
                _ => positionals.push(tok.to_string()),
            }
        }
        if at_root && tok.starts_with('-') && !dashdash {
            global_tokens.push(tok.to_string());
        }
        if let Some(a) = consumed {
            if i + 1 == before.len() {
                value_of = Some(a);
            } else if at_root {
                global_tokens.push(before[i + 1].clone());
            }
            i += 1;
        }
        i += 1;
    }
    let globals = parse_globals(&global_tokens);
    let canonical = docker::canonical(&path);
    let found = |kinds: Vec<Kind>| Target {
        no_files: true,
        kinds,
        ..Target::default()
    };
    let mut prefix = current.clone();
    // `--flag=value`: the value of that flag.
    if value_of.is_none() && !dashdash {
        if let Some((long, value)) = current.strip_prefix("--").and_then(|c| c.split_once('=')) {
            value_of = cur.get_arguments().find(|a| {
                a.get_long() == Some(long) || a.get_all_aliases().is_some_and(|v| v.contains(&long))
            });
            prefix = value.to_string();
        }
    }
    let mut target = if let Some(at) = plugin_at {
        // The plugin's own words, flags included, and the current one.
        let mut rest = before[at + 1..].to_vec();
        rest.push(current.clone());
        Target {
            kinds: vec![Kind::PluginArgs {
                name: before[at].clone(),
                words: rest,
            }],
            ..Target::default()
        }
    } else if let Some(flag) = value_of {
        match docker::flag_value(&canonical, flag.get_long().unwrap_or_default(), &prefix) {
            Some(kinds) => found(kinds),
            None => Target::default(),
        }
    } else if current.starts_with('-') && !dashdash {
        Target {
            described: (!current.contains('='))
                .then(|| flag_candidates(cur, std::ptr::eq(cur, &root), &flags, current)),
            ..Target::default()
        }
    } else if cur.has_subcommands() {
        let at_root = std::ptr::eq(cur, &root);
        let mut t = if at_root && positionals.is_empty() {
            found(vec![Kind::Commands])
        } else {
            Target::default()
        };
        if positionals.is_empty() {
            t.described = Some(command_candidates(cur, at_root, current));
        }
        t
    } else {
        let index = positionals.len();
        match docker::positional(&canonical, index, &positionals, &flags) {
            Some(kinds) => found(kinds),
            None => match by_value_name(cur, index) {
                kinds if kinds.is_empty() => Target::default(),
                kinds => found(kinds),
            },
        }
    };
    if value_of.is_none() && target.kinds.contains(&Kind::Contexts) {
        target.given = positionals;
    }
    target.globals = globals;
    target.prefix = prefix;
    target
}

/// cobra's flag candidates for `word` (`-...`): each flag of `cmd` not given yet (or that may
/// repeat) as `--long` then `-s`, sorted by long name, described by its usage's first line.
fn flag_candidates(
    cmd: &clap::Command,
    root: bool,
    given: &[String],
    word: &str,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for a in crate::help::listed_flags(cmd, root) {
        let long = a.get_long().unwrap_or_default();
        // cobra offers a given flag again when its value is a slice (`GetSlice`): docker's
        // lists are, its `--filter` (a FilterOpt) is not.
        let repeats = matches!(a.get_action(), clap::ArgAction::Append) && long != "filter";
        if given.iter().any(|g| g == long) && !repeats {
            continue;
        }
        let usage = crate::help::flag_usage(a);
        let usage = without_flag_default(long, usage.lines().next().unwrap_or_default().trim());
        let names =
            std::iter::once(format!("--{long}")).chain(a.get_short().map(|s| format!("-{s}")));
        for name in names.filter(|n| n.starts_with(word)) {
            out.push((name, usage.clone()));
        }
    }
    out
}

/// A flag's usage as docker's flag set holds it: the help texts carry the default pflag adds
/// when it prints help (`(default true)`, `(default [])`, `(default "all")`, ...), which is no
/// part of the usage cobra's completion shows; defaults docker writes into the usage itself
/// (`(default 0s)` of the healthcheck durations, `service create`'s `restart-delay`, ...)
/// stay.
fn without_flag_default(long: &str, usage: &str) -> String {
    const ADDED: &[&str] = &["true", "[]", "map[]", "-1"];
    /// Defaults pflag adds to one flag (its value's own zero-less default).
    const ADDED_TO: &[(&str, &str)] = &[
        ("availability", "\"active\""),
        ("cert-expiry", "2160h0m0s"),
        ("config", "\"~/.docker\""),
        ("dispatcher-heartbeat", "5s"),
        ("endpoint-mode", "\"vip\""),
        ("mode", "\"replicated\""),
        ("resolve-image", "\"always\""),
        ("restart", "\"no\""),
        ("rollback-parallelism", "1"),
        ("snapshot-interval", "10000"),
        ("tail", "\"all\""),
        ("task-history-limit", "5"),
        ("tlscacert", "\"~/.docker/ca.pem\""),
        ("tlscert", "\"~/.docker/cert.pem\""),
        ("tlskey", "\"~/.docker/key.pem\""),
        ("update-parallelism", "1"),
    ];
    let Some(head) = usage.strip_suffix(')') else {
        return usage.to_string();
    };
    let Some((text, default)) = head.rsplit_once(" (default ") else {
        return usage.to_string();
    };
    let added = ADDED.contains(&default) || ADDED_TO.contains(&(long, default));
    match added {
        true => text.to_string(),
        false => usage.to_string(),
    }
}

/// cobra's subcommand candidates for `word`: the visible subcommands of `cmd` by name with
/// their short descriptions (and the root's `help`).
fn command_candidates(cmd: &clap::Command, root: bool, word: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .map(|s| (s.get_name().to_string(), crate::help::short_description(s)))
        .collect();
    if root {
        out.push(("help".into(), "Help about the command".into()));
    }
    out.retain(|(n, _)| n.starts_with(word));
    out.sort();
    out
}

/// The kinds for positional `index` of a command docker's table does not list, from the
/// positionals' value names (`CONTAINER`, `IMAGE`, ...).
fn by_value_name(cmd: &clap::Command, mut index: usize) -> Vec<Kind> {
    for p in cmd.get_positionals() {
        let multiple = p.get_num_args().is_some_and(|r| r.max_values() > 1)
            || matches!(p.get_action(), clap::ArgAction::Append);
        if index == 0 || multiple {
            let name = p
                .get_value_names()
                .and_then(|n| n.first())
                .map(|s| s.to_string())
                .unwrap_or_default();
            return value_kinds(&name);
        }
        index -= 1;
    }
    Vec::new()
}

fn takes_value(a: &clap::Arg) -> bool {
    let optional = a.get_num_args().is_some_and(|r| r.min_values() == 0);
    a.get_action().takes_values() && !optional
}

fn parse_globals(tokens: &[String]) -> GlobalArgs {
    use clap::FromArgMatches;
    let mut args = vec!["hvdock".to_string()];
    args.extend(tokens.iter().cloned());
    crate::cli::command_for(tokens)
        .try_get_matches_from(args)
        .ok()
        .and_then(|m| crate::cli::Cli::from_arg_matches(&m).ok())
        .map(|c| c.global)
        .unwrap_or_default()
}

/// Positionals by docker's value names.
fn value_kinds(name: &str) -> Vec<Kind> {
    let upper = name.to_ascii_uppercase();
    if upper == "NAME|ID" {
        vec![Kind::Containers(Ctr::All), Kind::Images]
    } else if upper.starts_with("CONTAINER") {
        vec![Kind::Containers(Ctr::All)]
    } else if upper.contains("IMAGE")
        || upper.starts_with("REPOSITORY")
        || upper.starts_with("NAME[:TAG")
    {
        vec![Kind::Images]
    } else if upper.starts_with("NETWORK") {
        vec![Kind::Networks]
    } else if upper.starts_with("VOLUME") {
        vec![Kind::Volumes]
    } else if upper.starts_with("CONTEXT") {
        vec![Kind::Contexts]
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        let mut words: Vec<String> = line.split(' ').map(str::to_string).collect();
        if line.ends_with(' ') {
            words.pop();
            words.push(String::new());
        }
        words
    }

    fn kinds(line: &str) -> Vec<Kind> {
        resolve(&words(line)).kinds
    }

    #[test]
    fn positionals_and_flag_values() {
        let running = vec![Kind::Containers(Ctr::Running)];
        assert_eq!(kinds("stop "), running);
        assert_eq!(kinds("stop -t 3 a b"), running);
        assert_eq!(kinds("container ls "), Vec::<Kind>::new());
        assert_eq!(kinds("run -d "), vec![Kind::Images]);
        assert_eq!(kinds("run -d busybox "), Vec::<Kind>::new());
        assert_eq!(kinds("create busybox "), vec![Kind::Images]);
        assert_eq!(kinds("run --network "), vec![Kind::Networks]);
        let t = resolve(&words("run --network=br"));
        assert_eq!((t.kinds, t.prefix.as_str()), (vec![Kind::Networks], "br"));
        assert_eq!(kinds("-H unix:///x --context "), vec![Kind::Contexts]);
        // docker completes nothing for `inspect` (any kind of object).
        assert_eq!(kinds("inspect x"), Vec::<Kind>::new());
        assert_eq!(kinds("stop -"), Vec::<Kind>::new());
        assert_eq!(kinds("container "), Vec::<Kind>::new());
        assert_eq!(kinds("-D co"), vec![Kind::Commands]);
    }

    #[test]
    fn verbs_pick_containers_by_state_as_docker_does() {
        let c = |ctr| vec![Kind::Containers(ctr)];
        assert_eq!(kinds("start "), c(Ctr::Stopped));
        assert_eq!(kinds("container rm "), c(Ctr::Stopped));
        assert_eq!(kinds("rm -f "), c(Ctr::All));
        assert_eq!(kinds("rm --force x "), c(Ctr::All));
        assert_eq!(kinds("exec "), c(Ctr::Unpaused));
        assert_eq!(kinds("unpause "), c(Ctr::Paused));
        assert_eq!(kinds("logs "), c(Ctr::All));
        assert_eq!(
            kinds("network disconnect net1 "),
            vec![Kind::OnNetwork {
                network: "net1".into(),
                connected: true
            }]
        );
        assert_eq!(kinds("network connect "), vec![Kind::Networks]);
    }

    #[test]
    fn swarm_names() {
        assert_eq!(kinds("node inspect "), vec![Kind::Nodes]);
        assert_eq!(
            kinds("node update --availability "),
            vec![Kind::List(&["active", "pause", "drain"])]
        );
        assert_eq!(kinds("service ps x "), vec![Kind::Services]);
        assert_eq!(kinds("service scale "), vec![Kind::ServiceScale]);
        assert_eq!(kinds("secret rm "), vec![Kind::Secrets]);
        assert_eq!(kinds("config inspect "), vec![Kind::Configs]);
        assert_eq!(kinds("stack rm "), vec![Kind::Stacks]);
        assert_eq!(kinds("service update --network-add "), vec![Kind::Networks]);
        assert_eq!(kinds("run --ipc container:x"), vec![Kind::ContainerRef]);
        assert_eq!(kinds("swarm join "), Vec::<Kind>::new());
        assert!(!resolve(&words("swarm join ")).no_files);
    }

    #[test]
    fn files_only_where_docker_offers_them() {
        assert!(resolve(&words("stop ")).no_files);
        assert!(resolve(&words("container ls ")).no_files);
        assert!(!resolve(&words("build ")).no_files);
        assert!(!resolve(&words("run --env-file ")).no_files);
    }

    #[test]
    fn globals_before_the_command_pick_the_daemon() {
        let t = resolve(&words("-H unix:///nowhere stop "));
        assert_eq!(t.kinds, vec![Kind::Containers(Ctr::Running)]);
        assert_eq!(t.globals.host, vec!["unix:///nowhere".to_string()]);
    }
}
