//! Plugins where docker shows them (root help, `info`'s Client section) and the few facts the
//! routing needs from elsewhere (the daemon's OS, the current context, help topics).

use std::fmt::Write as _;

use serde_json::{json, Value};

use super::discover::Plugin;

/// The global flags given before the command word, parsed as clap parses them.
fn global_args(globals_only: &[String]) -> crate::cli::global::GlobalArgs {
    use clap::Parser;
    let mut args = vec!["hvdock".to_string()];
    args.extend(globals_only.iter().cloned());
    crate::cli::Cli::try_parse_from(args)
        .map(|c| c.global)
        .unwrap_or_default()
}

/// docker's `CurrentContext()`: the context the global flags, environment and config.json pick.
pub fn current_context(globals_only: &[String]) -> String {
    let ctx = crate::commands::Ctx::new(global_args(globals_only));
    ctx.endpoint()
        .map(|e| e.context)
        .unwrap_or_else(|_| crate::engine::context::DEFAULT_CONTEXT.to_string())
}

/// Does the daemon say it runs Windows (`/_ping`'s OSType)? A daemon that does not answer is
/// not (docker's empty ServerInfo).
pub fn daemon_is_windows(globals_only: &[String]) -> bool {
    let ctx = crate::commands::Ctx::new(global_args(globals_only));
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return false;
    };
    rt.block_on(async {
        match ctx.engine() {
            Ok(e) => e.ping().await.is_ok_and(|p| p.os_type == "windows"),
            Err(_) => false,
        }
    })
}

/// docker's `unknown help topic` for `help WORD...` when the words name no command (cobra's
/// `Find`): `None` when they do, or when flags are involved (clap reports those).
pub fn help_topic(root: &clap::Command, words: &[String]) -> Option<String> {
    if words.iter().any(|w| w.starts_with('-')) {
        return None;
    }
    let mut cur = root;
    let mut i = 0;
    while i < words.len() {
        match cur
            .get_subcommands()
            .find(|s| s.get_name() == words[i] || s.get_all_aliases().any(|a| a == words[i]))
        {
            Some(s) => cur = s,
            None => break,
        }
        i += 1;
    }
    (i < words.len()).then(|| format!("unknown help topic: {}", words[i..].join(" ")))
}

/// A plugin's line in the root help (`name*` then its description), padded as cobra pads.
pub fn help_line(p: &Plugin, pad: usize) -> String {
    format!(
        "  {:<w$}{}\n",
        format!("{}*", p.name),
        p.meta.short_description,
        w = pad + 1
    )
}

/// The `Invalid Plugins:` section of the root help; empty when every plugin is valid.
pub fn invalid_section(pad: usize) -> String {
    let mut invalid: Vec<&Plugin> = super::listed().iter().filter(|p| p.err.is_some()).collect();
    if invalid.is_empty() {
        return String::new();
    }
    invalid.sort_by(|a, b| a.name.cmp(&b.name));
    let mut out = String::from("\nInvalid Plugins:\n");
    for p in invalid {
        let _ = writeln!(
            out,
            "  {:<pad$} {}",
            p.name,
            p.err.as_deref().unwrap_or_default()
        );
    }
    out
}

/// The valid plugins, for the root help's Management Commands.
pub fn valid() -> Vec<&'static Plugin> {
    super::listed().iter().filter(|p| p.err.is_none()).collect()
}

/// The longest plugin name (cobra pads the root help to every command's name).
pub fn longest_name() -> usize {
    super::listed()
        .iter()
        .map(|p| p.name.len())
        .max()
        .unwrap_or(0)
}

/// `info`'s Client section lines for the plugins, and the warnings docker prints (on stderr)
/// for invalid ones.
pub fn info_client(out: &mut String) -> Vec<String> {
    let plugins = super::listed();
    let mut warnings = Vec::new();
    if plugins.is_empty() {
        return warnings;
    }
    out.push_str(" Plugins:\n");
    for p in plugins {
        match &p.err {
            None => {
                let _ = writeln!(
                    out,
                    "  {}: {} ({})",
                    p.name, p.meta.short_description, p.meta.vendor
                );
                if !p.meta.version.is_empty() {
                    let _ = writeln!(out, "    Version:  {}", p.meta.version);
                }
                let _ = writeln!(out, "    Path:     {}", p.path.display());
            }
            Some(e) => warnings.push(format!(
                "WARNING: Plugin {} is not valid: {e}",
                crate::help::go_quote(&p.path.to_string_lossy())
            )),
        }
    }
    warnings
}

/// `{{json .ClientInfo.Plugins}}` as docker marshals its `[]Plugin`.
pub fn info_json() -> Value {
    Value::Array(
        super::listed()
            .iter()
            .map(|p| {
                let mut m = p.meta.to_json();
                m.insert("Name".into(), json!(p.name));
                m.insert("Path".into(), json!(p.path.to_string_lossy()));
                if let Some(e) = &p.err {
                    m.insert("Err".into(), json!(e));
                }
                if !p.shadowed.is_empty() {
                    let paths: Vec<String> = p
                        .shadowed
                        .iter()
                        .map(|s| s.to_string_lossy().into_owned())
                        .collect();
                    m.insert("ShadowedPaths".into(), json!(paths));
                }
                Value::Object(m)
            })
            .collect(),
    )
}
