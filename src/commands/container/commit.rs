//! `hvdock commit`: the new image's ID printed.

use anyhow::Result;

use crate::cli::transfer::CommitArgs;
use crate::commands::image::reference::{self, Reference};
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

/// The repository and tag docker's client sends for a `REPOSITORY[:TAG]`, checked as it does
/// (`ParseNormalizedNamed`) before asking the daemon.
fn repo_tag(r: &str) -> Result<(String, String)> {
    reference::validate_named(r).map_err(|e| CliError::message(e, 1))?;
    let parsed = Reference::parse(r);
    if parsed.digest.is_some() {
        return Err(CliError::message(
            "refusing to create a tag with a digest reference",
            1,
        ));
    }
    Ok((
        parsed.repository,
        parsed.tag.unwrap_or_else(|| "latest".into()),
    ))
}

pub async fn run(ctx: &Ctx, a: CommitArgs) -> Result<()> {
    let repo_tag = match a.reference.as_deref().filter(|r| !r.is_empty()) {
        Some(r) => Some(repo_tag(r)?),
        None => None,
    };
    let nonempty = |v: &Option<String>| v.clone().filter(|m| !m.is_empty());
    // In the order of docker's query (Go's url.Values sorts by key).
    let path = ApiPath::new("/commit").query_opt("author", nonempty(&a.author).as_deref());
    let path = a.change.iter().fold(path, |p, c| p.query("changes", c));
    let path = path
        .query_opt("comment", nonempty(&a.message).as_deref())
        .query("container", &a.container)
        .query_opt("pause", (!a.pause.unwrap_or(true)).then_some("0"))
        .query_opt("repo", repo_tag.as_ref().map(|(r, _)| r.as_str()))
        .query_opt("tag", repo_tag.as_ref().map(|(_, t)| t.as_str()));
    let engine = ctx.engine()?;
    let answer = raw::send_json(engine, http::Method::POST, &path, None).await?;
    raw::check_go(&answer, "IDResponse")?;
    println!("{}", crate::format::go_json::field_str(&answer, "Id"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::repo_tag;

    #[test]
    fn references() {
        assert_eq!(repo_tag("a/b:1").unwrap(), ("a/b".into(), "1".into()));
        assert_eq!(repo_tag("x").unwrap(), ("x".into(), "latest".into()));
        assert!(repo_tag("X").is_err());
        assert!(repo_tag("a@sha256:00").is_err());
        assert!(repo_tag("a b").is_err());
    }
}
