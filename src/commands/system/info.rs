//! `hvdock info`: docker's layout, plus which isolation levels this daemon can provide.

use std::fmt::Write as _;
use std::io::Write;

use anyhow::Result;
use serde_json::{json, Value};

use crate::cli::system::InfoArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::format::gotype;
use crate::format::template::Template;
use crate::format::units::bytes_size;
use crate::format::value::{StructValue, Value as TValue};
use crate::isolation::{self, Capabilities};

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or_default()
}

/// Go's `%v` of a JSON scalar as docker's Println prints the typed field.
fn v(info: &Value, k: &str) -> String {
    match info.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn strs(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn client_section(ctx: &Ctx, out: &mut String) {
    let context = ctx
        .endpoint()
        .map(|e| e.context)
        .unwrap_or_else(|_| "default".into());
    let _ = writeln!(out, "Client: {}", super::version::platform());
    let _ = writeln!(out, " Version:    {}", super::version::DOCKER_VERSION);
    let _ = writeln!(out, " Context:    {context}");
    let _ = writeln!(out, " Debug Mode: {}", ctx.global.debug);
    for w in crate::plugins::show::info_client(out) {
        eprintln!("{w}");
    }
}

fn server_section(info: &Value, caps: &Capabilities, debug: bool, out: &mut String) {
    let line = |out: &mut String, k: &str, val: &str| {
        let _ = writeln!(out, "{k} {val}");
    };
    let non_empty = |out: &mut String, k: &str, val: &str| {
        if !val.is_empty() {
            let _ = writeln!(out, "{k} {val}");
        }
    };
    line(out, " Containers:", &v(info, "Containers"));
    line(out, "  Running:", &v(info, "ContainersRunning"));
    line(out, "  Paused:", &v(info, "ContainersPaused"));
    line(out, "  Stopped:", &v(info, "ContainersStopped"));
    line(out, " Images:", &v(info, "Images"));
    non_empty(out, " Server Version:", s(info, "ServerVersion"));
    non_empty(out, " Storage Driver:", s(info, "Driver"));
    for (key, indent) in [("DriverStatus", "  "), ("SystemStatus", " ")] {
        for pair in info
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let p = strs(Some(pair));
            if p.len() >= 2 {
                let _ = writeln!(out, "{indent}{}: {}", p[0], p[1]);
            }
        }
    }
    non_empty(out, " Logging Driver:", s(info, "LoggingDriver"));
    non_empty(out, " Cgroup Driver:", s(info, "CgroupDriver"));
    non_empty(out, " Cgroup Version:", s(info, "CgroupVersion"));
    let plugins = info.get("Plugins").cloned().unwrap_or(Value::Null);
    out.push_str(" Plugins:\n");
    line(out, "  Volume:", &strs(plugins.get("Volume")).join(" "));
    line(out, "  Network:", &strs(plugins.get("Network")).join(" "));
    let authz = strs(plugins.get("Authorization"));
    if !authz.is_empty() {
        line(out, "  Authorization:", &authz.join(" "));
    }
    line(out, "  Log:", &strs(plugins.get("Log")).join(" "));
    let cdi = strs(info.get("CDISpecDirs"));
    if !cdi.is_empty() {
        out.push_str(" CDI spec directories:\n");
        for d in cdi {
            let _ = writeln!(out, "  {d}");
        }
    }
    let swarm = info.get("Swarm").cloned().unwrap_or(Value::Null);
    line(out, " Swarm:", s(&swarm, "LocalNodeState"));
    super::info_swarm::section(&swarm, out);
    if !caps.runtimes.is_empty() {
        let names: Vec<&str> = caps.runtimes.iter().map(|r| r.name.as_str()).collect();
        line(out, " Runtimes:", &names.join(" "));
        line(out, " Default Runtime:", s(info, "DefaultRuntime"));
    }
    isolation_section(caps, out);
    if s(info, "OSType") == "linux" {
        line(out, " Init Binary:", s(info, "InitBinary"));
        for (label, key) in [
            (" containerd version:", "ContainerdCommit"),
            (" runc version:", "RuncCommit"),
            (" init version:", "InitCommit"),
        ] {
            line(
                out,
                label,
                info.get(key).map(|c| s(c, "ID")).unwrap_or_default(),
            );
        }
        let opts = strs(info.get("SecurityOptions"));
        if !opts.is_empty() {
            out.push_str(" Security Options:\n");
            for o in opts {
                let mut name = String::new();
                let mut profile = None;
                for kv in o.split(',') {
                    match kv.split_once('=') {
                        Some(("name", n)) => name = n.to_string(),
                        Some(("profile", p)) => profile = Some(p.to_string()),
                        _ => {}
                    }
                }
                let _ = writeln!(out, "  {name}");
                if let Some(p) = profile {
                    let _ = writeln!(out, "   Profile: {p}");
                }
            }
        }
    }
    if s(info, "OSType") == "windows" {
        line(out, " Default Isolation:", s(info, "Isolation"));
    }
    non_empty(out, " Kernel Version:", s(info, "KernelVersion"));
    non_empty(out, " Operating System:", s(info, "OperatingSystem"));
    non_empty(out, " OSType:", s(info, "OSType"));
    non_empty(out, " Architecture:", s(info, "Architecture"));
    line(out, " CPUs:", &v(info, "NCPU"));
    let mem = info.get("MemTotal").and_then(Value::as_f64).unwrap_or(0.0);
    line(out, " Total Memory:", &bytes_size(mem));
    non_empty(out, " Name:", s(info, "Name"));
    non_empty(out, " ID:", s(info, "ID"));
    line(out, " Docker Root Dir:", s(info, "DockerRootDir"));
    line(out, " Debug Mode:", &v(info, "Debug"));
    if info.get("Debug").and_then(Value::as_bool).unwrap_or(false) || debug {
        line(out, "  File Descriptors:", &v(info, "NFd"));
        line(out, "  Goroutines:", &v(info, "NGoroutines"));
        line(out, "  System Time:", s(info, "SystemTime"));
        line(out, "  EventsListeners:", &v(info, "NEventsListener"));
    }
    non_empty(out, " HTTP Proxy:", s(info, "HttpProxy"));
    non_empty(out, " HTTPS Proxy:", s(info, "HttpsProxy"));
    non_empty(out, " No Proxy:", s(info, "NoProxy"));
    let labels = strs(info.get("Labels"));
    if !labels.is_empty() {
        out.push_str(" Labels:\n");
        for l in labels {
            let _ = writeln!(out, "  {l}");
        }
    }
    line(out, " Experimental:", &v(info, "ExperimentalBuild"));
    if let Some(reg) = info.get("RegistryConfig").filter(|r| r.is_object()) {
        let cidrs = strs(reg.get("InsecureRegistryCIDRs"));
        let index = reg.get("IndexConfigs").and_then(Value::as_object);
        if !cidrs.is_empty() || index.is_some_and(|m| !m.is_empty()) {
            out.push_str(" Insecure Registries:\n");
            for (_, c) in index.into_iter().flatten() {
                if !c.get("Secure").and_then(Value::as_bool).unwrap_or(true) {
                    let _ = writeln!(out, "  {}", s(c, "Name"));
                }
            }
            for c in cidrs {
                let _ = writeln!(out, "  {c}");
            }
        }
        let mirrors = strs(reg.get("Mirrors"));
        if !mirrors.is_empty() {
            out.push_str(" Registry Mirrors:\n");
            for m in mirrors {
                let _ = writeln!(out, "  {m}");
            }
        }
    }
    line(
        out,
        " Live Restore Enabled:",
        &v(info, "LiveRestoreEnabled"),
    );
    if !s(info, "ProductLicense").is_empty() {
        line(out, " Product License:", s(info, "ProductLicense"));
    }
    out.push('\n');
}

/// hvdock's addition: which isolation levels this daemon provides and what backs each.
fn isolation_section(caps: &Capabilities, out: &mut String) {
    out.push_str(" Isolation:\n");
    let _ = writeln!(out, "  Default: {}", caps.default_level());
    for (level, backing) in [("process", &caps.process), ("hyperv", &caps.hyperv)] {
        match backing {
            Some(b) => {
                let _ = writeln!(out, "  {level}: {}", Capabilities::describe(b));
            }
            None => {
                let _ = writeln!(
                    out,
                    "  {level}: unavailable (no {} runtime registered)",
                    if level == "hyperv" {
                        "sandbox or VM"
                    } else {
                        "namespace"
                    }
                );
            }
        }
    }
}

/// Why `/info` gave nothing, split as docker's `addServerInfo` splits it.
enum ServerError {
    /// Nobody answered (docker's `IsErrConnectionFailed`): the command fails with this error.
    Connection(anyhow::Error),
    /// Anything else (an error answer, a body that broke off or is not `system.Info`): listed
    /// under `ServerErrors`, the command goes on.
    Other(String),
}

fn server_error(e: anyhow::Error) -> ServerError {
    let (message, _) = crate::error::render(&e);
    let connection = matches!(crate::error::classify(&e), Some(CliError::Connect { .. }))
        || message.starts_with("error during connect")
        || message.starts_with("permission denied while trying to connect");
    match crate::error::classify(&e) {
        _ if connection => ServerError::Connection(e),
        Some(CliError::Daemon { .. }) => ServerError::Other(message),
        // docker's client reads the body while decoding it, so a body that broke off is a
        // decoding error too.
        _ => ServerError::Other(format!("Error reading remote info: {message}")),
    }
}

/// What `{{json .}}` shows of docker's `system.Info` when the daemon gave none: every field
/// at its zero value (the reference client's own output, without `ServerErrors`).
const ZERO_INFO: &str = r#"{"ID":"","Containers":0,"ContainersRunning":0,"ContainersPaused":0,"ContainersStopped":0,"Images":0,"Driver":"","DriverStatus":null,"Plugins":{"Volume":null,"Network":null,"Authorization":null,"Log":null},"MemoryLimit":false,"SwapLimit":false,"CpuCfsPeriod":false,"CpuCfsQuota":false,"CPUShares":false,"CPUSet":false,"PidsLimit":false,"IPv4Forwarding":false,"Debug":false,"NFd":0,"OomKillDisable":false,"NGoroutines":0,"SystemTime":"","LoggingDriver":"","CgroupDriver":"","NEventsListener":0,"KernelVersion":"","OperatingSystem":"","OSVersion":"","OSType":"","Architecture":"","IndexServerAddress":"","RegistryConfig":null,"NCPU":0,"MemTotal":0,"GenericResources":null,"DockerRootDir":"","HttpProxy":"","HttpsProxy":"","NoProxy":"","Name":"","Labels":null,"ExperimentalBuild":false,"ServerVersion":"","Runtimes":null,"DefaultRuntime":"","Swarm":{"NodeID":"","NodeAddr":"","LocalNodeState":"","ControlAvailable":false,"Error":"","RemoteManagers":null},"LiveRestoreEnabled":false,"Isolation":"","InitBinary":"","ContainerdCommit":{"ID":""},"RuncCommit":{"ID":""},"InitCommit":{"ID":""},"SecurityOptions":null,"CDISpecDirs":null,"Warnings":null}"#;

fn client_info(ctx: &Ctx) -> Value {
    let mut client = serde_json::Map::new();
    client.insert("Debug".into(), ctx.global.debug.into());
    client.extend(super::version::client_version(ctx, None));
    client.insert("Plugins".into(), crate::plugins::show::info_json());
    client.insert("Warnings".into(), Value::Null);
    Value::Object(client)
}

async fn fetch(ctx: &Ctx) -> Result<Value> {
    let info = raw::get_json(ctx.engine()?, &ApiPath::new("/info")).await?;
    raw::check_go(&info, "Info")?;
    // `null` leaves docker's struct as it was: empty.
    Ok(match info {
        Value::Null => json!({}),
        info => info,
    })
}

/// docker's `needsServerInfo`: does the template read anything beyond the client's part? It
/// does unless it names a field and runs over `{ClientInfo, ClientErrors}` alone.
fn needs_server(format: &str, template: &Template, client: &Value) -> bool {
    let fields = format
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'.' && w[1].is_ascii_alphabetic());
    if matches!(format, "" | "json" | "{{json .}}") || !fields {
        return true;
    }
    let mut ci = StructValue::new("*system.clientInfo");
    for (k, v) in client.as_object().into_iter().flatten() {
        ci = ci.with(k.clone(), TValue::from_json(v));
    }
    let sparse = StructValue::new("system.sparseInfo")
        .with("ClientInfo", ci.into_value())
        .with("ClientErrors", TValue::Nil)
        .into_value();
    template.execute(&sparse, &mut String::new()).is_err()
}

