//! `hvdock push`: uploads an image with the stored credentials, showing docker's progress.

use anyhow::Result;

use super::progress::{Out, Progress};
use super::pull::auth_header;
use super::reference::Reference;
use crate::cli::image::PushArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

pub async fn run(ctx: &'static Ctx, a: PushArgs) -> Result<()> {
    super::reference::validate_named(&a.name).map_err(|e| CliError::message(e, 1))?;
    let r = Reference::parse(&a.name);
    if a.all_tags && r.tag.is_some() {
        return Err(CliError::message("tag can't be used with --all-tags/-a", 1));
    }
    let tag = match (&r.tag, a.all_tags) {
        (_, true) => None,
        (Some(t), false) => Some(t.clone()),
        (None, false) => {
            if !a.quiet {
                println!("Using default tag: latest");
            }
            Some("latest".to_string())
        }
    };
    let path = ApiPath::new("/images")
        .seg(&r.repository)
        .lit("/push")
        .query_opt("tag", tag.as_deref());
    let engine = ctx.engine()?;
    let headers = [auth_header(ctx, &r.repository)];
    let (_, body) =
        raw::stream_with(engine, http::Method::POST, &path, &headers, Vec::new()).await?;
    Progress::new(if a.quiet { Out::Quiet } else { Out::Stdout })
        .consume(body)
        .await?;
    if a.quiet {
        match tag {
            Some(t) => println!("{}:{t}", r.repository),
            None => println!("{}", r.repository),
        }
    }
    Ok(())
}
