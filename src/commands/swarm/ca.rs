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

const CERTS: &str = "  rotated TLS certificates";
const ROOTS: &str = "  rotated CA certificates";

/// docker's `RootRotationProgress` shown as `jsonstream.Display` shows it: on a terminal the
/// desired root's digest and two bars (nodes holding a certificate from the new root, nodes
/// trusting it) redrawn in place (indicatif); otherwise the headings and then, at every look
/// (every 200 ms), the digest line — docker's plain display leaves the bars out. Done when
/// every node holds a certificate from the new root and trusts it; Ctrl-C stops watching (the
/// rotation goes on) with docker's two lines.
async fn converge(engine: &Engine, quiet: bool) -> Result<()> {
    let mut out = crate::commands::service::progress::Out::new(quiet);
    let result = watch(engine, &mut out).await;
    out.finish();
    result
}

async fn watch(engine: &Engine, out: &mut crate::commands::service::progress::Out) -> Result<()> {
    use sha2::Digest as _;
    out.write("desired root digest", "", None);
    out.write(CERTS, "", None);
    out.write(ROOTS, " ", None);
    let mut interrupt = std::pin::pin!(tokio::signal::ctrl_c());
    let mut done = false;
    loop {
        let swarm = inspect(engine).await?;
        if done {
            return Ok(());
        }
        let nodes = raw::get_json(engine, &ApiPath::new("/nodes")).await?;
        let nodes = nodes.as_array().cloned().unwrap_or_default();
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
        out.write("desired root digest", &format!("sha256:{hex}"), None);
        let tls = |n: &serde_json::Value, k: &str| n["Description"]["TLSInfo"][k].clone();
        let certs = nodes
            .iter()
            .filter(|n| {
                tls(n, "CertIssuerPublicKey") == info["CertIssuerPublicKey"]
                    && tls(n, "CertIssuerSubject") == info["CertIssuerSubject"]
            })
            .count() as i64;
        let roots = nodes
            .iter()
            .filter(|n| tls(n, "TrustRoot") == info["TrustRoot"])
            .count() as i64;
        let total = nodes.len() as i64;
        // A bar with nothing to count is a plain line in docker's display.
        let bar = |cur: i64| (total > 0 || cur > 0).then_some((cur, total));
        out.write_counted(CERTS, "", bar(certs), Some("nodes"));
        let roots_done = certs == total && !rotating;
        out.write_counted(
            ROOTS,
            " ",
            bar(if roots_done { roots } else { 0 }),
            Some("nodes"),
        );
        done = roots_done && roots == total;
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_millis(200)) => {}
            _ = &mut interrupt => {
                if !done {
                    out.write("", "Operation continuing in background.", None);
                    out.write("", "Use `swarmctl cluster inspect default` to check progress.", None);
                }
                return Ok(());
            }
        }
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
