//! `hvdock __complete`: live names for shell completion.
//!
//! - `hvdock [GLOBAL FLAGS] __complete KIND [PREFIX]` prints the names of one kind of object
//!   (`containers`, `images`, `networks`, `volumes`, `contexts`) that start with PREFIX.
//! - `hvdock __complete --words WORD... CURRENT` is what the shell scripts call with the words of
//!   the command line: it walks the clap tree to find what CURRENT is (a CONTAINER positional of
//!   `stop`, the value of `--network`, ...) and prints the live names for it, or nothing.
//!
//! Every daemon request is bounded by [`TIMEOUT`], and every failure prints nothing and exits 0:
//! a dead or hung daemon never hangs the shell.

use std::time::Duration;

use anyhow::Result;

use super::Ctx;
use crate::cli::global::GlobalArgs;
use crate::engine::context::{Store, DEFAULT_CONTEXT};
use crate::engine::raw;
use crate::engine::ApiPath;

/// The longest a completion may wait for the daemon (connect and answers together).
pub const TIMEOUT: Duration = Duration::from_millis(800);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Containers,
    Images,
    Networks,
    Volumes,
    Contexts,
    /// The command word: built-in commands and the CLI plugins installed.
    Commands,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "containers" | "container" => Kind::Containers,
            "images" | "image" => Kind::Images,
            "networks" | "network" => Kind::Networks,
            "volumes" | "volume" => Kind::Volumes,
            "contexts" | "context" => Kind::Contexts,
            _ => return None,
        })
    }
}

pub async fn run(ctx: &Ctx, args: &[String]) -> Result<()> {
    let (kinds, prefix, own_ctx) = match args.first().map(String::as_str) {
        Some("--words") => {
            let words = &args[1..];
            let (kinds, globals) = resolve(words);
            let prefix = words.last().cloned().unwrap_or_default();
            (kinds, prefix, Some(Ctx::new(globals)))
        }
        Some(kind) => match Kind::parse(kind) {
            Some(k) => (vec![k], args.get(1).cloned().unwrap_or_default(), None),
            None => (Vec::new(), String::new(), None),
        },
        None => (Vec::new(), String::new(), None),
    };
    let ctx = own_ctx.as_ref().unwrap_or(ctx);
    let mut names = Vec::new();
    for kind in kinds {
        names.extend(names_of(ctx, kind).await);
    }
    names.retain(|n| n.starts_with(&prefix));
    names.sort();
    names.dedup();
    let mut out = String::new();
    for n in names {
        out.push_str(&n);
        out.push('\n');
    }
    // A shell that stops reading is no error worth reporting.
    let _ = std::io::Write::write_all(&mut std::io::stdout(), out.as_bytes());
    Ok(())
}

