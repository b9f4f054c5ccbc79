//! `hvdock service update`: the service's current spec with the flags given applied (docker's
//! `updateService`), `--rollback` asks the daemon for the previous spec, `--isolation` moves the
//! tasks (a placement change is a rolling update).

use anyhow::Result;
use serde_json::{json, Value};

use super::spec::{self, obj};
use super::update_lists;
use crate::cli::service::UpdateArgs;
use crate::commands::Ctx;
use crate::error::CliError;

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

fn changed<T>(add: &[T], rm: &[impl Sized]) -> bool {
    !add.is_empty() || !rm.is_empty()
}

fn target(v: &Value) -> String {
    v.get("Target")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// docker's `updateNetworks`: the deprecated `Spec.Networks` moved into the task template, the
/// networks to remove looked up (swarm scope) and dropped by ID, an added one already attached
/// an error, sorted by ID.
async fn networks(engine: &crate::engine::Engine, a: &UpdateArgs, spec: &mut Value) -> Result<()> {
    let old = spec.as_object_mut().and_then(|m| m.remove("Networks"));
    let tt = obj(spec, "TaskTemplate");
    let mut current: Vec<Value> = update_lists::items(tt, "Networks");
    if current.is_empty() {
        current = old.and_then(|v| v.as_array().cloned()).unwrap_or_default();
    }
    let mut rm = Vec::new();
    for n in &a.network_rm {
        rm.push(spec::network_id(engine, n).await?);
    }
    current.retain(|n| !rm.contains(&target(n)));
    for n in &a.network_add {
        let att = spec::attachment(engine, n).await?;
        if current.iter().any(|c| target(c) == target(&att)) {
            return Err(fail(format!(
                "service is already attached to network {}",
                n.target
            )));
        }
        current.push(att);
    }
    current.sort_by_key(target);
    update_lists::set_or_drop(obj(spec, "TaskTemplate"), "Networks", json!(current));
    Ok(())
}

/// docker's `getUpdatedConfigs` and `updateCredSpecConfig`: file configs kept unless removed,
/// a runtime (credential spec) config kept only while the credential spec still names it, the
/// added ones and a newly named credential spec config looked up, then the spec's
/// `Privileges.CredentialSpec` set (or, for `--credential-spec ""`, removed).
async fn configs(engine: &crate::engine::Engine, a: &UpdateArgs, spec: &mut Value) -> Result<()> {
    let cred = a.common.credential_spec.as_ref();
    let cs = spec::obj_in(obj(spec, "TaskTemplate"), "ContainerSpec");
    let (cred_name, cred_id) = match cred {
        Some(c) => (c.config.clone(), String::new()),
        None => (
            String::new(),
            cs.get("Privileges")
                .and_then(|p| p.pointer("/CredentialSpec/Config"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
        ),
    };
    let str_of = update_lists::text;
    let mut keep: Vec<Value> = Vec::new();
    for c in update_lists::items(cs, "Configs") {
        if c.get("Runtime").is_some() {
            if str_of(&c, "ConfigName") == cred_name || str_of(&c, "ConfigID") == cred_id {
                keep.push(c);
            }
            continue;
        }
        if !a.config_rm.contains(&str_of(&c, "ConfigName")) {
            keep.push(c);
        }
    }
    let runtime = Some(cred_name.as_str()).filter(|n| !n.is_empty());
    if !a.config_add.is_empty() || runtime.is_some() {
        keep.extend(spec::file_refs(engine, "configs", &a.config_add, runtime).await?);
    }
    let cs = spec::obj_in(obj(spec, "TaskTemplate"), "ContainerSpec");
    update_lists::set_or_drop(cs, "Configs", json!(keep));
    match cred {
        Some(c) if c.source.is_empty() => {
            if let Some(p) = cs.get_mut("Privileges").and_then(Value::as_object_mut) {
                p.remove("CredentialSpec");
            }
        }
        Some(c) => spec::set_credential_spec(spec, c),
        None => {}
    }
    Ok(())
}

/// The service's spec with docker's `updateService` applied for the flags given.
async fn apply(ctx: &Ctx, a: &UpdateArgs, spec: &mut Value) -> Result<()> {
    let engine = ctx.engine()?;
    spec::apply_common(spec, &a.common, false)?;
    if let Some(n) = a.common.replicas {
        match obj(spec, "Mode")
            .get_mut("Replicated")
            .and_then(Value::as_object_mut)
        {
            Some(r) => {
                r.insert("Replicas".into(), json!(n));
            }
            None => return Err(fail("replicas can only be used with replicated mode")),
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
    if let Some(top) = spec.as_object_mut() {
        if changed(&a.label_add, &a.label_rm) {
            update_lists::map(top, "Labels", &a.label_add, &a.label_rm);
        }
    }
    let cs = spec::obj_in(obj(spec, "TaskTemplate"), "ContainerSpec");
    if changed(&a.container_label_add, &a.container_label_rm) {
        update_lists::map(cs, "Labels", &a.container_label_add, &a.container_label_rm);
    }
    if let Some(image) = &a.image {
        cs.insert("Image".into(), json!(image));
    }
    if let Some(args) = &a.args {
        cs.insert("Args".into(), json!(spec::shlex(args)?));
    }
    update_lists::env(cs, &a.env_add, &a.env_rm);
    let add: Vec<Value> = a
        .mount_add
        .iter()
        .map(spec::mount_json)
        .collect::<Result<_>>()?;
    update_lists::mounts(cs, add, &a.mount_rm)?;
    if changed(&a.sysctl_add, &a.sysctl_rm) {
        update_lists::map(cs, "Sysctls", &a.sysctl_add, &a.sysctl_rm);
    }
    let add: Vec<Value> = a
        .ulimit_add
        .iter()
        .map(serde_json::to_value)
        .collect::<Result<_, _>>()?;
    update_lists::ulimits(cs, add, &a.ulimit_rm);
    if changed(&a.group_add, &a.group_rm) {
        update_lists::append_remove_sort(cs, "Groups", &a.group_add, &a.group_rm);
    }
    if changed(&a.dns_add, &a.dns_rm)
        || changed(&a.dns_option_add, &a.dns_option_rm)
        || changed(&a.dns_search_add, &a.dns_search_rm)
    {
        update_lists::dns(
            cs,
            [
                ("Nameservers", &a.dns_add, &a.dns_rm),
                ("Search", &a.dns_search_add, &a.dns_search_rm),
                ("Options", &a.dns_option_add, &a.dns_option_rm),
            ],
        );
    }
    if changed(&a.host_add, &a.host_rm) {
        update_lists::hosts(cs, &a.host_add, &a.host_rm);
    }
    if changed(&a.common.cap_add, &a.common.cap_drop) {
        update_lists::capabilities(cs, &a.common.cap_add, &a.common.cap_drop);
    }
    // Secrets: kept unless named in --secret-rm, additions appended.
    let mut secrets: Vec<Value> = update_lists::items(cs, "Secrets");
    secrets.retain(|s| {
        let n = s
            .get("SecretName")
            .and_then(Value::as_str)
            .unwrap_or_default();
        !a.secret_rm.iter().any(|x| x == n)
    });
    if !a.secret_add.is_empty() {
        secrets.extend(spec::file_refs(engine, "secrets", &a.secret_add, None).await?);
    }
    let cs = spec::obj_in(obj(spec, "TaskTemplate"), "ContainerSpec");
    update_lists::set_or_drop(cs, "Secrets", json!(secrets));
    configs(engine, a, spec).await?;
    // Generic resources of the reservations.
    if changed(&a.generic_resource_add, &a.generic_resource_rm) {
        let add = crate::opts::service::generic_resources(&a.generic_resource_add).map_err(fail)?;
        let res = spec::obj_in(obj(spec, "TaskTemplate"), "Resources");
        update_lists::generic_resources(res, &add, &a.generic_resource_rm)?;
    }
    // Placement
    let tt = obj(spec, "TaskTemplate");
    if changed(&a.constraint_add, &a.constraint_rm) {
        let pl = spec::obj_in(tt, "Placement");
        update_lists::append_remove_sort(pl, "Constraints", &a.constraint_add, &a.constraint_rm);
    }
    if changed(&a.placement_pref_add, &a.placement_pref_rm) {
        let pl = spec::obj_in(tt, "Placement");
        let spread = |v: &Value| v.pointer("/Spread/SpreadDescriptor").cloned();
        let mut prefs: Vec<Value> = update_lists::items(pl, "Preferences");
        prefs.retain(|p| {
            !a.placement_pref_rm
                .iter()
                .any(|(_, arg)| spread(p).is_some_and(|d| d == json!(arg)))
        });
        prefs.extend(
            a.placement_pref_add
                .iter()
                .map(|(_, arg)| json!({"Spread": {"SpreadDescriptor": arg}})),
        );
        update_lists::set_or_drop(pl, "Preferences", json!(prefs));
    }
    if changed(&a.network_add, &a.network_rm) {
        networks(engine, a, spec).await?;
    }
    if changed(&a.publish_add, &a.publish_rm) {
        let add: Vec<_> = a.publish_add.iter().flatten().cloned().collect();
        let rm: Vec<_> = a.publish_rm.iter().flatten().cloned().collect();
        update_lists::ports(obj(spec, "EndpointSpec"), &add, &rm);
    }
    if a.force {
        let tt = obj(spec, "TaskTemplate");
        let n = tt.get("ForceUpdate").and_then(Value::as_u64).unwrap_or(0);
        tt.insert("ForceUpdate".into(), json!(n + 1));
    }
    if let Some(iso) = &a.common.isolation {
        spec::isolation(engine, iso, spec).await?;
    }
    crate::isolation::service_placement::keep(spec);
    Ok(())
}

/// Were any flags but `--rollback`, `-d` and `-q` given?
fn other_flags(a: &UpdateArgs) -> bool {
    let mut b = a.clone();
    b.rollback = false;
    b.common.detach = false;
    b.common.quiet = false;
    b.service = String::new();
    format!("{b:?}") != format!("{:?}", UpdateArgs::default())
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
