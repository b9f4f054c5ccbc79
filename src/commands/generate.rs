//! `hvdock help COMMAND` and the hidden generator of `completions/` and `man/`.
//!
//! `hvdock __generate --out .` (or `make docs`) rewrites both directories from the clap tree;
//! `tests/generated_docs.rs` fails when the committed files differ from what it writes.

use std::path::Path;

use anyhow::{Context as _, Result};
use clap_complete::{Generator as _, Shell};

use crate::error::CliError;

/// `hvdock help run` prints the same as `hvdock run --help`.
pub async fn help(ctx: &super::Ctx, words: &[String]) -> Result<()> {
    let mut args = vec!["hvdock".to_string()];
    args.extend(words.iter().cloned());
    args.push("--help".into());
    let root = crate::cli::command();
    match root.clone().try_get_matches_from(&args) {
        Ok(_) => Ok(()),
        Err(e) => {
            let path = crate::usage::locate(&root, &args[1..]);
            let daemon = match crate::help::depends_on_daemon(&path) {
                true => super::daemon_facts(ctx).await,
                false => None,
            };
            let out = crate::usage::outcome(&e, &root, &args[1..], daemon.as_ref());
            if out.stdout {
                print!("{}", out.text);
                Ok(())
            } else {
                Err(CliError::message(out.text.trim_end().to_string(), out.code))
            }
        }
    }
}

/// The hidden subcommands, which no completion offers.
const HIDDEN: &[&str] = &["__generate", "__complete"];

/// Writes every completion script and man page generated from the clap tree.
pub fn run(out: &Path) -> Result<()> {
    let completions = out.join("completions");
    let man = out.join("man");
    // Stale pages of removed commands must not survive a regeneration.
    for dir in [&completions, &man] {
        if dir.is_dir() {
            std::fs::remove_dir_all(dir).with_context(|| format!("removing {}", dir.display()))?;
        }
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let mut cmd = crate::cli::command();
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut cmd, "hvdock", &mut script);
        let script = String::from_utf8_lossy(&script);
        let script = match shell {
            Shell::Bash => bash(&script),
            Shell::Zsh => zsh(&script),
            Shell::Fish => fish(&script),
            _ => script.into_owned(),
        };
        let path = completions.join(shell.file_name("hvdock"));
        std::fs::write(&path, script).with_context(|| format!("writing {}", path.display()))?;
    }
    let cmd = crate::cli::command();
    clap_mangen::generate_to(cmd, &man).context("writing man pages")?;
    Ok(())
}

