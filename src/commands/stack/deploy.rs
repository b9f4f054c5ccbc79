//! `hvdock stack deploy -c FILE... STACK`: load the compose files (src/compose), then as docker:
//! prune, external networks checked, networks/secrets/configs created (or updated), services
//! created or updated with the namespace label, and the convergence display unless detached.
//! `isolation:` is mapped as `service create --isolation` maps it.

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::cli::stack::DeployArgs;
use crate::commands::listing::jstr;
use crate::commands::service::{self, spec};
use crate::commands::Ctx;
use crate::compose::convert::{self, IMAGE_LABEL};
use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

fn is_not_found(e: &anyhow::Error) -> bool {
    crate::error::render(e).0.contains("not found")
        || crate::commands::service::text(e)
            .to_lowercase()
            .contains("no such")
}

pub async fn run(ctx: &Ctx, a: DeployArgs) -> Result<()> {
    super::validate_name(&a.stack)?;
    let lookup = |name: &str| std::env::var(name).ok();
    let loaded = crate::compose::load(&a.compose_file, &lookup).map_err(fail)?;
    eprint!("{}", loaded.warnings);
    if !matches!(a.resolve_image.as_str(), "always" | "changed" | "never") {
        return Err(fail(format!(
            "Invalid option {} for flag --resolve-image",
            a.resolve_image
        )));
    }
    if a.detach.is_none() {
        eprintln!("Since --detach=false was not specified, tasks will be created in the background.\nIn a future release, --detach=false will become the default.");
    }
    let engine = ctx.engine()?;
    let info = raw::get_json(engine, &ApiPath::new("/info")).await?;
    if info.pointer("/Swarm/ControlAvailable") != Some(&json!(true)) {
        return Err(fail("this node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again"));
    }
    let cfg = &loaded.config;
    let stack = a.stack.as_str();
    let services: Map<String, Value> = cfg
        .get("services")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    if a.prune {
        let old = super::list(engine, "/services", stack).await?;
        let prefix = format!("{stack}_");
        let gone: Vec<Value> = old
            .into_iter()
            .filter(|s| {
                let n = s
                    .pointer("/Spec/Name")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                !services.contains_key(n.strip_prefix(&prefix).unwrap_or(n))
            })
            .collect();
        let mut gone = gone;
        gone.sort_by(|x, y| {
            x.pointer("/Spec/Name")
                .and_then(Value::as_str)
                .cmp(&y.pointer("/Spec/Name").and_then(Value::as_str))
        });
        super::rm::remove(engine, "service", "/services", &gone).await;
    }
    let (networks, external) = convert::networks(stack, cfg);
    for name in &external {
        if matches!(name.as_str(), "host" | "bridge" | "none" | "default")
            || name.starts_with("container:")
        {
            continue;
        }
        match raw::get_json(engine, &ApiPath::new("/networks").seg(name)).await {
            Ok(n) if jstr(&n, "Scope") != "swarm" => {
                return Err(fail(format!("network {name:?} is declared as external, but it is not in the right scope: {:?} instead of \"swarm\"", jstr(&n, "Scope"))));
            }
            Ok(_) => {}
            Err(e) if is_not_found(&e) => {
                return Err(fail(format!("network {name:?} is declared as external, but could not be found. You need to create a swarm-scoped network before the stack is deployed")));
            }
            Err(e) => return Err(e),
        }
    }
    let existing: Vec<String> = super::list(engine, "/networks", stack)
        .await?
        .iter()
        .map(|n| jstr(n, "Name").to_string())
        .collect();
    for (name, body) in &networks {
        if existing.contains(name) {
            continue;
        }
        println!("Creating network {name}");
        raw::send_json(
            engine,
            http::Method::POST,
            &ApiPath::new("/networks/create"),
            Some(body),
        )
        .await
        .map_err(|e| {
            fail(format!(
                "failed to create network {name}: {}",
                service::text(&e)
            ))
        })?;
    }
    for (kind, base, what) in [
        ("secrets", "/secrets", "secret"),
        ("configs", "/configs", "config"),
    ] {
        for spec in convert::file_objects(stack, cfg, kind).map_err(fail)? {
            file_object(engine, base, what, &spec).await?;
        }
    }
    let mut specs = Vec::new();
    for (name, svc) in &services {
        let mut spec = convert::service(stack, cfg, name, svc)
            .map_err(|e| fail(format!("service {name}: {e}")))?;
        for (list, key, id_key, base, what) in [
            ("Secrets", "SecretName", "SecretID", "/secrets", "secret"),
            ("Configs", "ConfigName", "ConfigID", "/configs", "config"),
        ] {
            if let Some(Value::Array(refs)) =
                spec.pointer_mut(&format!("/TaskTemplate/ContainerSpec/{list}"))
            {
                for r in refs.iter_mut() {
                    let n = jstr(r, key).to_string();
                    let obj = raw::get_json(engine, &ApiPath::new(base).seg(&n))
                        .await
                        .map_err(|_| fail(format!("service {name}: {what} not found: {n}")))?;
                    r[id_key] = json!(jstr(&obj, "ID"));
                }
            }
        }
        if let Some(level) = svc.get("isolation").and_then(Value::as_str) {
            spec::isolation(engine, level, &mut spec).await?;
        }
        specs.push((name.clone(), spec));
    }
    let ids = deploy_services(ctx, engine, &a, stack, specs).await?;
    if a.detach != Some(false) {
        return Ok(());
    }
    let mut errs = Vec::new();
    for id in ids {
        if let Err(e) = service::progress::wait(engine, &id, a.quiet).await {
            errs.push(format!("{id}: {}", service::text(&e)));
        }
    }
    service::joined(errs)
}

