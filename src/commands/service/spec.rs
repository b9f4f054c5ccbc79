//! The service spec `create` sends and the changes `update` makes, as docker's `ToService` and
//! `updateService` build them. The spec is JSON (as the daemon returns it): an update keeps every
//! field the daemon sent, including those no model here knows.

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::cli::service::{CommonFlags, CreateArgs};
use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;
use crate::isolation::plan::{self, Level};
use crate::isolation::service_placement;

fn fail(message: impl Into<String>) -> anyhow::Error {
    CliError::message(message, 1)
}

/// `obj[key]` as an object, created when missing.
pub fn obj<'a>(v: &'a mut Value, key: &str) -> &'a mut Map<String, Value> {
    if !v.is_object() {
        *v = json!({});
    }
    let slot = v
        .as_object_mut()
        .expect("object")
        .entry(key)
        .or_insert_with(|| json!({}));
    if !slot.is_object() {
        *slot = json!({});
    }
    slot.as_object_mut().expect("object")
}

/// `m[key]` as an object, created when missing.
pub fn obj_in<'a>(m: &'a mut Map<String, Value>, key: &str) -> &'a mut Map<String, Value> {
    let slot = m.entry(key).or_insert_with(|| json!({}));
    if !slot.is_object() {
        *slot = json!({});
    }
    slot.as_object_mut().expect("object")
}

/// `KEY=VALUE` strings to a map (a bare key maps to "").
pub fn kv_map(values: &[String]) -> Map<String, Value> {
    values
        .iter()
        .map(|v| {
            let (k, val) = v.split_once('=').unwrap_or((v, ""));
            (k.to_string(), Value::from(val))
        })
        .collect()
}

/// Go's `shlex.Split` for `--entrypoint` / `--args` (`opts::shlex`).
pub fn shlex(s: &str) -> Result<Vec<String>> {
    crate::opts::shlex::split(s).map_err(fail)
}

/// docker's `EffectiveCapAddCapDrop`: normalised names, `ALL` alone when given, a capability
/// both added and dropped only added, `RESET` never sent.
pub fn effective_caps(add: &[String], drop: &[String]) -> (Vec<String>, Vec<String>) {
    let norm = |v: &[String]| {
        let mut caps = crate::opts::namespace::capabilities(v).unwrap_or_default();
        if caps.iter().any(|c| c == "ALL") {
            caps = vec!["ALL".into()];
        }
        caps
    };
    let (a, d) = (norm(add), norm(drop));
    let drop: Vec<String> = d
        .into_iter()
        .filter(|c| !a.contains(c) && c != "CAP_RESET")
        .collect();
    let add: Vec<String> = a.into_iter().filter(|c| c != "CAP_RESET").collect();
    (add, drop)
}

/// A reference with `:latest` added when it names neither tag nor digest, in familiar form
/// (the client library's `imageWithTagString`).
pub fn with_tag(image: &str) -> String {
    let name = image.split('@').next().unwrap_or(image);
    let last = name.rsplit('/').next().unwrap_or(name);
    if image.contains('@') || last.contains(':') || image.is_empty() {
        return crate::commands::listing::familiar(image);
    }
    crate::commands::listing::familiar(&format!("{image}:latest"))
}

