//! `hvdock service update`: the service's current spec with the flags given applied (docker's
//! `updateService`), `--rollback` asks the daemon for the previous spec, `--isolation` moves the
//! tasks (a placement change is a rolling update).

use anyhow::Result;
use serde_json::{json, Map, Value};

use super::spec::{self, kv_map, obj};
use crate::cli::service::UpdateArgs;
use crate::commands::Ctx;
use crate::error::CliError;

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

/// `list` without the values `rm` names (by `key(value)`), then `add` (replacing same keys).
fn add_rm_list(list: &mut Value, add: &[Value], rm: &[String], key: impl Fn(&Value) -> String) {
    let mut items: Vec<Value> = list.as_array().cloned().unwrap_or_default();
    items.retain(|v| !rm.contains(&key(v)));
    for a in add {
        let k = key(a);
        match items.iter_mut().find(|v| key(v) == k) {
            Some(slot) => *slot = a.clone(),
            None => items.push(a.clone()),
        }
    }
    *list = json!(items);
}

fn str_key(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

fn env_key(v: &Value) -> String {
    let s = v.as_str().unwrap_or_default();
    s.split_once('=').map_or(s, |(k, _)| k).to_string()
}

fn strings(v: &[String]) -> Vec<Value> {
    v.iter().map(|s| json!(s)).collect()
}

/// Adds and removes keys of a map field.
fn add_rm_map(map: &mut Map<String, Value>, add: &[String], rm: &[String]) {
    for (k, v) in kv_map(add) {
        map.insert(k, v);
    }
    for k in rm {
        map.remove(k);
    }
}

fn field<'a>(m: &'a mut Map<String, Value>, k: &str, empty: Value) -> &'a mut Value {
    m.entry(k).or_insert(empty)
}

/// Drops an empty list or map so the spec stays as docker leaves it.
fn prune(m: &mut Map<String, Value>, k: &str) {
    let empty = match m.get(k) {
        Some(Value::Array(a)) => a.is_empty(),
        Some(Value::Object(o)) => o.is_empty(),
        _ => false,
    };
    if empty {
        m.remove(k);
    }
}

