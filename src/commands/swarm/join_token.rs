//! `hvdock swarm join-token`: show (and rotate) a role's join token.

use anyhow::Result;

use super::{info, inspect, print_join_command, update_spec};
use crate::cli::swarm::JoinTokenArgs;
use crate::commands::Ctx;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: JoinTokenArgs) -> Result<()> {
    let role = a.role.clone();
    let (worker, manager) = (role == "worker", role == "manager");
    if !worker && !manager {
        return Err(CliError::message(format!("unknown role {role}"), 1));
    }
    let engine = ctx.engine()?;
    if a.rotate {
        let swarm = inspect(engine).await?;
        update_spec(engine, &swarm, &swarm["Spec"], (worker, manager, false)).await?;
        if !a.quiet {
            print!("Successfully rotated {role} join token.\n\n");
        }
    }
    let swarm = inspect(engine).await?;
    if a.quiet {
        let key = if worker { "Worker" } else { "Manager" };
        println!("{}", swarm["JoinTokens"][key].as_str().unwrap_or_default());
        return Ok(());
    }
    let info = info(engine).await?;
    let node_id = info["Swarm"]["NodeID"].as_str().unwrap_or_default();
    print_join_command(engine, node_id, worker, manager).await
}