/// The client library's image resolution before a create or update: the tag made explicit,
/// then (when `query`) the registry's digest and platforms via `/distribution`; a registry that
/// cannot be reached yields docker's warning instead.
pub async fn resolve_image(
    engine: &Engine,
    spec: &mut Value,
    query: bool,
    auth: Option<&str>,
) -> Option<String> {
    let image = spec
        .pointer("/TaskTemplate/ContainerSpec/Image")?
        .as_str()?
        .to_string();
    let tagged = with_tag(&image);
    spec["TaskTemplate"]["ContainerSpec"]["Image"] = json!(tagged);
    if !query {
        return None;
    }
    let path = ApiPath::new("/distribution").seg(&tagged).lit("/json");
    let headers: Vec<(&str, String)> = auth
        .map(|a| vec![("X-Registry-Auth", a.to_string())])
        .unwrap_or_default();
    let got = raw::stream_with(engine, http::Method::GET, &path, &headers, Vec::new()).await;
    let body = match got {
        Ok((_, b)) => {
            use http_body_util::BodyExt;
            b.collect().await.ok().map(|c| c.to_bytes())
        }
        Err(_) => None,
    };
    let dist: Option<Value> = body.and_then(|b| serde_json::from_slice(&b).ok());
    let Some(dist) = dist else {
        return Some(format!(
            "image {tagged} could not be accessed on a registry to record\nits digest. Each node will access {tagged} independently,\npossibly leading to different nodes running different\nversions of the image.\n"
        ));
    };
    let digest = dist
        .pointer("/Descriptor/digest")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if !tagged.contains('@') && !digest.is_empty() {
        spec["TaskTemplate"]["ContainerSpec"]["Image"] = json!(format!("{tagged}@{digest}"));
    }
    let platforms: Vec<Value> = dist
        .get("Platforms")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| {
            let arch = p
                .get("architecture")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let arch = if arch.eq_ignore_ascii_case("arm") {
                ""
            } else {
                arch
            };
            json!({"Architecture": arch, "OS": p.get("os").cloned().unwrap_or(json!(""))})
        })
        .collect();
    if !platforms.is_empty() {
        obj(spec, "TaskTemplate")
            .entry("Placement")
            .or_insert_with(|| json!({}))["Platforms"] = json!(platforms);
    }
    None
}

/// `host:ip` → `ip host`, as a service spec stores extra hosts.
pub fn swarm_host(extra: &str) -> Option<String> {
    extra.split_once(':').map(|(h, ip)| format!("{ip} {h}"))
}

/// The mode object for `--mode`, `--replicas`, `--max-concurrent`, `--replicas-max-per-node`.
fn mode(a: &CreateArgs) -> Result<Value> {
    let c = &a.common;
    let max_replicas = c.replicas_max_per_node.unwrap_or(0);
    let only_replicated = "replicas can only be used with replicated or replicated-job mode";
    let max_only = "replicas-max-per-node can only be used with replicated or replicated-job mode";
    let concurrent_only = "max-concurrent can only be used with replicated-job mode";
    Ok(match a.mode.as_str() {
        "global" => {
            if c.replicas.is_some() {
                return Err(fail(only_replicated));
            }
            if max_replicas > 0 {
                return Err(fail(max_only));
            }
            if c.max_concurrent.is_some() {
                return Err(fail(concurrent_only));
            }
            json!({"Global": {}})
        }
        "replicated" => {
            if c.max_concurrent.is_some() {
                return Err(fail(concurrent_only));
            }
            match c.replicas {
                Some(n) => json!({"Replicated": {"Replicas": n}}),
                None => json!({"Replicated": {}}),
            }
        }
        "replicated-job" => {
            let mut job = Map::new();
            if let Some(n) = c.max_concurrent.or(c.replicas) {
                job.insert("MaxConcurrent".into(), json!(n));
            }
            if let Some(n) = c.replicas {
                job.insert("TotalCompletions".into(), json!(n));
            }
            json!({ "ReplicatedJob": job })
        }
        "global-job" => {
            if max_replicas > 0 {
                return Err(fail(max_only));
            }
            if c.max_concurrent.is_some() {
                return Err(fail(concurrent_only));
            }
            if c.replicas.is_some() {
                return Err(fail(only_replicated));
            }
            json!({"GlobalJob": {}})
        }
        other => {
            return Err(fail(format!(
                "Unknown mode: {other}, only replicated and global supported"
            )))
        }
    })
}

fn is_job(mode: &Value) -> bool {
    mode.get("ReplicatedJob").is_some() || mode.get("GlobalJob").is_some()
}

/// docker's defaults for an update/rollback config, before the flags given change it.
fn update_defaults() -> Value {
    json!({"Parallelism": 1, "FailureAction": "pause", "Monitor": 5_000_000_000i64,
           "MaxFailureRatio": 0, "Order": "stop-first"})
}