/// The names of `kind`, or none when the daemon fails or takes longer than [`TIMEOUT`].
async fn names_of(ctx: &Ctx, kind: Kind) -> Vec<String> {
    if kind == Kind::Commands {
        let root = crate::cli::command_for(&[]);
        let mut names: Vec<String> = root
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            .map(|s| s.get_name().to_string())
            .collect();
        names.extend(crate::plugins::valid_names_in(
            &ctx.config_dir,
            ctx.config(),
        ));
        return names;
    }
    if kind == Kind::Contexts {
        let mut names = vec![DEFAULT_CONTEXT.to_string()];
        names.extend(
            Store::new(&ctx.config_dir)
                .list()
                .into_iter()
                .map(|m| m.name),
        );
        return names;
    }
    let Ok(engine) = ctx.engine() else {
        return Vec::new();
    };
    let path = match kind {
        Kind::Containers => "/containers/json?all=1",
        Kind::Images => "/images/json",
        Kind::Networks => "/networks",
        Kind::Volumes => "/volumes",
        Kind::Contexts | Kind::Commands => return Vec::new(),
    };
    let value =
        match tokio::time::timeout(TIMEOUT, raw::get_json(engine, &ApiPath::new(path))).await {
            Ok(Ok(v)) => v,
            _ => return Vec::new(),
        };
    let strs = |v: &serde_json::Value, key: &str| -> Vec<String> {
        v.get(key)
            .and_then(|a| a.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let items = match kind {
        Kind::Volumes => value.get("Volumes").cloned().unwrap_or_default(),
        _ => value,
    };
    let items = match items {
        serde_json::Value::Array(items) => items,
        _ => Vec::new(),
    };
    let mut names = Vec::new();
    for item in &items {
        match kind {
            Kind::Containers => names.extend(
                strs(item, "Names")
                    .into_iter()
                    .map(|n| n.trim_start_matches('/').to_string()),
            ),
            Kind::Images => names.extend(
                strs(item, "RepoTags")
                    .into_iter()
                    .filter(|t| t != "<none>:<none>"),
            ),
            _ => names.extend(
                item.get("Name")
                    .and_then(|n| n.as_str())
                    .map(str::to_string),
            ),
        }
    }
    names
}

/// What the last word of a command line is: the kinds of live names that fit there, and the
/// global flags given before the command (they pick the daemon).
pub fn resolve(words: &[String]) -> (Vec<Kind>, GlobalArgs) {
    let root = crate::cli::command();
    let Some((current, before)) = words.split_last() else {
        return (Vec::new(), GlobalArgs::default());
    };
    let mut cur = &root;
    let mut global_tokens: Vec<String> = Vec::new();
    let mut positional = 0usize;
    let mut value_of: Option<&clap::Arg> = None;
    let mut dashdash = false;
    let mut i = 0;
    while i < before.len() {
        let tok = before[i].as_str();
        let at_root = std::ptr::eq(cur, &root);
        let mut consumed: Option<&clap::Arg> = None;
        if dashdash {
            positional += 1;
        } else if tok == "--" {
            dashdash = true;
        } else if let Some(long) = tok.strip_prefix("--") {
            if !long.contains('=') {
                consumed = cur
                    .get_arguments()
                    .find(|a| {
                        a.get_long() == Some(long)
                            || a.get_all_aliases().is_some_and(|v| v.contains(&long))
                    })
                    .filter(|a| takes_value(a));
            }
        } else if let Some(shorts) = tok.strip_prefix('-').filter(|s| !s.is_empty()) {
            let chars: Vec<char> = shorts.chars().collect();
            for (n, c) in chars.iter().enumerate() {
                let arg = cur.get_arguments().find(|a| a.get_short() == Some(*c));
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
                Some(s) if positional == 0 => cur = s,
                _ => positional += 1,
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
    if let Some(flag) = value_of {
        return (flag_kinds(flag), globals);
    }
    if current.starts_with('-') && !dashdash {
        return (Vec::new(), globals);
    }
    if cur.has_subcommands() {
        let command_word = std::ptr::eq(cur, &root) && positional == 0;
        return (
            if command_word {
                vec![Kind::Commands]
            } else {
                Vec::new()
            },
            globals,
        );
    }
    let mut index = positional;
    for p in cur.get_positionals() {
        let multiple = p.get_num_args().is_some_and(|r| r.max_values() > 1)
            || matches!(p.get_action(), clap::ArgAction::Append);
        if index == 0 || multiple {
            let name = p
                .get_value_names()
                .and_then(|n| n.first())
                .map(|s| s.to_string())
                .unwrap_or_default();
            return (value_kinds(&name), globals);
        }
        index -= 1;
    }
    (Vec::new(), globals)
}

fn takes_value(a: &clap::Arg) -> bool {
    let optional = a.get_num_args().is_some_and(|r| r.min_values() == 0);
    a.get_action().takes_values() && !optional
}

fn parse_globals(tokens: &[String]) -> GlobalArgs {
    use clap::FromArgMatches;
    let mut args = vec!["hvdock".to_string()];
    args.extend(tokens.iter().cloned());
    crate::cli::command()
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
        vec![Kind::Containers, Kind::Images]
    } else if upper.starts_with("CONTAINER") {
        vec![Kind::Containers]
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

/// Flag values that name objects.
fn flag_kinds(flag: &clap::Arg) -> Vec<Kind> {
    match flag.get_long().unwrap_or_default() {
        "context" => vec![Kind::Contexts],
        "network" | "net" => vec![Kind::Networks],
        "volumes-from" | "link" => vec![Kind::Containers],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<Kind> {
        let mut words: Vec<String> = line.split(' ').map(str::to_string).collect();
        if line.ends_with(' ') {
            words.pop();
            words.push(String::new());
        }
        resolve(&words).0
    }

    #[test]
    fn positionals_and_flag_values() {
        assert_eq!(kinds("stop "), vec![Kind::Containers]);
        assert_eq!(kinds("stop -t 3 a b"), vec![Kind::Containers]);
        assert_eq!(kinds("container ls "), Vec::<Kind>::new());
        assert_eq!(kinds("run -d "), vec![Kind::Images]);
        assert_eq!(kinds("run -d busybox "), Vec::<Kind>::new());
        assert_eq!(kinds("run --network "), vec![Kind::Networks]);
        assert_eq!(kinds("-H unix:///x --context "), vec![Kind::Contexts]);
        assert_eq!(kinds("inspect x"), vec![Kind::Containers, Kind::Images]);
        assert_eq!(kinds("stop -"), Vec::<Kind>::new());
        assert_eq!(kinds("container "), Vec::<Kind>::new());
        assert_eq!(kinds("-D co"), vec![Kind::Commands]);
    }

    #[test]
    fn globals_before_the_command_pick_the_daemon() {
        let words: Vec<String> = ["-H", "unix:///nowhere", "stop", ""]
            .map(String::from)
            .to_vec();
        let (k, g) = resolve(&words);
        assert_eq!(k, vec![Kind::Containers]);
        assert_eq!(g.host, vec!["unix:///nowhere".to_string()]);
    }
}