async fn apply(ctx: &Ctx, a: &UpdateArgs, spec: &mut Value) -> Result<()> {
    let engine = ctx.engine()?;
    spec::apply_common(spec, &a.common, false)?;
    if let Some(n) = a.common.replicas {
        let mode = obj(spec, "Mode");
        if let Some(r) = mode.get_mut("Replicated").and_then(Value::as_object_mut) {
            r.insert("Replicas".into(), json!(n));
        } else if let Some(r) = mode.get_mut("ReplicatedJob").and_then(Value::as_object_mut) {
            r.insert("TotalCompletions".into(), json!(n));
        } else {
            return Err(fail(
                "replicas can only be used with replicated or replicated-job mode",
            ));
        }
    }
    if let Some(n) = a.common.max_concurrent {
        match obj(spec, "Mode")
            .get_mut("ReplicatedJob")
            .and_then(Value::as_object_mut)
        {
            Some(j) => {
                j.insert("MaxConcurrent".into(), json!(n));
            }
            None => {
                return Err(fail(
                    "max-concurrent can only be used with replicated-job mode",
                ))
            }
        }
    }
    if let Some(l) = spec.as_object_mut() {
        let labels = field(l, "Labels", json!({}));
        if let Some(m) = labels.as_object_mut() {
            add_rm_map(m, &a.label_add, &a.label_rm);
        }
    }
    let tt = obj(spec, "TaskTemplate");
    tt.entry("ContainerSpec").or_insert_with(|| json!({}));
    let cs = tt
        .get_mut("ContainerSpec")
        .and_then(Value::as_object_mut)
        .expect("container spec");
    if let Some(image) = &a.image {
        cs.insert("Image".into(), json!(image));
    }
    if let Some(args) = &a.args {
        cs.insert("Args".into(), json!(spec::shlex(args)?));
    }
    if !a.env_add.is_empty() || !a.env_rm.is_empty() {
        let env = field(cs, "Env", json!([]));
        add_rm_list(env, &strings(&a.env_add), &a.env_rm, env_key);
        prune(cs, "Env");
    }
    if !a.container_label_add.is_empty() || !a.container_label_rm.is_empty() {
        if let Some(m) = field(cs, "Labels", json!({})).as_object_mut() {
            add_rm_map(m, &a.container_label_add, &a.container_label_rm);
        }
        prune(cs, "Labels");
    }
    if !a.sysctl_add.is_empty() || !a.sysctl_rm.is_empty() {
        if let Some(m) = field(cs, "Sysctls", json!({})).as_object_mut() {
            add_rm_map(m, &a.sysctl_add, &a.sysctl_rm);
        }
        prune(cs, "Sysctls");
    }
    if !a.group_add.is_empty() || !a.group_rm.is_empty() {
        add_rm_list(
            field(cs, "Groups", json!([])),
            &strings(&a.group_add),
            &a.group_rm,
            str_key,
        );
        prune(cs, "Groups");
    }
    if !a.host_add.is_empty() || !a.host_rm.is_empty() {
        let add: Vec<Value> = a
            .host_add
            .iter()
            .filter_map(|h| spec::swarm_host(h))
            .map(Value::from)
            .collect();
        let rm: Vec<String> = a
            .host_rm
            .iter()
            .map(|h| spec::swarm_host(h).unwrap_or_else(|| h.clone()))
            .collect();
        add_rm_list(field(cs, "Hosts", json!([])), &add, &rm, str_key);
        prune(cs, "Hosts");
    }
    if !a.mount_add.is_empty() || !a.mount_rm.is_empty() {
        let add: Vec<Value> = a
            .mount_add
            .iter()
            .map(spec::mount_json)
            .collect::<Result<_>>()?;
        add_rm_list(field(cs, "Mounts", json!([])), &add, &a.mount_rm, |m| {
            m.get("Target")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        });
        prune(cs, "Mounts");
    }
    if !a.ulimit_add.is_empty() || !a.ulimit_rm.is_empty() {
        let add: Vec<Value> = a
            .ulimit_add
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        add_rm_list(field(cs, "Ulimits", json!([])), &add, &a.ulimit_rm, |u| {
            u.get("Name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        });
        prune(cs, "Ulimits");
    }
    for (key, add, rm) in [
        ("Nameservers", &a.dns_add, &a.dns_rm),
        ("Search", &a.dns_search_add, &a.dns_search_rm),
        ("Options", &a.dns_option_add, &a.dns_option_rm),
    ] {
        if add.is_empty() && rm.is_empty() {
            continue;
        }
        let dns = field(cs, "DNSConfig", json!({}));
        if let Some(d) = dns.as_object_mut() {
            add_rm_list(field(d, key, json!([])), &strings(add), rm, str_key);
            prune(d, key);
        }
    }
    // Placement
    if !a.constraint_add.is_empty()
        || !a.constraint_rm.is_empty()
        || !a.placement_pref_add.is_empty()
        || !a.placement_pref_rm.is_empty()
    {
        let pl = obj(tt_of(spec), "Placement");
        add_rm_list(
            field(pl, "Constraints", json!([])),
            &strings(&a.constraint_add),
            &a.constraint_rm,
            str_key,
        );
        prune(pl, "Constraints");
        let pref = |(_, arg): &(String, String)| json!({"Spread": {"SpreadDescriptor": arg}});
        let rm: Vec<String> = a
            .placement_pref_rm
            .iter()
            .map(|p| pref(p).to_string())
            .collect();
        let add: Vec<Value> = a.placement_pref_add.iter().map(pref).collect();
        add_rm_list(field(pl, "Preferences", json!([])), &add, &rm, |v| {
            v.to_string()
        });
        prune(pl, "Preferences");
    }
    // Networks
    if !a.network_add.is_empty() || !a.network_rm.is_empty() {
        let mut rm = Vec::new();
        for n in &a.network_rm {
            rm.push(spec::network_id(engine, n).await?);
        }
        let mut add = Vec::new();
        for n in &a.network_add {
            let mut att = json!({ "Target": spec::network_id(engine, &n.target).await? });
            if !n.aliases.is_empty() {
                att["Aliases"] = json!(n.aliases);
            }
            add.push(att);
        }
        let tt = obj(spec, "TaskTemplate");
        let list = field(tt, "Networks", json!([]));
        add_rm_list(list, &add, &rm, |v| {
            v.get("Target")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        });
        prune(tt, "Networks");
    }
    // Published ports
    if !a.publish_add.is_empty() || !a.publish_rm.is_empty() {
        let ep = obj(spec, "EndpointSpec");
        let key = |p: &Value| {
            format!(
                "{}/{}",
                p.get("TargetPort").and_then(Value::as_u64).unwrap_or(0),
                p.get("Protocol").and_then(Value::as_str).unwrap_or("tcp")
            )
        };
        let rm: Vec<String> = a
            .publish_rm
            .iter()
            .flatten()
            .map(|p| key(&p.to_json()))
            .collect();
        let add: Vec<Value> = a
            .publish_add
            .iter()
            .flatten()
            .map(|p| p.to_json())
            .collect();
        add_rm_list(field(ep, "Ports", json!([])), &add, &rm, |p| {
            format!(
                "{}|{}",
                key(p),
                p.get("PublishedPort").and_then(Value::as_u64).unwrap_or(0)
            )
        });
        if let Some(Value::Array(ports)) = ep.get_mut("Ports") {
            ports.retain(|p| !rm.contains(&key(p)));
        }
        prune(ep, "Ports");
    }
    // Secrets and configs
    for (kind, add, rm, field_name, name_key) in [
        (
            "secrets",
            &a.secret_add,
            &a.secret_rm,
            "Secrets",
            "SecretName",
        ),
        (
            "configs",
            &a.config_add,
            &a.config_rm,
            "Configs",
            "ConfigName",
        ),
    ] {
        if add.is_empty() && rm.is_empty() {
            continue;
        }
        let refs = spec::file_refs(engine, kind, add).await?;
        let cs = obj(tt_of(spec), "ContainerSpec");
        let list = field(cs, field_name, json!([]));
        let mut items = list.as_array().cloned().unwrap_or_default();
        items.retain(|r| {
            let n = r.get(name_key).and_then(Value::as_str).unwrap_or_default();
            !rm.iter().any(|x| x == n)
        });
        items.extend(refs);
        *list = json!(items);
        prune(cs, field_name);
    }
    if a.force {
        let tt = obj(spec, "TaskTemplate");
        let n = tt.get("ForceUpdate").and_then(Value::as_u64).unwrap_or(0);
        tt.insert("ForceUpdate".into(), json!(n + 1));
    }
    if let Some(iso) = &a.common.isolation {
        spec::isolation(engine, iso, spec).await?;
    }
    Ok(())
}

fn tt_of(spec: &mut Value) -> &mut Value {
    obj(spec, "TaskTemplate");
    spec.get_mut("TaskTemplate").expect("task template")
}

/// Were any flags but `--rollback`, `-d` and `-q` given?
fn other_flags(a: &UpdateArgs) -> bool {
    let mut b = a.clone();
    b.rollback = false;
    b.common.detach = false;
    b.common.quiet = false;
    format!("{:?}", b.common) != format!("{:?}", crate::cli::service::CommonFlags::default())
        || b.args.is_some()
        || b.image.is_some()
        || b.force
        || !b.env_add.is_empty()
        || !b.env_rm.is_empty()
        || !b.label_add.is_empty()
        || !b.label_rm.is_empty()
        || !b.constraint_add.is_empty()
        || !b.constraint_rm.is_empty()
        || !b.mount_add.is_empty()
        || !b.mount_rm.is_empty()
        || !b.publish_add.is_empty()
        || !b.publish_rm.is_empty()
        || !b.network_add.is_empty()
        || !b.network_rm.is_empty()
        || !b.secret_add.is_empty()
        || !b.secret_rm.is_empty()
        || !b.config_add.is_empty()
        || !b.config_rm.is_empty()
}

pub async fn run(ctx: &Ctx, a: UpdateArgs) -> Result<()> {
    let engine = ctx.engine()?;
    engine.api().await?;
    let service = super::fetch(engine, &a.service).await?;
    let mut spec = service.get("Spec").cloned().unwrap_or_else(|| json!({}));
    let mut extra: Vec<(&'static str, &str)> = Vec::new();
    if a.rollback {
        if other_flags(&a) {
            return Err(fail("other flags may not be combined with --rollback"));
        }
        extra.push(("rollback", "previous"));
    } else {
        apply(ctx, &a, &mut spec).await?;
    }
    let mut headers = Vec::new();
    let auth = a.common.with_registry_auth.then(|| {
        let image = spec
            .pointer("/TaskTemplate/ContainerSpec/Image")
            .and_then(Value::as_str)
            .unwrap_or_default();
        crate::commands::auth::store::header_for(ctx.config(), image)
    });
    let query = a.image.is_some() && !a.common.no_resolve_image;
    let warning = spec::resolve_image(engine, &mut spec, query, auth.as_deref()).await;
    match auth {
        Some(auth) => headers.push(("X-Registry-Auth", auth)),
        None => extra.push(("registryAuthFrom", "spec")),
    }
    let answer = super::post_update(engine, &service, &spec, &extra, &headers).await?;
    super::create::print_warnings(&answer);
    if let Some(w) = warning {
        eprintln!("{w}");
    }
    println!("{}", a.service);
    if a.common.detach {
        return Ok(());
    }
    super::progress::wait(engine, &a.service, a.common.quiet).await
}