/// One update/rollback config: changed flags over `base` (docker's defaults at create, the
/// service's current config at update). None when no flag of the group was given.
fn update_config(
    base: Option<&Value>,
    parallelism: Option<u64>,
    delay: Option<i64>,
    monitor: Option<i64>,
    failure: &Option<String>,
    ratio: Option<f64>,
    order: &Option<String>,
) -> Option<Value> {
    if parallelism.is_none()
        && delay.is_none()
        && monitor.is_none()
        && failure.is_none()
        && ratio.is_none()
        && order.is_none()
    {
        return None;
    }
    let mut v = base.cloned().unwrap_or_else(update_defaults);
    let o = v.as_object_mut()?;
    if let Some(p) = parallelism {
        o.insert("Parallelism".into(), json!(p));
    }
    if let Some(d) = delay {
        o.insert("Delay".into(), json!(d));
    }
    if let Some(m) = monitor {
        o.insert("Monitor".into(), json!(m));
    }
    if let Some(f) = failure {
        o.insert("FailureAction".into(), json!(f));
    }
    if let Some(r) = ratio {
        // docker keeps the ratio as a float32.
        o.insert("MaxFailureRatio".into(), json!(r as f32));
    }
    if let Some(ord) = order {
        o.insert("Order".into(), json!(ord));
    }
    Some(v)
}

