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
            let api = match crate::help::has_versioned_flags(&path) {
                true => super::daemon_api(ctx).await,
                false => None,
            };
            let out = crate::usage::outcome(&e, &root, &args[1..], api.as_deref());
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
# Live names (containers, images, networks, volumes, contexts) from the daemon through
# `hvdock __complete --words`, which gives up after less than a second when the daemon is down.
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
            mapfile -t live < <(command "${COMP_WORDS[0]}" __complete --words "${words[@]}" 2>/dev/null)
            if (( ${#live[@]} > 0 )); then
                # bash splits words at ':' (image tags): offer only what follows the last one.
                if [[ "${cur}" == *:* && "${COMP_WORDBREAKS}" == *:* ]]; then
                    local colon="${cur%"${cur##*:}"}"
                    live=( "${live[@]#"${colon}"}" )
                fi
                COMPREPLY=( "${live[@]}" )
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

/// Live names for zsh: every positional and flag value asks `hvdock __complete --words` with the
/// line left of the cursor, then falls back to `_default`.
const ZSH_LIVE: &str = r#"
(( $+functions[_hvdock_live] )) ||
_hvdock_live() {
    local -a line live
    line=( ${(z)LBUFFER} )
    [[ "${LBUFFER}" == *[[:space:]] ]] && line+=( "" )
    live=( ${(f)"$(command ${line[1]} __complete --words "${(@)line[2,-1]}" 2>/dev/null)"} )
    if (( ${#live} )); then
        compadd -a live
    else
        _default
    fi
}
"#;

fn zsh(script: &str) -> String {
    let mut out = String::new();
    for line in script.lines() {
        if HIDDEN.iter().any(|h| line.contains(h)) {
            // `'__complete:...'` entries of the command lists and their cases.
            if line.trim_start().starts_with('\'') {
                continue;
            }
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

/// Live names for fish, alongside clap's completions.
const FISH_LIVE: &str = r#"
# Live names (containers, images, networks, volumes, contexts) from the daemon.
function __fish_hvdock_live
    set -l words (commandline -opc) (commandline -ct)
    command $words[1] __complete --words $words[2..-1] 2>/dev/null
end
complete -c hvdock -a '(__fish_hvdock_live)'
"#;

fn fish(script: &str) -> String {
    let mut out: String = script
        .lines()
        .filter(|l| !HIDDEN.iter().any(|h| l.contains(h)))
        .map(|l| format!("{l}\n"))
        .collect();
    out.push_str(FISH_LIVE);
    out
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