/// Live names for bash: `_hvdock_live` asks `hvdock __complete --words` first and falls back to
/// clap's `_hvdock` (subcommands, flags, files).
const BASH_LIVE: &str = r#"
# Live names (containers, images, networks, volumes, contexts, swarm objects, plugins) from the
# daemon through `hvdock __complete --directive --words`, which gives up after less than a second
# when the daemon is down.
_hvdock_live() {
    local -a words live
    if [[ -n "${COMP_LINE-}" ]]; then
        local line="${COMP_LINE:0:${COMP_POINT:-${#COMP_LINE}}}"
        read -r -a words <<< "${line}"
        [[ "${line}" =~ [[:space:]]$ ]] && words+=( "" )
        words=( "${words[@]:1}" )
    else
        words=( "${COMP_WORDS[@]:1:COMP_CWORD}" )
    fi
    if (( ${#words[@]} > 0 )); then
        local cur="${words[${#words[@]}-1]}"
        if [[ "${cur}" != -* ]]; then
            local directive=0
            mapfile -t live < <(command "${COMP_WORDS[0]}" __complete --directive --words "${words[@]}" 2>/dev/null)
            # The last line is cobra's directive: 2 no space after the name, 4 no files.
            if (( ${#live[@]} > 0 )) && [[ "${live[${#live[@]}-1]}" =~ ^:([0-9]+)$ ]]; then
                directive=${BASH_REMATCH[1]}
                unset 'live[${#live[@]}-1]'
            fi
            if (( ${#live[@]} > 0 )); then
                # bash splits words at ':' (image tags): offer only what follows the last one.
                if [[ "${cur}" == *:* && "${COMP_WORDBREAKS}" == *:* ]]; then
                    local colon="${cur%"${cur##*:}"}"
                    live=( "${live[@]#"${colon}"}" )
                fi
                (( directive & 2 )) && compopt -o nospace 2>/dev/null
                COMPREPLY=( "${live[@]}" )
                return 0
            fi
            if (( directive & 4 )); then
                # Names go here, and none fit: no files either (as docker's completion).
                COMPREPLY=()
                return 0
            fi
        fi
    fi
    _hvdock "$@"
}
"#;

fn bash(script: &str) -> String {
    let mut out = String::new();
    for line in script.lines() {
        let mut line = line.to_string();
        if line.trim_start().starts_with("opts=\"") {
            for h in HIDDEN {
                line = line
                    .replace(&format!(" {h}\""), "\"")
                    .replace(&format!(" {h} "), " ");
            }
        }
        if line.trim_start().starts_with("complete -F _hvdock ") {
            line = line.replace("complete -F _hvdock ", "complete -F _hvdock_live ");
        }
        if line.starts_with("if [[ \"${BASH_VERSINFO[0]}\"") && !out.contains("_hvdock_live()") {
            out.push_str(BASH_LIVE.trim_start());
            out.push('\n');
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Live names for zsh: every positional and flag value asks `hvdock __complete --directive
/// --words` with the line left of the cursor; where docker offers files (the directive's bit 4
/// unset) and there are no names, `_default` completes files. The command word also offers the
/// CLI plugins installed.
const ZSH_LIVE: &str = r#"
(( $+functions[_hvdock_live_query] )) ||
_hvdock_live_query() {
    local -a line out
    line=( ${(z)LBUFFER} )
    [[ "${LBUFFER}" == *[[:space:]] ]] && line+=( "" )
    out=( "${(@f)$(command ${line[1]} __complete --directive --words "${(@)line[2,-1]}" 2>/dev/null)}" )
    _hvdock_live_directive=0
    if [[ "${out[-1]}" == :<-> ]]; then
        _hvdock_live_directive=${out[-1]#:}
        out=( "${(@)out[1,-2]}" )
    fi
    _hvdock_live_names=( ${out:#} )
}

(( $+functions[_hvdock_live] )) ||
_hvdock_live() {
    local -a _hvdock_live_names
    local _hvdock_live_directive
    _hvdock_live_query
    if (( ${#_hvdock_live_names} )); then
        if (( _hvdock_live_directive & 2 )); then
            compadd -S '' -a _hvdock_live_names
        else
            compadd -a _hvdock_live_names
        fi
    elif (( ! (_hvdock_live_directive & 4) )); then
        _default
    else
        return 1
    fi
}
"#;

/// Added to clap's `_hvdock_commands`: the CLI plugins (the live command words not built in).
const ZSH_PLUGINS: &str = r#"    local -a _hvdock_live_names
    local _hvdock_live_directive name
    _hvdock_live_query
    for name in "${_hvdock_live_names[@]}"; do
        (( ${commands[(I)${name}:*]} )) || commands+=( "${name}" )
    done
"#;

/// The visible aliases of the subcommands of each group (`container list`, `image remove`):
/// the scripts accept them, but like docker's completion they do not offer them.
fn group_aliases() -> Vec<(String, String)> {
    let root = crate::cli::command();
    let mut out = Vec::new();
    for group in root.get_subcommands() {
        for sub in group.get_subcommands() {
            for alias in sub.get_visible_aliases() {
                out.push((group.get_name().to_string(), alias.to_string()));
            }
        }
    }
    out
}

fn zsh(script: &str) -> String {
    zsh_with(script, &group_aliases())
}

fn zsh_with(script: &str, aliases: &[(String, String)]) -> String {
    let mut out = String::new();
    let mut in_commands = false;
    let mut group: Option<&str> = None;
    let mut main_at: Option<usize> = None;
    for line in script.lines() {
        if let Some(g) = line
            .strip_prefix("_hvdock__subcmd__")
            .and_then(|l| l.strip_suffix("_commands() {"))
        {
            group = Some(g).filter(|g| !g.contains("__"));
        }
        if line == "}" {
            group = None;
            if let Some(start) = main_at.take() {
                // An unknown command word (a CLI plugin): the live completer asks the plugin.
                if let Some(at) = out[start..].rfind("\n        esac\n") {
                    out.insert_str(start + at + 1, "(*)\n_hvdock_live\n;;\n");
                }
            }
        }
        if line == "_hvdock() {" {
            main_at = Some(out.len());
        }
        if let Some(g) = group {
            let offered = line.strip_prefix('\'').and_then(|l| l.split_once(':'));
            if offered.is_some_and(|(name, _)| aliases.iter().any(|(p, a)| p == g && a == name)) {
                continue;
            }
        }
        if HIDDEN.iter().any(|h| line.contains(h)) {
            // `'__complete:...'` entries of the command lists and their cases.
            if line.trim_start().starts_with('\'') {
                continue;
            }
        }
        if line.starts_with("_hvdock_commands() {") {
            in_commands = true;
        }
        if in_commands && line.trim_start().starts_with("_describe ") {
            out.push_str(ZSH_PLUGINS);
            in_commands = false;
        }
        let spec = line.starts_with('\'') && line.contains(":_default'");
        if spec {
            out.push_str(&line.replace(":_default'", ":_hvdock_live'"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
        if line.starts_with("#compdef") {
            out.push_str(ZSH_LIVE);
        }
    }
    out
}

/// Live names for fish, alongside clap's completions: one `hvdock __complete --directive
/// --words` per completion, whose answer both entries read (the names, and whether files are
/// offered there at all).
const FISH_LIVE: &str = r#"
# Live names (containers, images, networks, volumes, contexts, swarm objects, CLI plugins) from
# the daemon, and no files where docker offers none.
function __fish_hvdock_live_query
    set -l line (commandline -cp)
    if set -q __fish_hvdock_live_line; and test "$__fish_hvdock_live_line" = "$line"
        return
    end
    set -g __fish_hvdock_live_line $line
    set -l words (commandline -opc)
    set -l cur (commandline -ct)
    set -l out (command $words[1] __complete --directive --words $words[2..-1] "$cur" 2>/dev/null)
    set -g __fish_hvdock_live_directive 0
    if string match -qr '^:[0-9]+$' -- "$out[-1]"
        set __fish_hvdock_live_directive (string sub -s 2 -- $out[-1])
        set -e out[-1]
    end
    set -g __fish_hvdock_live_names $out
end
function __fish_hvdock_live_no_files
    __fish_hvdock_live_query
    test (math "bitand($__fish_hvdock_live_directive, 4)") -ne 0
end
function __fish_hvdock_live
    __fish_hvdock_live_query
    printf '%s\n' $__fish_hvdock_live_names
    # The next completion asks again: names come and go.
    set -e __fish_hvdock_live_line
end
complete -c hvdock -n '__fish_hvdock_live_no_files' -f
complete -c hvdock -a '(__fish_hvdock_live)'
"#;

fn fish(script: &str) -> String {
    fish_with(script, &group_aliases())
}

fn fish_with(script: &str, aliases: &[(String, String)]) -> String {
    let mut out = String::new();
    for line in script.lines() {
        if HIDDEN.iter().any(|h| line.contains(h)) {
            continue;
        }
        let is_alias = aliases.iter().any(|(g, a)| {
            line.starts_with(&format!(
                "complete -c hvdock -n \"__fish_hvdock_using_subcommand {g}; and not "
            )) && line.contains(&format!(" -f -a \"{a}\" "))
        });
        if is_alias {
            continue;
        }
        out.push_str(&fish_flag_value(line).unwrap_or_else(|| line.to_string()));
        out.push('\n');
    }
    out.push_str(FISH_LIVE);
    out
}

/// A flag that takes a value and has no values of its own (`-r` without `-a`): fish completes
/// its value from that line only, so it gets the live names too — one line where docker offers
/// files there, one (`-f`) where it offers none.
fn fish_flag_value(line: &str) -> Option<String> {
    let rest = line.strip_prefix("complete -c hvdock -n \"")?;
    let (cond, opts) = rest.split_once("\" ")?;
    if !opts.ends_with(" -r") && !opts.contains(" -r ") || opts.contains(" -a ") {
        return None;
    }
    let live = "-a '(__fish_hvdock_live)'";
    Some(format!(
        "complete -c hvdock -n \"{cond}; and not __fish_hvdock_live_no_files\" {opts} {live}\n\
         complete -c hvdock -n \"{cond}; and __fish_hvdock_live_no_files\" {opts} -f {live}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bash_script_calls_the_live_completer() {
        let script = bash(
            "opts=\"run __generate __complete\"\nif [[ \"${BASH_VERSINFO[0]}\" -eq 4 ]]; then\n    complete -F _hvdock -o nosort hvdock\nfi\n",
        );
        assert!(script.contains("opts=\"run\"\n"), "{script}");
        assert!(
            script.contains("complete -F _hvdock_live -o nosort hvdock"),
            "{script}"
        );
        assert!(script.contains("_hvdock_live() {"), "{script}");
    }

    #[test]
    fn zsh_positionals_use_the_live_completer() {
        let script = zsh("#compdef hvdock\n'*::containers:_default' \\\n'--signal=[x]:string:_default' \\\n'__complete:x' \\\n");
        assert!(
            script.contains("'*::containers:_hvdock_live' \\"),
            "{script}"
        );
        assert!(!script.contains("'__complete"), "{script}");
    }
}