/// The flags `create` and `update` share, applied to `spec` (only those given, for `update`).
pub fn apply_common(spec: &mut Value, c: &CommonFlags, creating: bool) -> Result<()> {
    obj(spec, "TaskTemplate");
    {
        let tt = spec.pointer_mut("/TaskTemplate").expect("task template");
        let cs = tt
            .as_object_mut()
            .expect("object")
            .entry("ContainerSpec")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .ok_or_else(|| fail("service has no container spec"))?;
        let mut set = |k: &str, v: Value| {
            cs.insert(k.into(), v);
        };
        if let Some(w) = &c.workdir {
            set("Dir", json!(w));
        }
        if let Some(u) = &c.user {
            set("User", json!(u));
        }
        if let Some(h) = &c.hostname {
            set("Hostname", json!(h));
        }
        if let Some(e) = &c.entrypoint {
            set("Command", json!(shlex(e)?));
        }
        if let Some(s) = &c.stop_signal {
            set("StopSignal", json!(s));
        }
        if let Some(g) = c.stop_grace_period {
            set("StopGracePeriod", json!(g));
        }
        if c.tty || !creating {
            if c.tty {
                set("TTY", json!(true));
            }
        } else {
            set("TTY", json!(false));
        }
        if c.read_only {
            set("ReadOnly", json!(true));
        }
        if creating || c.init {
            set("Init", json!(c.init));
        }
        // (update changes the current lists instead: update_lists::capabilities)
        if creating {
            let (add, drop) = effective_caps(&c.cap_add, &c.cap_drop);
            if !add.is_empty() {
                set("CapabilityAdd", json!(add));
            }
            if !drop.is_empty() {
                set("CapabilityDrop", json!(drop));
            }
        }
        let health = crate::opts::health::HealthFlags {
            cmd: c.health_cmd.as_deref(),
            interval: c.health_interval.unwrap_or(0),
            timeout: c.health_timeout.unwrap_or(0),
            start_period: c.health_start_period.unwrap_or(0),
            start_interval: c.health_start_interval.unwrap_or(0),
            retries: c.health_retries.unwrap_or(0),
            disabled: c.no_healthcheck,
        };
        if let Some(h) = crate::opts::health::build(&health).map_err(fail)? {
            set("Healthcheck", serde_json::to_value(h)?);
        }
        // `OomScoreAdj` (API 1.46, omitempty): create sends a value other than 0; update the
        // value given.
        if let Some(adj) = c.oom_score_adj.filter(|a| *a != 0 || !creating) {
            set("OomScoreAdj", json!(adj));
        }
    }
    let tt = obj(spec, "TaskTemplate");
    // Resources
    {
        let res = tt.entry("Resources").or_insert_with(|| json!({}));
        let limits = obj(res, "Limits");
        if let Some(n) = c.limit_cpu.filter(|n| *n != 0) {
            limits.insert("NanoCPUs".into(), json!(n));
        }
        if let Some(m) = c.limit_memory.filter(|n| *n != 0) {
            limits.insert("MemoryBytes".into(), json!(m));
        }
        if let Some(p) = c.limit_pids.filter(|n| *n != 0) {
            limits.insert("Pids".into(), json!(p));
        }
        let res = tt.get_mut("Resources").expect("resources");
        let reservations = obj(res, "Reservations");
        if let Some(n) = c.reserve_cpu.filter(|n| *n != 0) {
            reservations.insert("NanoCPUs".into(), json!(n));
        }
        if let Some(m) = c.reserve_memory.filter(|n| *n != 0) {
            reservations.insert("MemoryBytes".into(), json!(m));
        }
    }
    // Restart policy
    if c.restart_condition.is_some()
        || c.restart_delay.is_some()
        || c.restart_max_attempts.is_some()
        || c.restart_window.is_some()
    {
        let rp = tt.entry("RestartPolicy").or_insert_with(|| json!({}));
        if creating {
            *rp = json!({"Condition": "any", "Delay": 5_000_000_000i64, "MaxAttempts": 0});
        }
        let rp = rp.as_object_mut().expect("object");
        if let Some(x) = &c.restart_condition {
            rp.insert("Condition".into(), json!(x));
        }
        if let Some(x) = c.restart_delay {
            rp.insert("Delay".into(), json!(x));
        }
        if let Some(x) = c.restart_max_attempts {
            rp.insert("MaxAttempts".into(), json!(x));
        }
        if let Some(x) = c.restart_window {
            rp.insert("Window".into(), json!(x));
        }
    }
    if let Some(m) = c.replicas_max_per_node {
        if m != 0 || !creating {
            let pl = tt.entry("Placement").or_insert_with(|| json!({}));
            if let Some(pl) = pl.as_object_mut() {
                pl.insert("MaxReplicas".into(), json!(m));
            }
        }
    }
    if let Some(d) = &c.log_driver {
        let opts = kv_map(&c.log_opt);
        let mut ld = json!({ "Name": d });
        if !opts.is_empty() {
            ld["Options"] = Value::Object(opts);
        }
        tt.insert("LogDriver".into(), ld);
    }
    // Update and rollback configs
    let upd = update_config(
        spec.get("UpdateConfig").filter(|_| !creating),
        c.update_parallelism,
        c.update_delay,
        c.update_monitor,
        &c.update_failure_action,
        c.update_max_failure_ratio,
        &c.update_order,
    );
    let rb = update_config(
        spec.get("RollbackConfig").filter(|_| !creating),
        c.rollback_parallelism,
        c.rollback_delay,
        c.rollback_monitor,
        &c.rollback_failure_action,
        c.rollback_max_failure_ratio,
        &c.rollback_order,
    );
    if (upd.is_some() || rb.is_some()) && spec.get("Mode").is_some_and(is_job) {
        return Err(fail(
            "update and rollback configuration is not supported for jobs",
        ));
    }
    if let Some(u) = upd {
        spec["UpdateConfig"] = u;
    }
    if let Some(r) = rb {
        spec["RollbackConfig"] = r;
    }
    if let Some(m) = &c.endpoint_mode {
        obj(spec, "EndpointSpec").insert("Mode".into(), json!(m.to_lowercase()));
    } else if creating {
        obj(spec, "EndpointSpec").insert("Mode".into(), json!("vip"));
    }
    Ok(())
}

/// A network name or ID to its ID (docker resolves names before creating a service).
pub async fn network_id(engine: &Engine, name: &str) -> Result<String> {
    let path = ApiPath::new("/networks").seg(name).query("scope", "swarm");
    let n = raw::get_json(engine, &path).await?;
    Ok(crate::commands::listing::jstr(&n, "Id").to_string())
}

/// A `--network` / `--network-add` as the spec's attachment (the network by its ID).
pub async fn attachment(engine: &Engine, n: &crate::opts::network::Attachment) -> Result<Value> {
    let mut att = json!({ "Target": network_id(engine, &n.target).await? });
    if !n.aliases.is_empty() {
        att["Aliases"] = json!(n.aliases);
    }
    if !n.driver_opts.is_empty() {
        att["DriverOpts"] = json!(n.driver_opts);
    }
    Ok(att)
}

