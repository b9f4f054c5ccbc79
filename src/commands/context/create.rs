//! `hvdock context create` and `context update`: `--docker host=...,ca=...,cert=...,key=...,
//! skip-tls-verify=...`, TLS files copied into the store.

use std::collections::BTreeMap;

use anyhow::Result;

use super::{current, default_endpoint, store, DEFAULT_DESCRIPTION};
use crate::cli::context::{CreateArgs, UpdateArgs};
use crate::commands::Ctx;
use crate::engine::context::{ContextMeta, EndpointMeta, DEFAULT_CONTEXT};
use crate::error::CliError;

const KEYS: [&str; 6] = ["from", "host", "ca", "cert", "key", "skip-tls-verify"];

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

/// The `--docker` values (pflag's `StringToString`, already checked by clap), later keys win.
fn docker_map(values: &[String]) -> Result<BTreeMap<String, String>> {
    let mut m = BTreeMap::new();
    for v in values {
        let pairs = crate::opts::keyvalue::string_to_string_pairs(v).map_err(|e| {
            CliError::message(
                format!(
                    "invalid argument {} for \"--docker\" flag: {e}",
                    crate::format::template::print::quote(v, false)
                ),
                125,
            )
        })?;
        m.extend(pairs);
    }
    Ok(m)
}

/// The endpoint and TLS files a `--docker` map describes.
type Tls = Vec<(&'static str, Vec<u8>)>;

fn endpoint(ctx: &Ctx, m: &BTreeMap<String, String>) -> Result<(EndpointMeta, Tls)> {
    let bad: Vec<String> = m
        .keys()
        .filter(|k| !KEYS.contains(&k.as_str()))
        .map(|k| format!("unrecognized config key: {k}"))
        .collect();
    if !bad.is_empty() {
        return Err(fail(format!(
            "unable to create docker endpoint config: {}",
            bad.join("\n")
        )));
    }
    let mut ep = EndpointMeta::default();
    let mut tls = Vec::new();
    if let Some(from) = m.get("from") {
        ep = from_context(ctx, from)?.0;
    }
    if let Some(h) = m.get("host") {
        ep.host = h.clone();
    }
    if let Some(why) = host_problem(&ep.host) {
        return Err(fail(format!(
            "unable to create docker endpoint config: {why}"
        )));
    }
    if let Some(s) = m.get("skip-tls-verify") {
        ep.skip_tls_verify = crate::opts::boolean::parse(s).map_err(|e| {
            fail(format!(
                "unable to create docker endpoint config: skip-tls-verify: parsing {s:?}: {e}"
            ))
        })?;
    }
    for (key, file) in [("ca", "ca.pem"), ("cert", "cert.pem"), ("key", "key.pem")] {
        if let Some(p) = m.get(key).filter(|p| !p.is_empty()) {
            let data = std::fs::read(p).map_err(|e| {
                fail(format!(
                    "unable to create docker endpoint config: open {p}: {}",
                    crate::engine::context::io_text(&e)
                ))
            })?;
            tls.push((file, data));
        }
    }
    if let Some(why) = tls_problem(&ep, &tls) {
        return Err(fail(format!(
            "unable to create docker endpoint config: invalid docker endpoint options: {why}"
        )));
    }
    Ok((ep, tls))
}

/// docker's check of an endpoint's host when it makes a client of it: Go's `url.Parse` and the
/// ssh helper's checks (`invalid docker endpoint options`), then the client's own parse of
/// `proto://addr` (`unable to apply docker endpoint options`). An empty host is not checked.
fn host_problem(host: &str) -> Option<String> {
    use crate::engine::host::{go_url_error, SSH_NO_HOST, SSH_PASSWORD};
    if host.is_empty() {
        return None;
    }
    let (scheme, rest) = host.split_once("://").unwrap_or(("", host));
    let invalid = |why: &str| Some(format!("invalid docker endpoint options: {why}"));
    if !scheme.is_empty() {
        if let Some(e) = go_url_error(scheme, rest) {
            return invalid(&e);
        }
    }
    if scheme == "ssh" {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let (user, hostport) = authority.rsplit_once('@').unwrap_or(("", authority));
        if user.contains(':') {
            return invalid(SSH_PASSWORD);
        }
        if hostport.is_empty() {
            return invalid(SSH_NO_HOST);
        }
    }
    let apply = |why: &str| Some(format!("unable to apply docker endpoint options: {why}"));
    if scheme.is_empty() || rest.is_empty() {
        return apply(&format!("unable to parse docker host `{host}`"));
    }
    if scheme == "npipe" {
        return apply("protocol not available");
    }
    None
}

/// docker's check of the TLS material of an endpoint it would reach over TCP (its
/// `ClientOpts`): a CA with no certificate, a client key pair it cannot load. A socket or ssh
/// host, or none, is not checked.
fn tls_problem(ep: &EndpointMeta, tls: &Tls) -> Option<String> {
    let host = ep.host.as_str();
    let unchecked = ["unix://", "npipe://", "ssh://"];
    if host.is_empty() || unchecked.iter().any(|p| host.starts_with(p)) {
        return None;
    }
    let file = |name: &str| tls.iter().find(|(f, _)| *f == name).map(|(_, d)| d);
    if let Some(ca) = file("ca.pem") {
        if !crate::engine::tls::holds_a_certificate(ca) {
            return Some(crate::engine::endpoint::CA_INVALID.into());
        }
    }
    match (file("cert.pem"), file("key.pem")) {
        (Some(cert), Some(key)) => crate::engine::tls::key_pair_problem(cert, key),
        _ => None,
    }
}

/// An existing context's docker endpoint and description (`default` is the live configuration).
fn from_context(ctx: &Ctx, name: &str) -> Result<(EndpointMeta, String, Tls)> {
    if name == DEFAULT_CONTEXT {
        let ep = EndpointMeta {
            host: default_endpoint(ctx)?,
            skip_tls_verify: false,
        };
        return Ok((ep, DEFAULT_DESCRIPTION.into(), Vec::new()));
    }
    let s = store(ctx);
    let meta = s.load(name).map_err(fail)?;
    let desc = meta
        .metadata
        .get("Description")
        .and_then(|d| d.as_str())
        .unwrap_or_default()
        .to_string();
    let files = s.tls_files(name);
    let mut tls = Vec::new();
    for (f, p) in [
        ("ca.pem", files.ca),
        ("cert.pem", files.cert),
        ("key.pem", files.key),
    ] {
        if let Some(p) = p {
            tls.push((f, std::fs::read(p)?));
        }
    }
    Ok((
        meta.endpoints.get("docker").cloned().unwrap_or_default(),
        desc,
        tls,
    ))
}

/// docker's `ValidateContextName`.
pub(super) fn validate_name(name: &str) -> Result<()> {
    if name.is_empty() {
        return Err(fail("context name cannot be empty"));
    }
    if name == DEFAULT_CONTEXT {
        return Err(fail(format!("{name:?} is a reserved context name")));
    }
    let b = name.as_bytes();
    let ok = b.len() >= 2
        && b[0].is_ascii_alphanumeric()
        && b[1..]
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || b"_.+-".contains(c));
    if !ok {
        return Err(fail(format!(
            "context name {name:?} is invalid, names are validated against regexp \"^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$\""
        )));
    }
    Ok(())
}

