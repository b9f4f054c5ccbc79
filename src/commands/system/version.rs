//! `hvdock version`: the client's and the daemon's versions, laid out as docker's.

use std::io::Write;

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::cli::system::VersionArgs;
use crate::commands::Ctx;
use crate::engine::ApiPath;
use crate::engine::{raw, MAX_API_VERSION};
use crate::error::CliError;
use crate::format::template::Template;
use crate::format::value::{JsonStruct, StructValue, Value as TValue};

/// docker's Go field names where its JSON keys differ.
const ALIASES: &[(&str, &str)] = &[("APIVersion", "ApiVersion")];

/// The template data: `.Client` and `.Server` as docker's structs (Go field names), `json` as
/// docker prints them.
fn template_data(data: &Value) -> TValue {
    let server = if data["Server"].is_null() {
        TValue::Nil
    } else {
        crate::format::gotype::typed_as("Version", &data["Server"], "*types.Version")
    };
    StructValue::new("system.versionInfo")
        .with(
            "Client",
            JsonStruct::value("system.clientVersion", data["Client"].clone(), ALIASES),
        )
        .with("Server", server)
        .into_value()
}

/// The docker version whose behaviour hvdock matches: what clients see as the client's version
/// (`-v`, `version`, `info`), because tools parse it to decide what the CLI supports.
pub const DOCKER_VERSION: &str = "28.2.2";
/// hvdock's own version: shown where docker's official builds show their platform
/// (`Client: Docker Engine - Community`), a slot docker's parsers already expect.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
pub const GIT_COMMIT: &str = env!("HVDOCK_GIT_COMMIT");
pub const BUILD_TIME: &str = env!("HVDOCK_BUILD_TIME");
pub const RUST_VERSION: &str = env!("HVDOCK_RUSTC_VERSION");

/// `hvdock -v`: docker's line (`Docker version 28.2.2, build e6534b4`), hvdock's commit.
pub fn short_version() -> String {
    format!("Docker version {DOCKER_VERSION}, build {GIT_COMMIT}")
}

/// The platform name (`Client: hvdock 0.1.0`, `.Client.Platform.Name`).
pub fn platform() -> String {
    format!("hvdock {VERSION}")
}

fn arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        other => other,
    }
}

/// docker's `clientVersion` (its keys, in its order): the Platform slot names hvdock and its
/// version, `GoVersion` holds the Rust toolchain hvdock was built with. `info` embeds it without
/// the API version, as docker does.
pub fn client_version(ctx: &Ctx, api_version: Option<&str>) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("Platform".into(), json!({ "Name": platform() }));
    m.insert("Version".into(), DOCKER_VERSION.into());
    if let Some(api) = api_version {
        m.insert("ApiVersion".into(), api.into());
    }
    m.insert("DefaultAPIVersion".into(), MAX_API_VERSION.into());
    m.insert("GitCommit".into(), GIT_COMMIT.into());
    m.insert("GoVersion".into(), RUST_VERSION.into());
    m.insert("Os".into(), std::env::consts::OS.into());
    m.insert("Arch".into(), arch().into());
    m.insert("BuildTime".into(), BUILD_TIME.into());
    let context = ctx.endpoint().map(|e| e.context);
    m.insert(
        "Context".into(),
        context.unwrap_or_else(|_| "default".into()).into(),
    );
    m
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or_default()
}

/// Go's time.ANSIC of an RFC 3339 time ("Thu May  7 21:09:36 2026"); other text unchanged.
pub fn ansic(rfc3339: &str) -> String {
    crate::clock::parse_rfc3339(rfc3339)
        .map(|t| t.ansic())
        .unwrap_or_else(|| rfc3339.to_string())
}

fn default_text(v: &Value) -> String {
    let mut out = String::new();
    let c = &v["Client"];
    let api = s(c, "ApiVersion");
    let default_api = s(c, "DefaultAPIVersion");
    let downgraded = if api != default_api {
        format!(" (downgraded from {default_api})")
    } else {
        String::new()
    };
    out.push_str("Client:");
    if let Some(name) = c.pointer("/Platform/Name").and_then(Value::as_str) {
        out.push(' ');
        out.push_str(name);
    }
    out.push('\n');
    row(&mut out, 1, "Version", s(c, "Version"));
    row(&mut out, 1, "API version", &format!("{api}{downgraded}"));
    row(&mut out, 1, "Rust version", s(c, "GoVersion"));
    row(&mut out, 1, "Git commit", s(c, "GitCommit"));
    row(&mut out, 1, "Built", s(c, "BuildTime"));
    row(
        &mut out,
        1,
        "OS/Arch",
        &format!("{}/{}", s(c, "Os"), s(c, "Arch")),
    );
    row(&mut out, 1, "Context", s(c, "Context"));
    let server = &v["Server"];
    if server.is_object() {
        let platform = server
            .get("Platform")
            .map(|p| s(p, "Name"))
            .unwrap_or_default();
        out.push_str("\nServer:");
        if !platform.is_empty() {
            out.push(' ');
            out.push_str(platform);
        }
        out.push('\n');
        for comp in server
            .get("Components")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let name = s(comp, "Name");
            let d = comp.get("Details").cloned().unwrap_or(Value::Null);
            out.push_str(&format!(" {name}:\n"));
            if name == "Engine" {
                row(&mut out, 2, "Version", s(comp, "Version"));
                row(
                    &mut out,
                    2,
                    "API version",
                    &format!(
                        "{} (minimum version {})",
                        s(&d, "ApiVersion"),
                        s(&d, "MinAPIVersion")
                    ),
                );
                row(&mut out, 2, "Go version", s(&d, "GoVersion"));
                row(&mut out, 2, "Git commit", s(&d, "GitCommit"));
                row(&mut out, 2, "Built", s(&d, "BuildTime"));
                row(
                    &mut out,
                    2,
                    "OS/Arch",
                    &format!("{}/{}", s(&d, "Os"), s(&d, "Arch")),
                );
                row(&mut out, 2, "Experimental", s(&d, "Experimental"));
            } else {
                row(&mut out, 2, "Version", s(comp, "Version"));
                let mut keys: Vec<&String> = d
                    .as_object()
                    .map(|m| m.keys().collect())
                    .unwrap_or_default();
                keys.sort();
                for k in keys {
                    row(&mut out, 2, k, s(&d, k));
                }
            }
        }
    }
    out
}

