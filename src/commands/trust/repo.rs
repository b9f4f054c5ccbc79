//! What `sign`, `revoke` and `signer add|remove` share: the image reference docker parses
//! (`trust.GetImageReferencesAndAuth`), and docker's `newNotaryClient` followed by its first
//! request: the trust server chosen, the repository's local cache made, the server asked.

use crate::commands::image::reference::parse_named;
use crate::commands::Ctx;
use crate::engine::notary::{self, Contact, Refusal};
use crate::engine::registry::RepoRef;

/// `reference.ParseNormalizedNamed`, with docker's message when it fails.
pub fn image_ref(s: &str) -> Result<RepoRef, String> {
    parse_named(s)
}

/// [`image_ref`] for a verb on one tag: a digest instead of a tag refused as docker does.
pub fn tag_ref(s: &str) -> Result<RepoRef, String> {
    let r = image_ref(s)?;
    if r.tag.is_none() && r.digest.is_some() {
        return Err("cannot use a digest reference for IMAGE:TAG".into());
    }
    Ok(r)
}

/// `reference.FamiliarName`: `busybox` for `docker.io/library/busybox`.
pub fn familiar_name(r: &RepoRef) -> String {
    crate::commands::listing::familiar(&r.name())
}

/// How docker's first request for a repository's trust data went.
pub enum Reached {
    /// The server could not be reached (notary's `NetworkError`).
    Unreachable(String),
    /// The server refused: no trust data (404) or an error status.
    Refused(Refusal),
    /// The server sent trust data: hvdock has no client to go on with (the message says so).
    Beyond(String),
}

/// docker's `newNotaryClient` (`Err`: its failure, such as an invalid
/// `DOCKER_CONTENT_TRUST_SERVER`) and then the first exchange with the server.
pub async fn open(ctx: &Ctx, r: &RepoRef) -> Result<Reached, String> {
    let server = notary::server(&r.domain)?;
    super::store::repo_dirs(ctx, &r.name()).map_err(|e| e.to_string())?;
    let insecure = !crate::engine::registry::is_secure(&r.domain);
    Ok(match notary::contact(&server, &r.name(), insecure).await {
        Contact::Unreachable(cause) => Reached::Unreachable(cause),
        Contact::Answered { status, host } => match notary::refusal(status, &host, &r.name()) {
            Some(refusal) => Reached::Refused(refusal),
            None => Reached::Beyond(no_client(status)),
        },
    })
}

impl Reached {
    /// The error text as a notary client call returns it (what docker wraps).
    pub fn text(self) -> String {
        match self {
            Reached::Unreachable(t)
            | Reached::Beyond(t)
            | Reached::Refused(Refusal::NotExist(t) | Refusal::Unavailable(t)) => t,
        }
    }
}

/// What hvdock says where docker's notary client would go on with a server that answered.
fn no_client(status: u16) -> String {
    format!("the trust server answered (HTTP {status}), but hvdock has no Notary (TUF) client to go on with it")
}

/// docker's `trust.NotaryError` for a server that cannot be reached.
pub fn contacting(cause: &str) -> String {
    format!("Error: error contacting notary server: {cause}")
}