/// Creates a secret or config, or updates the one of that name.
async fn file_object(engine: &Engine, base: &'static str, what: &str, spec: &Value) -> Result<()> {
    let name = jstr(spec, "Name").to_string();
    match raw::get_json(engine, &ApiPath::new(base).seg(&name)).await {
        Ok(cur) => {
            let version = cur
                .pointer("/Version/Index")
                .and_then(Value::as_u64)
                .unwrap_or(0)
                .to_string();
            let path = ApiPath::new(base)
                .seg(jstr(&cur, "ID"))
                .lit("/update")
                .query("version", &version);
            raw::send_json(engine, http::Method::POST, &path, Some(spec))
                .await
                .map_err(|e| {
                    fail(format!(
                        "failed to update {what} {name}: {}",
                        service::text(&e)
                    ))
                })?;
        }
        Err(e) if is_not_found(&e) => {
            println!("Creating {what} {name}");
            let path = ApiPath::new(base).lit("/create");
            raw::send_json(engine, http::Method::POST, &path, Some(spec))
                .await
                .map_err(|e| {
                    fail(format!(
                        "failed to create {what} {name}: {}",
                        service::text(&e)
                    ))
                })?;
        }
        Err(e) => return Err(e),
    }
    Ok(())
}

async fn deploy_services(
    ctx: &Ctx,
    engine: &Engine,
    a: &DeployArgs,
    stack: &str,
    specs: Vec<(String, Value)>,
) -> Result<Vec<String>> {
    let existing = super::list(engine, "/services", stack).await?;
    let mut ids = Vec::new();
    for (internal, mut spec) in specs {
        let name = format!("{stack}_{internal}");
        let image = spec
            .pointer("/TaskTemplate/ContainerSpec/Image")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let auth = a
            .with_registry_auth
            .then(|| crate::commands::auth::store::header_for(ctx.config(), &image));
        let mut headers = vec![("content-type", "application/json".to_string())];
        if let Some(auth) = &auth {
            headers.push(("X-Registry-Auth", auth.clone()));
        }
        let current = existing
            .iter()
            .find(|s| s.pointer("/Spec/Name").and_then(Value::as_str) == Some(name.as_str()));
        if let Some(cur) = current {
            println!("Updating service {name} (id: {})", jstr(cur, "ID"));
            let recorded = cur
                .pointer(&format!("/Spec/Labels/{}", IMAGE_LABEL.replace('/', "~1")))
                .and_then(Value::as_str)
                .unwrap_or_default();
            let query = match a.resolve_image.as_str() {
                "always" => true,
                "changed" => image != recorded,
                _ => false,
            };
            if !query && image == recorded {
                if let Some(img) = cur.pointer("/Spec/TaskTemplate/ContainerSpec/Image") {
                    spec["TaskTemplate"]["ContainerSpec"]["Image"] = img.clone();
                }
            }
            let warning = if query {
                spec::resolve_image(engine, &mut spec, true, auth.as_deref()).await
            } else {
                None
            };
            if let Some(f) = cur.pointer("/Spec/TaskTemplate/ForceUpdate") {
                spec["TaskTemplate"]["ForceUpdate"] = f.clone();
            }
            let answer = service::post_update(engine, cur, &spec, &[], &headers[1..])
                .await
                .map_err(|e| {
                    fail(format!(
                        "failed to update service {name}: {}",
                        service::text(&e)
                    ))
                })?;
            service::create::print_warnings(&answer);
            if let Some(w) = warning {
                eprintln!("{w}");
            }
            ids.push(jstr(cur, "ID").to_string());
        } else {
            println!("Creating service {name}");
            if a.resolve_image != "never" {
                spec::resolve_image(engine, &mut spec, true, auth.as_deref()).await;
            }
            let create = ApiPath::new("/services/create");
            let answer = service::send(engine, &create, &headers, &spec, "ServiceCreateResponse")
                .await
                .map_err(|e| {
                    fail(format!(
                        "failed to create service {name}: {}",
                        service::text(&e)
                    ))
                })?;
            ids.push(jstr(&answer, "ID").to_string());
        }
    }
    Ok(ids)
}
