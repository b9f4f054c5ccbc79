//! The merged compose configuration → Engine API bodies, named and labelled for the stack:
//! `<stack>_<name>` and `com.docker.stack.namespace=<stack>` (docker's convert package).
//! Secret and config references carry names only; the deploy command adds their IDs.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

pub const NAMESPACE_LABEL: &str = "com.docker.stack.namespace";
pub const IMAGE_LABEL: &str = "com.docker.stack.image";

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k).and_then(Value::as_str).unwrap_or_default()
}

fn truthy(v: &Value, k: &str) -> bool {
    match v.get(k) {
        Some(Value::Bool(b)) => *b,
        Some(Value::Object(_)) => k == "external",
        _ => false,
    }
}

fn with_stack(stack: &str, labels: Option<&Value>) -> Value {
    let mut m = labels
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    m.insert(NAMESPACE_LABEL.into(), json!(stack));
    Value::Object(m)
}

fn section(cfg: &Map<String, Value>, key: &str) -> Map<String, Value> {
    cfg.get(key)
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

/// The name an external object is known by: its `name`, the `external.name`, or its key.
fn external_name(key: &str, obj: &Value) -> String {
    if !s(obj, "name").is_empty() {
        return s(obj, "name").into();
    }
    match obj.pointer("/external/name").and_then(Value::as_str) {
        Some(n) => n.into(),
        None => key.into(),
    }
}

fn scoped(stack: &str, key: &str, obj: &Value) -> String {
    if truthy(obj, "external") {
        return external_name(key, obj);
    }
    match s(obj, "name") {
        "" => format!("{stack}_{key}"),
        n => n.into(),
    }
}

/// The networks the services use: `(to create: name → create body, external names)`.
pub fn networks(stack: &str, cfg: &Map<String, Value>) -> (BTreeMap<String, Value>, Vec<String>) {
    let declared = section(cfg, "networks");
    let mut used = std::collections::BTreeSet::new();
    for svc in section(cfg, "services").values() {
        match svc.get("networks").and_then(Value::as_object) {
            Some(m) if !m.is_empty() => used.extend(m.keys().cloned()),
            _ => {
                used.insert("default".to_string());
            }
        }
    }
    let (mut create, mut external) = (BTreeMap::new(), Vec::new());
    for key in used {
        let nw = declared.get(&key).cloned().unwrap_or(json!({}));
        if truthy(&nw, "external") {
            external.push(external_name(&key, &nw));
            continue;
        }
        let driver = match s(&nw, "driver") {
            "" => "overlay",
            d => d,
        };
        let mut body = json!({
            "Driver": driver,
            "Labels": with_stack(stack, nw.get("labels")),
        });
        if let Some(o) = nw.get("driver_opts") {
            body["Options"] = o.clone();
        }
        for (k, api) in [("internal", "Internal"), ("attachable", "Attachable")] {
            if truthy(&nw, k) {
                body[api] = json!(true);
            }
        }
        if let Some(ipam) = nw.get("ipam") {
            let cfgs: Vec<Value> = ipam
                .get("config")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|c| json!({"Subnet": s(c, "subnet")}))
                .collect();
            body["IPAM"] = json!({"Driver": s(ipam, "driver"), "Config": cfgs});
        }
        let name = scoped(stack, &key, &nw);
        body["Name"] = json!(name);
        create.insert(name, body);
    }
    (create, external)
}

/// Secret (`"secrets"`) or config (`"configs"`) create bodies for the objects not external.
pub fn file_objects(
    stack: &str,
    cfg: &Map<String, Value>,
    kind: &str,
) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    for (key, obj) in section(cfg, kind) {
        if truthy(&obj, "external") {
            continue;
        }
        let mut spec = json!({"Name": scoped(stack, &key, &obj), "Labels": with_stack(stack, obj.get("labels"))});
        if kind == "secrets" && !s(&obj, "driver").is_empty() {
            spec["Data"] = json!("");
            spec["Driver"] = json!({"Name": s(&obj, "driver"), "Options": obj.get("driver_opts")});
        } else {
            let file = s(&obj, "file");
            let data = std::fs::read(file)
                .map_err(|e| format!("open {file}: {}", crate::opts::oserror::describe(&e)))?;
            use base64::Engine as _;
            spec["Data"] = json!(base64::engine::general_purpose::STANDARD.encode(data));
        }
        if !s(&obj, "template_driver").is_empty() {
            spec["Templating"] = json!({"Name": s(&obj, "template_driver")});
        }
        out.push(spec);
    }
    Ok(out)
}

