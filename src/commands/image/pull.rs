//! Pulling an image: `hvdock pull` and the pull `run`/`create` do for a missing image, both
//! with docker's display (live layer lines on a terminal, plain lines otherwise) and the stored
//! registry credentials.

use anyhow::Result;

use super::progress::{Out, Progress};
use super::reference::Reference;
use crate::cli::image::PullArgs;
use crate::commands::auth::store;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

/// Where progress goes: `run`/`create` print it on stderr, `pull` on stdout.
pub type Sink = Out;

/// The `X-Registry-Auth` header for `repository` from config.json or its credential helper.
pub fn auth_header(ctx: &Ctx, repository: &str) -> (&'static str, String) {
    (
        "x-registry-auth",
        store::header_for(ctx.config(), repository),
    )
}

/// Pulls `image` (one tag, or every tag when `all`), showing the daemon's messages on `sink`.
async fn pull_ref(
    ctx: &Ctx,
    r: &Reference,
    all: bool,
    platform: Option<&str>,
    sink: Sink,
) -> Result<()> {
    let engine = ctx.engine()?;
    let tag = (!all).then(|| r.tag_or_digest());
    let path = ApiPath::new("/images/create")
        .query("fromImage", &r.repository)
        .query_opt("tag", tag.as_deref())
        .query_opt("platform", platform.filter(|p| !p.is_empty()));
    let headers = [auth_header(ctx, &r.repository)];
    let (_, body) =
        raw::stream_with(engine, http::Method::POST, &path, &headers, Vec::new()).await?;
    Progress::new(sink).consume(body).await
}

/// The pull `run`/`create` do: the same display, on stderr.
pub async fn pull(ctx: &Ctx, image: &str, platform: Option<&str>, sink: Sink) -> Result<()> {
    pull_ref(ctx, &Reference::parse(image), false, platform, sink).await
}

/// `hvdock pull` / `hvdock image pull`.
pub async fn run(ctx: &'static Ctx, a: PullArgs) -> Result<()> {
    super::reference::validate_named(&a.name).map_err(|e| CliError::message(e, 1))?;
    let r = Reference::parse(&a.name);
    if a.all_tags && (r.tag.is_some() || r.digest.is_some()) {
        return Err(CliError::message("tag can't be used with --all-tags/-a", 1));
    }
    if !a.all_tags && r.tag.is_none() && r.digest.is_none() && !a.quiet {
        println!("Using default tag: latest");
    }
    let sink = if a.quiet { Sink::Quiet } else { Sink::Stdout };
    pull_ref(ctx, &r, a.all_tags, a.platform.as_deref(), sink).await?;
    let shown = match (a.all_tags, &r.tag, &r.digest) {
        (true, _, _) => r.repository.clone(),
        (false, None, None) => format!("{}:latest", r.repository),
        _ => r.familiar(),
    };
    // docker prints the normalized name (`docker.io/library/x:latest`).
    println!("{}", super::reference::normalized(&shown));
    Ok(())
}
