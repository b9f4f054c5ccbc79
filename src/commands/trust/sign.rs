//! `trust sign IMAGE:TAG`: docker's `runSignImage` up to its first exchange with the trust
//! server: the reference and its tag checked, then the server asked for the repository's trust
//! data; a server that cannot be reached or refuses fails as docker's does, and a repository
//! without trust data needs the image locally first.

use anyhow::Result;

use super::repo::{contacting, familiar_name, open, tag_ref, Reached};
use crate::cli::trust::SignArgs;
use crate::commands::Ctx;
use crate::engine::notary::Refusal;
use crate::engine::{raw, ApiPath};
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: SignArgs) -> Result<()> {
    let fail = |m: String| CliError::message(m, 1);
    let r = tag_ref(&a.image).map_err(fail)?;
    if r.tag.is_none() {
        return Err(fail(format!("no tag specified for {}", familiar_name(&r))));
    }
    match open(ctx, &r).await.map_err(fail)? {
        Reached::Unreachable(cause) => Err(fail(contacting(&cause))),
        // No trust data yet: docker would make the repository, for an image it has.
        Reached::Refused(Refusal::NotExist(_)) => {
            let path = ApiPath::new("/images").seg(&a.image).lit("/json");
            match raw::get_json(ctx.engine()?, &path).await {
                Ok(_) => Err(fail(
                    "hvdock cannot initialize a signed repository: it has no Notary (TUF) client"
                        .into(),
                )),
                // The daemon's answer, as docker's image inspect reports it.
                Err(e) => Err(e),
            }
        }
        other => Err(fail(other.text())),
    }
}