/// Secret or config references with their IDs looked up by name (`kind`: "secrets" | "configs"),
/// in one listing; `runtime` names a config a credential spec uses, referenced (once) as a
/// runtime target after the file ones (docker's `ParseConfigs`).
pub async fn file_refs(
    engine: &Engine,
    kind: &'static str,
    refs: &[crate::opts::service::FileRef],
    runtime: Option<&str>,
) -> Result<Vec<Value>> {
    let (list_path, id_key, name_key, noun) = if kind == "secrets" {
        ("/secrets", "SecretID", "SecretName", "secret")
    } else {
        ("/configs", "ConfigID", "ConfigName", "config")
    };
    let mut seen = std::collections::HashSet::new();
    for r in refs {
        if !seen.insert(r.target.clone()) {
            return Err(fail(format!(
                "duplicate {noun} target for {} not allowed",
                r.source
            )));
        }
    }
    let mut names: Vec<&str> = refs.iter().map(|r| r.source.as_str()).collect();
    names.extend(runtime);
    names.dedup();
    let filters = json!({ "name": names.iter().map(|n| (n.to_string(), Value::Bool(true))).collect::<Map<String, Value>>() });
    let list = raw::get_json(
        engine,
        &ApiPath::new(list_path).query("filters", &filters.to_string()),
    )
    .await?;
    let list = list.as_array().cloned().unwrap_or_default();
    let mut out = Vec::new();
    for r in refs {
        let found = list
            .iter()
            .find(|s| s.pointer("/Spec/Name").and_then(Value::as_str) == Some(r.source.as_str()));
        let Some(found) = found else {
            return Err(fail(format!("{noun} not found: {}", r.source)));
        };
        out.push(json!({
            "File": {"Name": r.target, "UID": r.uid, "GID": r.gid, "Mode": r.mode},
            id_key: found.get("ID").cloned().unwrap_or_default(),
            name_key: r.source,
        }));
    }
    if let Some(name) = runtime {
        let found = list
            .iter()
            .find(|s| s.pointer("/Spec/Name").and_then(Value::as_str) == Some(name));
        let Some(found) = found else {
            return Err(fail(format!("{noun} not found: {name}")));
        };
        out.push(json!({
            "Runtime": {},
            id_key: found.get("ID").cloned().unwrap_or_default(),
            name_key: name,
        }));
    }
    Ok(out)
}

/// The isolation placement for `--isolation`, decided from the swarm's nodes.
pub async fn isolation(engine: &Engine, value: &str, spec: &mut Value) -> Result<()> {
    let level: Level = plan::parse(value).map_err(fail)?;
    let nodes = super::nodes(engine).await?;
    let placement = service_placement::decide(level, &nodes).map_err(fail)?;
    obj(spec, "TaskTemplate")
        .entry("Placement")
        .or_insert_with(|| json!({}));
    service_placement::apply(spec, &placement);
    Ok(())
}

