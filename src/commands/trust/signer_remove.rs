//! `trust signer remove [-f] NAME REPOSITORY...`: docker's `removeSigner`: for each repository
//! the reference checked, `releases` refused, then the trust server asked for the repository's
//! signers; a repository that fails is named at the end, as docker names it.

use anyhow::Result;

use super::repo::{image_ref, open};
use crate::cli::trust::SignerRemoveArgs;
use crate::commands::Ctx;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: SignerRemoveArgs) -> Result<()> {
    let mut failed = Vec::new();
    for repo in &a.repos {
        println!("Removing signer \"{}\" from {repo}...", a.name);
        let err = match image_ref(repo) {
            Err(e) => e,
            Ok(_) if a.name == "releases" => {
                "releases is a reserved keyword and cannot be removed".to_string()
            }
            Ok(r) => match open(ctx, &r).await {
                Err(e) => e,
                Ok(reached) => format!("error retrieving signers for {repo}: {}", reached.text()),
            },
        };
        eprintln!("{err}\n");
        failed.push(repo.as_str());
    }
    Err(CliError::message(
        format!("error removing signer from: {}", failed.join(", ")),
        1,
    ))
}
