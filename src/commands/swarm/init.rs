//! `hvdock swarm init`: docker's InitRequest, then the join and unlock instructions.

use anyhow::Result;
use serde_json::json;

use super::{availability, merge_spec, print_join_command, print_unlock_command, unlock_key};
use crate::cli::swarm::InitArgs;
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::raw;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: InitArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let pools: Vec<&str> = a
        .default_addr_pool
        .iter()
        .flat_map(|p| p.split(','))
        .filter(|p| !p.is_empty())
        .collect();
    let mut spec = json!({});
    merge_spec(&mut spec, &a.spec, a.autolock, None);
    let autolock = a.autolock.unwrap_or(false);
    let mut req = json!({
        "ListenAddr": a.listen_addr,
        "AdvertiseAddr": a.advertise_addr.clone().unwrap_or_default(),
        "DataPathAddr": a.data_path_addr.clone().unwrap_or_default(),
        "DataPathPort": a.data_path_port.unwrap_or(0),
        "ForceNewCluster": a.force_new_cluster,
        "Spec": spec,
        "AutoLockManagers": autolock,
        "DefaultAddrPool": pools,
        "SubnetSize": a.default_addr_pool_mask_length,
    });
    if let Some(v) = &a.availability {
        req["Availability"] = json!(availability(v)?);
    }
    let path = ApiPath::new("/swarm/init");
    let node_id = match raw::send_json(engine, http::Method::POST, &path, Some(&req)).await {
        Ok(id) => id.as_str().unwrap_or_default().to_string(),
        Err(e) => {
            let text = crate::error::render(&e).0;
            if text.contains("could not choose an IP address to advertise")
                || text.contains("could not find the system's IP address")
            {
                return Err(CliError::message(
                    format!("{text} - specify one with --advertise-addr"),
                    1,
                ));
            }
            return Err(e);
        }
    };
    print!("Swarm initialized: current node ({node_id}) is now a manager.\n\n");
    print_join_command(engine, &node_id, true, false).await?;
    println!(
        "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions."
    );
    if autolock {
        print_unlock_command(&unlock_key(engine).await?);
    }
    Ok(())
}
