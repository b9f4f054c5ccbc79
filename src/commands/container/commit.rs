//! `hvdock commit`: the new image's ID printed.

use anyhow::Result;
use serde_json::Value as J;

use super::each::escape_query;
use crate::cli::transfer::CommitArgs;
use crate::commands::image::reference::Reference;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::error::CliError;

/// The repository and tag docker's client sends for a `REPOSITORY[:TAG]`.
fn repo_tag(r: &str) -> Result<(String, String)> {
    let parsed = Reference::parse(r);
    if parsed.digest.is_some() {
        return Err(CliError::message(
            "refusing to create a tag with a digest reference",
            1,
        ));
    }
    let repo = parsed.repository;
    let valid = !repo.is_empty()
        && repo.split('/').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-:".contains(&b))
        });
    if !valid {
        return Err(CliError::message("invalid reference format", 1));
    }
    let first_is_host = repo.contains('/')
        && repo
            .split('/')
            .next()
            .is_some_and(|h| h.contains(['.', ':']) || h == "localhost");
    let path_part = if first_is_host {
        repo.split_once('/').map(|x| x.1).unwrap_or_default()
    } else {
        &repo
    };
    if path_part.bytes().any(|b| b.is_ascii_uppercase()) {
        let remote = if repo.contains('/') {
            path_part.to_string()
        } else {
            format!("library/{repo}")
        };
        return Err(CliError::message(
            format!("invalid reference format: repository name ({remote}) must be lowercase"),
            1,
        ));
    }
    Ok((repo, parsed.tag.unwrap_or_else(|| "latest".into())))
}

pub async fn run(ctx: &Ctx, a: CommitArgs) -> Result<()> {
    let mut q = vec![format!("container={}", escape_query(&a.container))];
    if let Some(r) = a.reference.as_deref().filter(|r| !r.is_empty()) {
        let (repo, tag) = repo_tag(r)?;
        q.push(format!("repo={}", escape_query(&repo)));
        q.push(format!("tag={}", escape_query(&tag)));
    }
    if let Some(m) = a.message.as_deref().filter(|m| !m.is_empty()) {
        q.push(format!("comment={}", escape_query(m)));
    }
    if let Some(au) = a.author.as_deref().filter(|m| !m.is_empty()) {
        q.push(format!("author={}", escape_query(au)));
    }
    for c in &a.change {
        q.push(format!("changes={}", escape_query(c)));
    }
    if !a.pause.unwrap_or(true) {
        q.push("pause=0".into());
    }
    q.sort();
    let engine = ctx.engine()?;
    let answer = raw::send_json(
        engine,
        http::Method::POST,
        &format!("/commit?{}", q.join("&")),
        None,
    )
    .await?;
    println!(
        "{}",
        answer.get("Id").and_then(J::as_str).unwrap_or_default()
    );
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
