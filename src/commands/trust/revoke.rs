//! `trust revoke [-y] IMAGE[:TAG]`: docker's `revokeTrust` up to its first exchange with the
//! trust server: the reference checked, the confirmation docker asks for a whole repository,
//! then the server asked for the signed tags.

use anyhow::Result;

use super::repo::{open, tag_ref};
use crate::cli::trust::RevokeArgs;
use crate::commands::prune::confirm;
use crate::commands::Ctx;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: RevokeArgs) -> Result<()> {
    let fail = |m: String| CliError::message(m, 1);
    let r = tag_ref(&a.image).map_err(fail)?;
    if r.tag.is_none() {
        let question = format!(
            "Confirm you would like to delete all signature data for {}?",
            a.image
        );
        // Declined: docker's cancelled error, which exits 0 without a word.
        if !a.yes && !confirm(&question) {
            return Ok(());
        }
    }
    let cause = open(ctx, &r).await.map_err(fail)?.text();
    Err(fail(format!(
        "could not remove signature for {}: {cause}",
        a.image
    )))
}