/// The whole spec of `service create`.
pub async fn create(engine: &Engine, a: &CreateArgs) -> Result<Value> {
    let c = &a.common;
    let env = crate::opts::keyvalue::environment(&a.env_file, &a.env).map_err(fail)?;
    let mode = mode(a)?;
    let mut cs = json!({ "Image": a.image });
    if !a.args.is_empty() {
        cs["Args"] = json!(a.args);
    }
    if !env.is_empty() {
        cs["Env"] = json!(env);
    }
    if !a.container_label.is_empty() {
        cs["Labels"] = Value::Object(kv_map(&a.container_label));
    }
    if !a.group.is_empty() {
        cs["Groups"] = json!(a.group);
    }
    if !a.mount.is_empty() {
        let mounts: Vec<Value> = a.mount.iter().map(mount_json).collect::<Result<_>>()?;
        cs["Mounts"] = json!(mounts);
    }
    let mut dns = Map::new();
    for (k, v) in [
        ("Nameservers", &a.dns),
        ("Search", &a.dns_search),
        ("Options", &a.dns_option),
    ] {
        if !v.is_empty() {
            dns.insert(k.into(), json!(v));
        }
    }
    cs["DNSConfig"] = Value::Object(dns);
    let hosts: Vec<String> = a.host.iter().filter_map(|h| swarm_host(h)).collect();
    if !hosts.is_empty() {
        cs["Hosts"] = json!(hosts);
    }
    if !a.sysctl.is_empty() {
        cs["Sysctls"] = Value::Object(kv_map(&a.sysctl));
    }
    if !a.ulimit.is_empty() {
        cs["Ulimits"] = serde_json::to_value(crate::opts::ulimit::dedupe(&a.ulimit))?;
    }
    let mut placement = Map::new();
    if !a.constraint.is_empty() {
        placement.insert("Constraints".into(), json!(a.constraint));
    }
    if !a.placement_pref.is_empty() {
        let prefs: Vec<Value> = a
            .placement_pref
            .iter()
            .map(|(_, arg)| json!({"Spread": {"SpreadDescriptor": arg}}))
            .collect();
        placement.insert("Preferences".into(), json!(prefs));
    }
    let mut spec = json!({
        "Labels": Value::Object(kv_map(&a.label)),
        "TaskTemplate": {
            "ContainerSpec": cs,
            "Resources": {"Limits": {}, "Reservations": {}},
            "Placement": placement,
        },
        "Mode": mode,
    });
    if let Some(name) = &a.name {
        spec["Name"] = json!(name);
    }
    let mut networks = Vec::new();
    for n in &a.network {
        networks.push(attachment(engine, n).await?);
    }
    networks.sort_by(|x, y| x["Target"].as_str().cmp(&y["Target"].as_str()));
    if !networks.is_empty() {
        spec["TaskTemplate"]["Networks"] = json!(networks);
    }
    apply_common(&mut spec, c, true)?;
    let ports: Vec<Value> = a.publish.iter().flatten().map(|p| p.to_json()).collect();
    if !ports.is_empty() {
        spec["EndpointSpec"]["Ports"] = json!(ports);
    }
    if let Some(iso) = &c.isolation {
        isolation(engine, iso, &mut spec).await?;
    }
    service_placement::keep(&mut spec);
    let generic = crate::opts::service::generic_resources(&a.generic_resource).map_err(fail)?;
    if !generic.is_empty() {
        spec["TaskTemplate"]["Resources"]["Reservations"]["GenericResources"] = json!(generic);
    }
    if !a.secret.is_empty() {
        spec["TaskTemplate"]["ContainerSpec"]["Secrets"] =
            json!(file_refs(engine, "secrets", &a.secret, None).await?);
    }
    let cred = c.credential_spec.as_ref().filter(|c| !c.source.is_empty());
    let cred_config = cred.map(|c| c.config.as_str()).filter(|n| !n.is_empty());
    if !a.config.is_empty() || cred_config.is_some() {
        let configs = file_refs(engine, "configs", &a.config, cred_config).await?;
        spec["TaskTemplate"]["ContainerSpec"]["Configs"] = json!(configs);
    }
    if let Some(cred) = cred {
        set_credential_spec(&mut spec, cred);
    }
    Ok(spec)
}

/// `Privileges.CredentialSpec` from `--credential-spec`, a config named by its ID as the spec's
/// config references give it (docker's `setConfigs` / `updateCredSpecConfig`).
pub fn set_credential_spec(spec: &mut Value, cred: &crate::opts::service::CredentialSpec) {
    let cs = obj_in(obj(spec, "TaskTemplate"), "ContainerSpec");
    let mut value = cred.to_json();
    if !cred.config.is_empty() {
        let id = cs
            .get("Configs")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find(|c| c.get("ConfigName").and_then(Value::as_str) == Some(cred.config.as_str()))
            .and_then(|c| c.get("ConfigID").cloned());
        if let Some(id) = id {
            value["Config"] = id;
        }
    }
    obj_in(cs, "Privileges").insert("CredentialSpec".into(), value);
}

/// A `--mount` as the service spec carries it (unknown types ride along as given).
pub fn mount_json(m: &crate::opts::mount::MountSpec) -> Result<Value> {
    let mut v = serde_json::to_value(&m.mount)?;
    if let Some(t) = &m.raw_type {
        v["Type"] = json!(t);
    }
    if let Some(p) = &m.raw_propagation {
        v["BindOptions"]["Propagation"] = json!(p);
    }
    Ok(v)
}
