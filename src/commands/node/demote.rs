//! `hvdock node demote`.

use anyhow::Result;

use crate::cli::node::NodesArgs;
use crate::commands::Ctx;

pub async fn run(ctx: &Ctx, a: NodesArgs) -> Result<()> {
    super::set_role(ctx.engine()?, &a.nodes, "worker", "worker", |id| {
        format!("Manager {id} demoted in the swarm.")
    })
    .await
}
