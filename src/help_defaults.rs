//! The defaults docker's help shows after the command line has set some flags.
//!
//! pflag decides whether to print a flag's `(default X)` from the flag's *current* value when
//! the flag has one of docker's own value types (`opts.ListOpts`, `FilterOpt`, `MountOpt`,
//! `NanoCPUs`, `MemBytes`, `QuotedString`, ...), and prints the value it had when it was
//! defined. cobra parses every flag on the line before it shows help, so a flag given there
//! changes its line: `-H unix:///x --help` shows `-H, --host list ... (default )`, `run -m 1g
//! --help` shows `(default 0)`, and `--tlscacert ""` hides the CA default. docker's client
//! options then clear the certificate and key paths when TLS is on and their files are missing,
//! and `DOCKER_TLS` / `DOCKER_TLS_VERIFY` make `--tls` / `--tlsverify` default to true.

use std::collections::HashMap;

/// The flags given on the command line for the command whose help is shown: long name → the
/// values in order (`true`/`false` for booleans).
#[derive(Default)]
pub struct Given {
    values: HashMap<String, Vec<String>>,
    root: bool,
}

impl Given {
    /// Nothing given (help rendered for documentation, or without a command line).
    pub fn none() -> Given {
        Given::default()
    }

    /// The flags of the last command of `path` in `args` (program name excluded): the tokens
    /// after its word (all of them for the root), up to `--`.
    pub fn from_line(path: &[&clap::Command], args: &[String]) -> Given {
        let Some(cmd) = path.last() else {
            return Given::none();
        };
        let mut tokens = crate::usage::own_tokens(path, args);
        let mut values: HashMap<String, Vec<String>> = HashMap::new();
        let takes = |a: &clap::Arg| a.get_action().takes_values() && !a.is_require_equals_set();
        while let Some(tok) = tokens.next() {
            let (arg, inline) = if let Some(long) = tok.strip_prefix("--") {
                let (name, inline) = match long.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_string())),
                    None => (long, None),
                };
                (
                    cmd.get_arguments().find(|a| a.get_long() == Some(name)),
                    inline,
                )
            } else if let Some(shorts) = tok.strip_prefix('-').filter(|s| !s.is_empty()) {
                // the last letter of a cluster is the one that may take a value
                let mut chars = shorts.char_indices();
                let mut found = None;
                for (at, c) in chars.by_ref() {
                    let Some(a) = cmd.get_arguments().find(|a| a.get_short() == Some(c)) else {
                        break;
                    };
                    let rest = &shorts[at + c.len_utf8()..];
                    if takes(a) || rest.is_empty() || rest.starts_with('=') {
                        let rest = rest.strip_prefix('=').unwrap_or(rest);
                        found = Some((a, (!rest.is_empty()).then(|| rest.to_string())));
                        break;
                    }
                }
                match found {
                    Some((a, v)) => (Some(a), v),
                    None => (None, None),
                }
            } else {
                (None, None)
            };
            let Some(arg) = arg else { continue };
            let Some(long) = arg.get_long() else { continue };
            let value = match inline {
                Some(v) => v,
                None if takes(arg) => match tokens.next() {
                    Some(v) => v.clone(),
                    None => break,
                },
                None => "true".to_string(),
            };
            values.entry(long.to_string()).or_default().push(value);
        }
        Given {
            values,
            root: path.len() == 1,
        }
    }

    fn last(&self, long: &str) -> Option<&str> {
        self.values
            .get(long)
            .and_then(|v| v.last())
            .map(String::as_str)
    }

    /// A boolean global flag's value: the last given, else its default from the environment.
    fn flag_or_env(&self, long: &str, env: &str) -> bool {
        match self.last(long) {
            Some(v) => crate::opts::boolean::parse(v).unwrap_or(false),
            None => env_set(env),
        }
    }

    /// `usage` (the flag's help text with the default it shows when nothing is given) as docker
    /// shows it for this command line; `kind` is the flag's type name in the table.
    pub fn adjust(&self, arg: &clap::Arg, kind: &str, usage: String) -> String {
        let Some(long) = arg.get_long() else {
            return usage;
        };
        if self.root {
            if let Some(text) = self.global(long, usage.clone()) {
                return text;
            }
        }
        let has_default = usage.contains(" (default ");
        let Some(value) = self.last(long) else {
            return usage;
        };
        let shown = match kind {
            // ListOpts, FilterOpt, MountOpt, placement preferences, service ports: any value
            // given prints their empty default
            "list" | "filter" | "mount" | "pref" | "port" => Some(""),
            // NanoCPUs prints "" for 0, MemBytes "0"
            "decimal" if nonzero(value) => Some(""),
            "bytes" if nonzero(value) => Some("0"),
            _ => None,
        };
        match shown {
            Some(d) if !has_default => format!("{usage} (default {d})"),
            _ => usage,
        }
    }

    /// The global options that depend on the environment and on each other.
    fn global(&self, long: &str, usage: String) -> Option<String> {
        match long {
            "tls" | "tlsverify" => {
                let env = if long == "tls" {
                    "DOCKER_TLS"
                } else {
                    "DOCKER_TLS_VERIFY"
                };
                Some(if env_set(env) {
                    format!("{usage} (default true)")
                } else {
                    usage
                })
            }
            "tlscacert" | "tlscert" | "tlskey" => {
                let (text, default) = match usage.rfind(" (default ") {
                    Some(at) => (&usage[..at], usage[at..].to_string()),
                    None => (usage.as_str(), String::new()),
                };
                let path = default
                    .split('"')
                    .nth(1)
                    .unwrap_or_default()
                    .replace("\\\\", "\\");
                let tls = self.flag_or_env("tls", "DOCKER_TLS")
                    || self.values.contains_key("tlsverify")
                    || self.flag_or_env("tlsverify", "DOCKER_TLS_VERIFY");
                let current = match self.last(long) {
                    Some(v) => v.to_string(),
                    // docker clears a missing certificate or key once TLS is on
                    None if tls && long != "tlscacert" && !std::path::Path::new(&path).exists() => {
                        String::new()
                    }
                    None => path,
                };
                Some(if current.is_empty() {
                    text.to_string()
                } else {
                    usage
                })
            }
            _ => None,
        }
    }
}

fn env_set(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty())
}

/// A number (with a unit, `1g`) that is not zero.
fn nonzero(value: &str) -> bool {
    let digits: String = value
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
        .collect();
    digits.parse::<f64>().is_ok_and(|n| n != 0.0)
}
