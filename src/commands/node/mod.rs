//! `hvdock node ...`.

mod demote;
mod inspect;
pub use inspect::string_map;
pub use ls::pretty;
mod ls;
mod promote;
mod rm;
mod update;

use anyhow::Result;
use serde_json::Value as J;

use super::Ctx;
use crate::cli::node::NodeCommand as N;
use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;

pub async fn dispatch(ctx: &'static Ctx, cmd: N) -> Result<()> {
    match cmd {
        N::Demote(a) => demote::run(ctx, a).await,
        N::Inspect(a) => inspect::run(ctx, a).await,
        N::Ls(a) => ls::run(ctx, a).await,
        N::Promote(a) => promote::run(ctx, a).await,
        N::Ps(a) => crate::commands::service::node_ps(ctx, a).await,
        N::Rm(a) => rm::run(ctx, a).await,
        N::Update(a) => update::run(ctx, a).await,
    }
}

/// docker's `node.Reference`: `self` is this node's ID from `/info`.
pub async fn reference(engine: &Engine, r: &str) -> Result<String> {
    if r != "self" {
        return Ok(r.to_string());
    }
    let info = raw::get_json(engine, &ApiPath::new("/info")).await?;
    match info["Swarm"]["NodeID"].as_str().unwrap_or_default() {
        "" => {
            // not a manager: the node list says why
            raw::get_json(engine, &ApiPath::new("/nodes")).await?;
            Err(CliError::message("node ID not found in /info", 1))
        }
        id => Ok(id.to_string()),
    }
}

/// `GET /nodes/{id}`.
pub async fn get(engine: &Engine, id: &str) -> Result<J> {
    raw::get_json(engine, &ApiPath::new("/nodes").seg(id)).await
}

/// What a role change found: done, or nothing to do (docker's `errNoRoleChange`).
pub enum Merge {
    Changed,
    Unchanged,
}

/// docker's `updateNodes`: each node fetched, merged, sent back; `success` after each update;
/// the first failure ends it.
pub async fn update_nodes(
    engine: &Engine,
    nodes: &[String],
    mut merge: impl FnMut(&mut J) -> Result<Merge>,
    success: impl Fn(&str),
) -> Result<()> {
    for r in nodes {
        let mut node = get(engine, r).await?;
        if let Merge::Unchanged = merge(&mut node)? {
            continue;
        }
        let id = node["ID"].as_str().unwrap_or_default().to_string();
        let version = node["Version"]["Index"].as_u64().unwrap_or_default();
        let path = ApiPath::new("/nodes")
            .seg(&id)
            .lit("/update")
            .query("version", &version.to_string());
        raw::send_only(engine, http::Method::POST, &path, Some(&node["Spec"])).await?;
        success(r);
    }
    Ok(())
}

/// Sets the role of nodes (promote, demote) with docker's messages.
pub async fn set_role(
    engine: &Engine,
    nodes: &[String],
    role: &'static str,
    already: &'static str,
    done: impl Fn(&str) -> String,
) -> Result<()> {
    let merge = |node: &mut J| {
        if node["Spec"]["Role"].as_str() == Some(role) {
            println!(
                "Node {} is already a {already}.",
                node["ID"].as_str().unwrap_or_default()
            );
            return Ok(Merge::Unchanged);
        }
        node["Spec"]["Role"] = role.into();
        Ok(Merge::Changed)
    };
    update_nodes(engine, nodes, merge, |id| println!("{}", done(id))).await
}
