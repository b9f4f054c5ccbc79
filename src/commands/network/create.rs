//! `hvdock network create`: docker's request (IPAM matched up client-side), the new ID printed.

use std::collections::BTreeMap;

use anyhow::Result;
use serde_json::{json, Value as J};

use super::ipam;
use crate::cli::network::CreateArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::format::go_json;

/// pflag's string slices: every value is a CSV record.
pub fn csv_values(values: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for v in values {
        if v.is_empty() {
            continue;
        }
        out.extend(crate::opts::csv::read_record(v).map_err(|e| CliError::message(e, 125))?);
    }
    Ok(out)
}

/// docker's `MapOpts`: `k=v`, a bare `k` is `k=""`; later values win.
pub fn map(values: &[String]) -> BTreeMap<String, String> {
    values
        .iter()
        .map(|v| {
            let (k, val) = v.split_once('=').unwrap_or((v, ""));
            (k.to_string(), val.to_string())
        })
        .collect()
}

pub async fn run(ctx: &Ctx, a: CreateArgs) -> Result<()> {
    let subnets = csv_values(&a.subnet)?;
    let ranges = csv_values(&a.ip_range)?;
    let gateways = csv_values(&a.gateway)?;
    let aux: Vec<(String, String)> = map(&a.aux_address).into_iter().collect();
    let ipam_opts = map(&a.ipam_opt);
    let ipam = ipam::config(&ipam::Options {
        driver: &a.ipam_driver,
        subnets: &subnets,
        ranges: &ranges,
        gateways: &gateways,
        aux: &aux,
        opts: &ipam_opts,
    })
    .map_err(|e| CliError::message(e, 1))?;
    let labels: BTreeMap<String, String> = map(&a.label);
    let mut body = json!({
        "Name": a.name,
        "CheckDuplicate": true,
        "Driver": a.driver,
        "Scope": a.scope.clone().unwrap_or_default(),
        "EnableIPv6": a.ipv6.unwrap_or(false),
        "IPAM": ipam,
        "Internal": a.internal,
        "Attachable": a.attachable,
        "Ingress": a.ingress,
        "ConfigOnly": a.config_only,
        "Options": map(&a.opt),
        "Labels": labels,
    });
    if let Some(from) = a.config_from.filter(|f| !f.is_empty()) {
        body["ConfigFrom"] = json!({ "Network": from });
    }
    if let Some(v4) = a.ipv4 {
        body["EnableIPv4"] = J::Bool(v4);
    }
    let engine = ctx.engine()?;
    let answer = raw::send_json(
        engine,
        http::Method::POST,
        &ApiPath::new("/networks/create"),
        Some(&body),
    )
    .await?;
    raw::check_go(&answer, "NetworkCreateResponse")?;
    // docker prints the ID alone: the daemon's `Warning` is not shown.
    println!("{}", go_json::field_str(&answer, "Id"));
    Ok(())
}
