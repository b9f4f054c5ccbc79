//! `hvdock node promote`.

use anyhow::Result;

use crate::cli::node::NodesArgs;
use crate::commands::Ctx;

pub async fn run(ctx: &Ctx, a: NodesArgs) -> Result<()> {
    super::set_role(ctx.engine()?, &a.nodes, "manager", "manager", |id| {
        format!("Node {id} promoted to a manager in the swarm.")
    })
    .await
}
