//! Content trust where a command verifies or signs through a Notary server (`plugin install`,
//! `upgrade`, `push` with `DOCKER_CONTENT_TRUST`): hvdock has no Notary client, so it answers
//! as docker does when the trust server cannot be reached or refuses, after the same steps
//! docker takes first — those of the trust verbs (`repo::open`: the server's address checked,
//! the trust directories made, the server asked). A server that sends trust data is refused as
//! well: hvdock cannot check its data.

use super::repo::{self, Reached};
use crate::commands::Ctx;
use crate::engine::notary::Refusal;
use crate::engine::registry::RepoRef;
use crate::error::CliError;

/// docker's `ContentTrustEnabled`: `DOCKER_CONTENT_TRUST` set to anything that is not false.
pub fn enabled() -> bool {
    match std::env::var("DOCKER_CONTENT_TRUST") {
        Ok(v) if !v.is_empty() => {
            !matches!(v.as_str(), "0" | "f" | "F" | "false" | "FALSE" | "False")
        }
        _ => false,
    }
}

/// Whether a command skips trust: `--disable-content-trust` as given, else content trust off.
pub fn skipped(flag: Option<bool>) -> bool {
    flag.unwrap_or(!enabled())
}

/// What looking up (or publishing) `r`'s trust data ends with: docker's error when the server
/// is not a valid address, cannot be reached or refuses (its `trust.NotaryError`), and hvdock's
/// refusal when it sends trust data.
pub async fn unavailable(ctx: &Ctx, r: &RepoRef) -> anyhow::Error {
    let fail = |m: String| CliError::message(m, 1);
    let gun = r.name();
    match repo::open(ctx, r).await {
        Err(e) => fail(format!(
            "error establishing connection to trust repository: {e}"
        )),
        Ok(Reached::Unreachable(cause)) => fail(repo::contacting(&cause)),
        Ok(Reached::Refused(Refusal::NotExist(t))) => fail(format!(
            "Error: remote trust data does not exist for {gun}: {t}"
        )),
        Ok(other) => fail(other.text()),
    }
}
