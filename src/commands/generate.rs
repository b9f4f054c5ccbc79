//! `hvdock help COMMAND` and the hidden generator of `completions/` and `man/`.

use std::path::Path;

use anyhow::{Context as _, Result};
use clap_complete::Shell;

use crate::error::CliError;

/// `hvdock help run` prints the same as `hvdock run --help`.
pub fn help(words: &[String]) -> Result<()> {
    let mut args = vec!["hvdock".to_string()];
    args.extend(words.iter().cloned());
    args.push("--help".into());
    let root = crate::cli::command();
    match root.clone().try_get_matches_from(&args) {
        Ok(_) => Ok(()),
        Err(e) => {
            let out = crate::usage::outcome(&e, &root, &args[1..]);
            if out.stdout {
                print!("{}", out.text);
                Ok(())
            } else {
                Err(CliError::message(out.text.trim_end().to_string(), out.code))
            }
        }
    }
}

/// Writes every completion script and man page generated from the clap tree.
pub fn run(out: &Path) -> Result<()> {
    let completions = out.join("completions");
    let man = out.join("man");
    std::fs::create_dir_all(&completions).with_context(|| format!("creating {}", completions.display()))?;
    std::fs::create_dir_all(&man).with_context(|| format!("creating {}", man.display()))?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish] {
        let mut cmd = crate::cli::command();
        clap_complete::generate_to(shell, &mut cmd, "hvdock", &completions)
            .with_context(|| format!("writing {shell} completions"))?;
    }
    let cmd = crate::cli::command();
    clap_mangen::generate_to(cmd, &man).context("writing man pages")?;
    Ok(())
}