fn meta(name: &str, description: &str, ep: EndpointMeta) -> ContextMeta {
    let mut m = ContextMeta {
        name: name.into(),
        ..Default::default()
    };
    m.metadata = if description.is_empty() {
        serde_json::json!({})
    } else {
        serde_json::json!({"Description": description})
    };
    m.endpoints.insert("docker".into(), ep);
    m
}

pub fn create(ctx: &Ctx, a: CreateArgs) -> Result<()> {
    validate_name(&a.name)?;
    let s = store(ctx);
    if s.meta_path(&a.name).exists() {
        return Err(fail(format!("context {:?} already exists", a.name)));
    }
    let docker = docker_map(&a.docker)?;
    let from = a.from.clone().filter(|f| !f.is_empty());
    let (ep, mut description, tls) = match (&from, docker.is_empty()) {
        (Some(_), false) => return Err(fail("cannot use --docker flag when --from is set")),
        (Some(f), true) => from_context(ctx, f)?,
        (None, true) => from_context(ctx, &current(ctx)?)?,
        (None, false) => {
            let (ep, tls) = endpoint(ctx, &docker)?;
            (ep, String::new(), tls)
        }
    };
    if let Some(d) = a.description {
        description = d;
    }
    s.save(&meta(&a.name, &description, ep), &tls)
        .map_err(|e| fail(format!("error while saving context: {e}")))?;
    println!("{}", a.name);
    eprintln!("Successfully created context {:?}", a.name);
    Ok(())
}

pub fn update(ctx: &Ctx, a: UpdateArgs) -> Result<()> {
    if a.name == DEFAULT_CONTEXT {
        return Err(fail("context \"default\" cannot be updated"));
    }
    let s = store(ctx);
    let mut m = s.load(&a.name).map_err(fail)?;
    if let Some(d) = a.description {
        m.metadata = if d.is_empty() {
            serde_json::json!({})
        } else {
            serde_json::json!({"Description": d})
        };
    }
    let docker = docker_map(&a.docker)?;
    let mut tls = Vec::new();
    if !docker.is_empty() {
        let (ep, t) = endpoint(ctx, &docker)?;
        m.endpoints.insert("docker".into(), ep);
        tls = t;
    }
    s.save(&m, &tls)
        .map_err(|e| fail(format!("error while saving context: {e}")))?;
    println!("{}", a.name);
    eprintln!("Successfully updated context {:?}", a.name);
    Ok(())
}