fn duration(v: &Value, k: &str) -> Result<Option<i64>, String> {
    match v.get(k).and_then(Value::as_str) {
        Some(d) => crate::opts::duration::parse(d).map(Some),
        None => Ok(None),
    }
}

fn file_refs(
    stack: &str,
    cfg: &Map<String, Value>,
    svc: &Value,
    kind: &str,
) -> Result<Vec<Value>, String> {
    let declared = section(cfg, kind);
    let (what, name_key) = if kind == "secrets" {
        ("secret", "SecretName")
    } else {
        ("config", "ConfigName")
    };
    let mut refs = Vec::new();
    for r in svc
        .get(kind)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let src = s(r, "source");
        let obj = declared
            .get(src)
            .ok_or_else(|| format!("undefined {what} \"{src}\""))?;
        let target = match s(r, "target") {
            "" => src,
            t => t,
        };
        let id = |k: &str| match r.get(k).and_then(crate::compose::normalize::scalar_text) {
            Some(v) if !v.is_empty() => v,
            _ => "0".into(),
        };
        let mode = r.get("mode").and_then(Value::as_u64).unwrap_or(0o444);
        refs.push(json!({
            "File": {"Name": target, "UID": id("uid"), "GID": id("gid"), "Mode": mode},
            name_key: scoped(stack, src, obj),
        }));
    }
    refs.sort_by(|a, b| s(a, name_key).cmp(s(b, name_key)));
    Ok(refs)
}

fn mounts(stack: &str, cfg: &Map<String, Value>, svc: &Value) -> Result<Vec<Value>, String> {
    let declared = section(cfg, "volumes");
    let mut out = Vec::new();
    for v in svc
        .get("volumes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let mut m = json!({"Type": s(v, "type"), "Target": s(v, "target")});
        if truthy(v, "read_only") {
            m["ReadOnly"] = json!(true);
        }
        let src = s(v, "source");
        match s(v, "type") {
            "volume" if !src.is_empty() => {
                let vol = declared
                    .get(src)
                    .ok_or_else(|| format!("undefined volume \"{src}\""))?;
                let vol = if vol.is_null() { &json!({}) } else { vol };
                m["Source"] = json!(scoped(stack, src, vol));
                let mut opts = json!({});
                if v.pointer("/volume/nocopy") == Some(&json!(true)) {
                    opts["NoCopy"] = json!(true);
                }
                if !truthy(vol, "external") {
                    opts["Labels"] = with_stack(stack, vol.get("labels"));
                    if vol.get("driver").is_some() || vol.get("driver_opts").is_some() {
                        opts["DriverConfig"] =
                            json!({"Name": s(vol, "driver"), "Options": vol.get("driver_opts")});
                    }
                }
                m["VolumeOptions"] = opts;
            }
            "bind" => {
                m["Source"] = json!(src);
                if let Some(p) = v.pointer("/bind/propagation") {
                    m["BindOptions"] = json!({"Propagation": p});
                }
            }
            "tmpfs" => {
                if let Some(size) = v.pointer("/tmpfs/size").and_then(Value::as_i64) {
                    m["TmpfsOptions"] = json!({"SizeBytes": size});
                }
            }
            _ => {}
        }
        out.push(m);
    }
    Ok(out)
}

fn update_config(v: Option<&Value>) -> Result<Option<Value>, String> {
    let Some(u) = v else { return Ok(None) };
    Ok(Some(json!({
        "Parallelism": u.get("parallelism").and_then(Value::as_u64).unwrap_or(1),
        "Delay": duration(u, "delay")?.unwrap_or(0),
        "FailureAction": s(u, "failure_action"),
        "Monitor": duration(u, "monitor")?.unwrap_or(0),
        "MaxFailureRatio": u.get("max_failure_ratio").and_then(Value::as_f64).unwrap_or(0.0),
        "Order": s(u, "order"),
    })))
}

fn resources(r: Option<&Value>) -> Result<Value, String> {
    let mut out = json!({});
    let Some(r) = r else { return Ok(out) };
    for (k, api) in [("limits", "Limits"), ("reservations", "Reservations")] {
        let Some(l) = r.get(k) else { continue };
        let cpus = match l
            .get("cpus")
            .and_then(crate::compose::normalize::scalar_text)
        {
            Some(c) => crate::opts::cpus::parse(&c)?,
            None => 0,
        };
        let mem = match l
            .get("memory")
            .and_then(crate::compose::normalize::scalar_text)
        {
            Some(m) => crate::opts::size::ram_in_bytes(&m)?,
            None => 0,
        };
        let mut o = json!({"NanoCPUs": cpus, "MemoryBytes": mem});
        if let Some(p) = l.get("pids").and_then(Value::as_i64) {
            o["Pids"] = json!(p);
        }
        out[api] = o;
    }
    Ok(out)
}