pub async fn run(ctx: &Ctx, args: InfoArgs) -> Result<()> {
    let format = args.format.as_deref().unwrap_or_default();
    let template = match format.trim() {
        "" => None,
        "json" => Some(parse("{{json .}}")),
        _ => Some(parse(format)),
    };
    let client = client_info(ctx);
    let fetched = match &template {
        Some(Ok(t)) if !needs_server(format, t, &client) => Err(None),
        _ => fetch(ctx).await.map_err(|e| Some(server_error(e))),
    };
    // docker parses the template after asking the daemon.
    let template = match template {
        Some(Err(parse_error)) => {
            return Err(match fetched {
                Err(Some(ServerError::Connection(e))) => {
                    let both = format!("{}\n{}", crate::error::render(&e).0, parse_error);
                    CliError::message(both, 64)
                }
                Err(Some(ServerError::Other(e))) => {
                    eprintln!("{e}");
                    parse_error
                }
                _ => parse_error,
            })
        }
        Some(Ok(t)) => Some(t),
        None => None,
    };
    let preferred = isolation::preferred_hyperv_runtime(&ctx.config_dir);
    let mut stdout = std::io::stdout().lock();
    match template {
        None => {
            let mut out = String::new();
            client_section(ctx, &mut out);
            out.push_str("\nServer:\n");
            if let Ok(info) = &fetched {
                let caps = Capabilities::from_info(info, preferred.as_deref());
                server_section(info, &caps, ctx.global.debug, &mut out);
            }
            stdout.write_all(out.as_bytes())?;
            stdout.flush()?;
            match fetched {
                Ok(info) => {
                    for w in strs(info.get("Warnings")) {
                        eprintln!("{w}");
                    }
                    Ok(())
                }
                Err(Some(ServerError::Other(e))) => {
                    eprintln!("ERROR: {e}");
                    Err(CliError::message("errors pretty printing info", 1))
                }
                Err(Some(ServerError::Connection(e))) => Err(e),
                Err(None) => Ok(()),
            }
        }
        Some(t) => {
            let zero = || serde_json::from_str::<Value>(ZERO_INFO).unwrap_or_default();
            let caps = fetched
                .as_ref()
                .ok()
                .map(|info| Capabilities::from_info(info, preferred.as_deref()));
            let (mut data, failure) = match fetched {
                Ok(info) => (info, None),
                Err(Some(ServerError::Other(e))) => {
                    // Printed first: the template may not show `ServerErrors`.
                    eprintln!("{e}");
                    let mut data = zero();
                    if let Some(obj) = data.as_object_mut() {
                        obj.insert("ServerErrors".into(), json!([e]));
                    }
                    (data, None)
                }
                Err(Some(ServerError::Connection(e))) => (zero(), Some(e)),
                Err(None) => (zero(), None),
            };
            if let Some(obj) = data.as_object_mut() {
                obj.insert("ClientInfo".into(), client);
                if let Some(caps) = caps {
                    obj.insert("IsolationModes".into(), caps.to_json());
                }
            }
            let mut out = String::new();
            // The template runs over docker's `dockerInfo`: its structs, fields the daemon left
            // out at their zero values.
            let executed = t.execute(&gotype::typed("DockerInfo", &data), &mut out);
            // What the template wrote before failing is printed, as docker does.
            out.push('\n');
            stdout.write_all(out.as_bytes())?;
            stdout.flush()?;
            executed.map_err(|e| CliError::message(e.to_string(), 1))?;
            match failure {
                Some(e) => Err(e),
                None => Ok(()),
            }
        }
    }
}

fn parse(text: &str) -> Result<Template> {
    Template::parse("", text)
        .map_err(|e| CliError::message(format!("template parsing error: {e}"), 64))
}
