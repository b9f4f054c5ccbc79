//! `hvdock swarm ca`: show the root CA, or rotate it (docker's checks of the flag combination).

use anyhow::Result;

use super::{inspect, merge_ca, update_spec};
use crate::cli::swarm::CaArgs;
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: CaArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let swarm = inspect(engine).await?;
    let fail = |m: String| Err(CliError::message(m, 1));
    if !a.rotate {
        for (given, flag) in [
            (a.ca_cert.is_some(), "ca-cert"),
            (a.ca_key.is_some(), "ca-key"),
            (a.cert_expiry.is_some(), "cert-expiry"),
            (!a.external_ca.is_empty(), "external-ca"),
        ] {
            if given {
                return fail(format!(
                    "`--{flag}` flag requires the `--rotate` flag to update the CA"
                ));
            }
        }
        return trust_root(&swarm);
    }
    if !a.external_ca.is_empty() && a.ca_cert.is_none() {
        return fail(
            "rotating to an external CA requires the `--ca-cert` flag to specify the external CA's cert - \
             to add an external CA with the current root CA certificate, use the `update` command instead"
                .into(),
        );
    }
    if a.ca_cert.is_some() && a.external_ca.is_empty() && a.ca_key.is_none() {
        return fail(
            "the --ca-cert flag requires that a --ca-key flag and/or --external-ca flag be provided as well"
                .into(),
        );
    }
    let mut spec = swarm["Spec"].clone();
    let cert = a.ca_cert.clone().unwrap_or_default();
    let key = a.ca_key.clone().unwrap_or_default();
    merge_ca(&mut spec, a.cert_expiry, &a.external_ca, Some(&cert));
    spec["CAConfig"]["SigningCACert"] = cert.clone().into();
    spec["CAConfig"]["SigningCAKey"] = key.clone().into();
    if cert.is_empty() && key.is_empty() {
        let n = spec["CAConfig"]["ForceRotate"].as_u64().unwrap_or(0);
        spec["CAConfig"]["ForceRotate"] = (n + 1).into();
    }
    update_spec(engine, &swarm, &spec, (false, false, false)).await?;
    if a.detach {
        return Ok(());
    }
    converge(engine, a.quiet).await?;
    if a.quiet {
        return Ok(());
    }
    trust_root(&inspect(engine).await?)
}

/// docker's `RootRotationProgress` as its non-terminal display prints it: the headings, then
/// the desired root's digest at every look (every 200 ms) until every node holds a certificate
/// from the new root and trusts it.
async fn converge(engine: &Engine, quiet: bool) -> Result<()> {
    use sha2::Digest as _;
    use std::io::Write as _;
    let say = |line: String| {
        if !quiet {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
        }
    };
    say("desired root digest: ".into());
    say("  rotated TLS certificates: ".into());
    say("  rotated CA certificates:  ".into());
    let mut done = false;
    loop {
        let swarm = inspect(engine).await?;
        if done {
            return Ok(());
        }
        let info = &swarm["ClusterInfo"]["TLSInfo"];
        let info = if info.is_null() {
            &swarm["TLSInfo"]
        } else {
            info
        };
        let rotating = swarm["RootRotationInProgress"].as_bool().unwrap_or(false);
        let root = info["TrustRoot"].as_str().unwrap_or_default();
        let digest = sha2::Sha256::digest(root.as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        say(format!("desired root digest: sha256:{hex}"));
        let nodes = raw::get_json(engine, &ApiPath::new("/nodes")).await?;
        let nodes = nodes.as_array().cloned().unwrap_or_default();
        let certs = nodes.iter().all(|n| {
            let t = &n["Description"]["TLSInfo"];
            t["CertIssuerPublicKey"] == info["CertIssuerPublicKey"]
                && t["CertIssuerSubject"] == info["CertIssuerSubject"]
        });
        let roots = nodes
            .iter()
            .all(|n| n["Description"]["TLSInfo"]["TrustRoot"] == info["TrustRoot"]);
        done = certs && !rotating && roots;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

/// docker's `displayTrustRoot`.
fn trust_root(swarm: &serde_json::Value) -> Result<()> {
    let root = swarm["ClusterInfo"]["TLSInfo"]["TrustRoot"]
        .as_str()
        .or(swarm["TLSInfo"]["TrustRoot"].as_str())
        .unwrap_or_default();
    if root.is_empty() {
        return Err(CliError::message("No CA information available", 1));
    }
    println!("{}", root.trim());
    Ok(())
}
