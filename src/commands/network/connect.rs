//! `hvdock network connect`.

use anyhow::Result;
use serde_json::json;

use super::create::csv_values;
use crate::cli::network::ConnectArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: ConnectArgs) -> Result<()> {
    let mut driver_opts = serde_json::Map::new();
    for o in csv_values(&a.driver_opt)? {
        match o.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() => {
                driver_opts.insert(k.trim().to_string(), json!(v.trim()));
            }
            _ => {
                return Err(CliError::message(
                    "invalid key/value pair format in driver options",
                    1,
                ))
            }
        }
    }
    let aliases = csv_values(&a.alias)?;
    let link_local = csv_values(&a.link_local_ip)?;
    let mut endpoint = json!({
        "IPAMConfig": {
            "IPv4Address": a.ip.unwrap_or_default(),
            "IPv6Address": a.ip6.unwrap_or_default(),
            "LinkLocalIPs": link_local,
        },
        "Links": a.link,
        "Aliases": aliases,
        "DriverOpts": driver_opts,
    });
    if let Some(p) = a.gw_priority.filter(|p| *p != 0) {
        endpoint["GwPriority"] = json!(p);
    }
    let body = json!({"Container": a.container, "EndpointConfig": endpoint});
    let engine = ctx.engine()?;
    raw::send_only(
        engine,
        http::Method::POST,
        &ApiPath::new("/networks").seg(&a.network).lit("/connect"),
        Some(&body),
    )
    .await?;
    Ok(())
}
