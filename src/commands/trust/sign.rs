//! `trust sign IMAGE:TAG`: docker's `runSignImage` up to its first exchange with the trust
//! server: the reference and its tag checked, then the server asked for the repository's trust
//! data; a server that cannot be reached fails as docker's does.

use anyhow::Result;

use super::repo::{contacting, familiar_name, image_ref, no_client, open};
use crate::cli::trust::SignArgs;
use crate::commands::Ctx;
use crate::engine::notary::Contact;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: SignArgs) -> Result<()> {
    let fail = |m: String| CliError::message(m, 1);
    let r = image_ref(&a.image).map_err(fail)?;
    if r.tag.is_none() {
        if r.digest.is_some() {
            return Err(fail("cannot use a digest reference for IMAGE:TAG".into()));
        }
        return Err(fail(format!("no tag specified for {}", familiar_name(&r))));
    }
    match open(ctx, &r).await.map_err(fail)? {
        Contact::Unreachable(cause) => Err(fail(contacting(&cause))),
        Contact::Answered(status) => Err(fail(no_client(status))),
    }
}
