//! `hvdock swarm join`: docker's JoinRequest, then which role the node got.

use anyhow::Result;
use serde_json::json;

use super::{availability, info};
use crate::cli::swarm::JoinArgs;
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::raw;

pub async fn run(ctx: &Ctx, a: JoinArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut req = json!({
        "ListenAddr": a.listen_addr,
        "AdvertiseAddr": a.advertise_addr.clone().unwrap_or_default(),
        "DataPathAddr": a.data_path_addr.clone().unwrap_or_default(),
        "RemoteAddrs": [a.remote],
        "JoinToken": a.token.clone().unwrap_or_default(),
    });
    if let Some(v) = &a.availability {
        req["Availability"] = json!(availability(v)?);
    }
    let path = ApiPath::new("/swarm/join");
    raw::send_only(engine, http::Method::POST, &path, Some(&req)).await?;
    let info = info(engine).await?;
    if info["Swarm"]["ControlAvailable"].as_bool().unwrap_or(false) {
        println!("This node joined a swarm as a manager.");
    } else {
        println!("This node joined a swarm as a worker.");
    }
    Ok(())
}