fn mode(d: &Value) -> Result<Value, String> {
    let replicas = d.get("replicas").cloned();
    let only = "replicas can only be used with replicated or replicated-job mode";
    match s(d, "mode") {
        "global" if replicas.is_some() => Err(only.into()),
        "global-job" if replicas.is_some() => Err(only.into()),
        "global" => Ok(json!({"Global": {}})),
        "global-job" => Ok(json!({"GlobalJob": {}})),
        "replicated-job" => {
            Ok(json!({"ReplicatedJob": {"MaxConcurrent": replicas, "TotalCompletions": replicas}}))
        }
        "replicated" | "" => Ok(json!({"Replicated": {"Replicas": replicas.unwrap_or(json!(1))}})),
        m => Err(format!("unknown mode: {m}")),
    }
}

/// The spec of one service (`name` as in the file). `isolation:` is left to the caller, which
/// maps it as `service create --isolation` does.
pub fn service(
    stack: &str,
    cfg: &Map<String, Value>,
    name: &str,
    svc: &Value,
) -> Result<Value, String> {
    let deploy = svc.get("deploy").cloned().unwrap_or(json!({}));
    let image = s(svc, "image");
    let mut cs =
        json!({"Image": image, "Labels": with_stack(stack, svc.get("labels")), "Privileges": {}});
    for (k, api) in [
        ("entrypoint", "Command"),
        ("command", "Args"),
        ("hostname", "Hostname"),
        ("working_dir", "Dir"),
        ("user", "User"),
        ("stop_signal", "StopSignal"),
        ("tty", "TTY"),
        ("stdin_open", "OpenStdin"),
        ("read_only", "ReadOnly"),
        ("init", "Init"),
        ("sysctls", "Sysctls"),
        // Not `oom_score_adj`: docker's loader never reads it (its struct field lacks the
        // mapstructure name), so docker deploys 0 whatever the file says.
    ] {
        if let Some(v) = svc.get(k) {
            cs[api] = v.clone();
        }
    }
    let strings = |k: &str| -> Vec<String> {
        svc.get(k)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|c| c.as_str().map(str::to_string))
            .collect()
    };
    let (add, drop) =
        crate::commands::service::spec::effective_caps(&strings("cap_add"), &strings("cap_drop"));
    if !add.is_empty() {
        cs["CapabilityAdd"] = json!(add);
    }
    if !drop.is_empty() {
        cs["CapabilityDrop"] = json!(drop);
    }
    if let Some(Value::Array(h)) = svc.get("extra_hosts") {
        let hosts: Vec<String> = h
            .iter()
            .filter_map(|x| crate::commands::service::spec::swarm_host(x.as_str()?))
            .collect();
        cs["Hosts"] = json!(hosts);
    }
    let dns = svc.get("dns").cloned();
    let search = svc.get("dns_search").cloned();
    if dns.is_some() || search.is_some() {
        cs["DNSConfig"] = json!({"Nameservers": dns, "Search": search});
    }
    if let Some(h) = svc.get("healthcheck") {
        cs["Healthcheck"] = if truthy(h, "disable") {
            json!({"Test": ["NONE"]})
        } else {
            json!({
                "Test": h.get("test"),
                "Interval": duration(h, "interval")?.unwrap_or(0),
                "Timeout": duration(h, "timeout")?.unwrap_or(0),
                "StartPeriod": duration(h, "start_period")?.unwrap_or(0),
                "StartInterval": duration(h, "start_interval")?.unwrap_or(0),
                "Retries": h.get("retries").and_then(Value::as_i64).unwrap_or(0),
            })
        };
    }
    if let Some(Value::Object(env)) = svc.get("environment") {
        let mut list: Vec<String> = env
            .iter()
            .map(|(k, v)| match v.as_str() {
                Some(v) => format!("{k}={v}"),
                None => k.clone(),
            })
            .collect();
        list.sort();
        cs["Env"] = json!(list);
    }
    if let Some(g) = duration(svc, "stop_grace_period")? {
        cs["StopGracePeriod"] = json!(g);
    }
    let m = mounts(stack, cfg, svc)?;
    if !m.is_empty() {
        cs["Mounts"] = json!(m);
    }
    cs["Secrets"] = json!(file_refs(stack, cfg, svc, "secrets")?);
    cs["Configs"] = json!(file_refs(stack, cfg, svc, "configs")?);
    if let Some(Value::Object(u)) = svc.get("ulimits") {
        // A map in key order: sorted by name, as docker sorts them.
        let list: Vec<Value> = u
            .iter()
            .collect::<BTreeMap<_, _>>()
            .into_iter()
            .map(|(n, l)| match l.as_i64() {
                Some(x) => json!({"Name": n, "Soft": x, "Hard": x}),
                None => json!({"Name": n, "Soft": l.get("soft"), "Hard": l.get("hard")}),
            })
            .collect();
        cs["Ulimits"] = json!(list);
    }

    let declared_nets = section(cfg, "networks");
    let svc_nets = svc
        .get("networks")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let svc_nets = if svc_nets.is_empty() {
        Map::from_iter([("default".to_string(), Value::Null)])
    } else {
        svc_nets
    };
    let mut nets = Vec::new();
    for (key, conf) in &svc_nets {
        let decl = match declared_nets.get(key) {
            Some(d) => d.clone(),
            None if key == "default" => json!({}),
            None => return Err(format!("undefined network \"{key}\"")),
        };
        let target = scoped(stack, key, &decl);
        let mut aliases: Vec<Value> = conf
            .get("aliases")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if !matches!(target.as_str(), "host" | "bridge" | "none" | "default")
            && !target.starts_with("container:")
        {
            aliases.push(json!(name));
        }
        let mut n = json!({"Target": target, "Aliases": aliases});
        if let Some(o) = conf.get("driver_opts") {
            n["DriverOpts"] = o.clone();
        }
        nets.push(n);
    }
    nets.sort_by(|a, b| s(a, "Target").cmp(s(b, "Target")));

    let placement = deploy.get("placement").cloned().unwrap_or(json!({}));
    let mut pl = json!({});
    if let Some(c) = placement.get("constraints") {
        pl["Constraints"] = c.clone();
    }
    if let Some(Value::Array(p)) = placement.get("preferences") {
        let prefs: Vec<Value> = p
            .iter()
            .map(|x| json!({"Spread": {"SpreadDescriptor": s(x, "spread")}}))
            .collect();
        pl["Preferences"] = json!(prefs);
    }
    if let Some(m) = placement.get("max_replicas_per_node") {
        pl["MaxReplicas"] = m.clone();
    }

    let mut task = json!({"ContainerSpec": cs, "Resources": resources(deploy.get("resources"))?, "Placement": pl, "Networks": nets});
    if let Some(r) = deploy.get("restart_policy") {
        let mut rp = json!({"Condition": s(r, "condition")});
        if let Some(d) = duration(r, "delay")? {
            rp["Delay"] = json!(d);
        }
        if let Some(m) = r.get("max_attempts") {
            rp["MaxAttempts"] = m.clone();
        }
        if let Some(w) = duration(r, "window")? {
            rp["Window"] = json!(w);
        }
        task["RestartPolicy"] = rp;
    }
    if let Some(l) = svc.get("logging") {
        task["LogDriver"] = json!({"Name": s(l, "driver"), "Options": l.get("options")});
    }

    let mut ports: Vec<Value> = svc
        .get("ports")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| {
            let mut o = json!({"Protocol": s(p, "protocol"), "TargetPort": p.get("target"), "PublishMode": s(p, "mode")});
            if let Some(x) = p.get("published") {
                o["PublishedPort"] = x.clone();
            }
            o
        })
        .collect();
    let key = |p: &Value| {
        (
            p["PublishedPort"].as_u64().unwrap_or(0),
            p["TargetPort"].as_u64().unwrap_or(0),
            s(p, "Protocol").to_string(),
            s(p, "PublishMode").to_string(),
        )
    };
    ports.sort_by_key(key);
    let mut labels = with_stack(stack, deploy.get("labels"));
    labels[IMAGE_LABEL] = json!(image);
    let mut spec = json!({
        "Name": format!("{stack}_{name}"),
        "Labels": labels,
        "TaskTemplate": task,
        "Mode": mode(&deploy)?,
        "EndpointSpec": {"Mode": s(&deploy, "endpoint_mode").to_lowercase(), "Ports": ports},
    });
    if let Some(u) = update_config(deploy.get("update_config"))? {
        spec["UpdateConfig"] = u;
    }
    if let Some(u) = update_config(deploy.get("rollback_config"))? {
        spec["RollbackConfig"] = u;
    }
    Ok(spec)
}