/// One "  Key:<pad>value" line: docker's tabwriter(minwidth 20, padding 1) over the key column.
fn row(out: &mut String, indent: usize, key: &str, value: &str) {
    let cell = format!("{}{key}:", " ".repeat(indent));
    let width = (cell.chars().count() + 1).max(20);
    out.push_str(&format!("{cell:<width$}{value}\n"));
}

pub async fn run(ctx: &Ctx, args: VersionArgs) -> Result<()> {
    // An endpoint that cannot be resolved fails before anything is printed, as docker's
    // initialisation does.
    ctx.endpoint()?;
    let template = match args.format.as_deref().map(str::trim) {
        None | Some("") => None,
        Some("json") => Some(parse("{{json .}}")?),
        Some(_) => Some(parse(args.format.as_deref().unwrap_or_default())?),
    };
    let server = async {
        let engine = ctx.engine()?;
        // `/version` means the same at every API version: asking it unversioned (before any
        // negotiation) gives the daemon's API version in the same round trip, so no ping.
        let (_, bytes) = raw::request(engine, http::Method::GET, &ApiPath::new("/version"), None).await?;
        let mut v: Value = raw::decode(&bytes)?;
        raw::check_go(&v, "Version")?;
        // `null` leaves docker's struct as it was: empty.
        if v.is_null() {
            v = Value::Object(Map::new());
        }
        engine.settle_version(s(&v, "ApiVersion"));
        let api = engine.api_version().unwrap_or(MAX_API_VERSION).to_string();
        // docker shows the Engine's build time as time.ANSIC, and adds an Engine component for
        // daemons that predate components.
        if let Some(comps) = v.get_mut("Components").and_then(Value::as_array_mut) {
            for c in comps.iter_mut().filter(|c| c["Name"] == "Engine") {
                if let Some(bt) = c.pointer_mut("/Details/BuildTime") {
                    let t = ansic(bt.as_str().unwrap_or_default());
                    *bt = Value::String(t);
                }
            }
        }
        if let Some(obj) = v.as_object_mut() {
            let has_engine = obj
                .get("Components")
                .and_then(Value::as_array)
                .is_some_and(|c| c.iter().any(|x| s(x, "Name") == "Engine"));
            if !has_engine {
                let mut details = Map::new();
                for (k, src) in [("ApiVersion", "ApiVersion"), ("MinAPIVersion", "MinAPIVersion"),
                                 ("GitCommit", "GitCommit"), ("GoVersion", "GoVersion"), ("Os", "Os"),
                                 ("Arch", "Arch"), ("BuildTime", "BuildTime")] {
                    let text = s(&Value::Object(obj.clone()), src).to_string();
                    let text = if k == "BuildTime" { ansic(&text) } else { text };
                    details.insert(k.into(), Value::String(text));
                }
                let exp = obj.get("Experimental").and_then(Value::as_bool).unwrap_or(false);
                details.insert("Experimental".into(), Value::String(exp.to_string()));
                let comp = json!({"Name": "Engine", "Version": obj.get("Version").cloned().unwrap_or(Value::Null), "Details": details});
                obj.entry("Components").or_insert_with(|| Value::Array(vec![]));
                if let Some(Value::Array(a)) = obj.get_mut("Components") {
                    a.push(comp);
                }
            }
        }
        Ok::<_, anyhow::Error>((v, api))
    }
    .await;
    let (server_json, api, err) = match server {
        Ok((v, api)) => (v, api, None),
        Err(e) => (Value::Null, MAX_API_VERSION.to_string(), Some(e)),
    };
    let data = json!({"Client": client_version(ctx, Some(&api)), "Server": server_json});
    let text = match &template {
        None => default_text(&data),
        Some(t) => {
            // Like docker: whatever the template wrote before failing is printed, and a daemon
            // error takes precedence over the template's.
            let mut out = String::new();
            let executed = t.execute(&template_data(&data), &mut out);
            out.push('\n');
            if let (Err(e), None) = (executed, &err) {
                std::io::stdout().lock().write_all(out.as_bytes())?;
                return Err(CliError::message(e.to_string(), 1));
            }
            out
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn parse(text: &str) -> Result<Template> {
    Template::parse("version", text)
        .map_err(|e| CliError::message(format!("template parsing error: {e}"), 64))
}
