//! `hvdock stack rm STACK...`: services, secrets, configs, then networks of each stack, as
//! docker removes them; with `--detach=false`, waits until every task has ended.

use anyhow::Result;
use serde_json::Value;

use crate::cli::stack::RmArgs;
use crate::commands::listing::jstr;
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;

/// Services, secrets and configs carry `ID`, networks `Id`.
fn id(v: &Value) -> &str {
    match jstr(v, "ID") {
        "" => jstr(v, "Id"),
        id => id,
    }
}

fn name(v: &Value) -> &str {
    v.pointer("/Spec/Name")
        .and_then(Value::as_str)
        .unwrap_or_else(|| jstr(v, "Name"))
}

/// Removes each object, printing `Removing <what> <name>`; true when one failed.
pub async fn remove(engine: &Engine, what: &str, base: &'static str, items: &[Value]) -> bool {
    let mut failed = false;
    for it in items {
        println!("Removing {what} {}", name(it));
        let path = ApiPath::new(base).seg(id(it));
        if let Err(e) = raw::request(engine, http::Method::DELETE, &path, None).await {
            failed = true;
            eprint!(
                "Failed to remove {what} {}: {}",
                jstr(it, "ID"),
                crate::commands::service::text(&e)
            );
        }
    }
    failed
}

fn ended(state: &str) -> bool {
    matches!(state, "complete" | "shutdown" | "failed" | "rejected")
}

pub async fn run(ctx: &Ctx, a: RmArgs) -> Result<()> {
    for s in &a.stacks {
        super::validate_name(s)?;
    }
    let engine = ctx.engine()?;
    let mut errs = Vec::new();
    for stack in &a.stacks {
        let mut services = super::list(engine, "/services", stack).await?;
        let networks = super::list(engine, "/networks", stack).await?;
        let secrets = super::list(engine, "/secrets", stack).await?;
        let configs = super::list(engine, "/configs", stack).await?;
        if services.len() + networks.len() + secrets.len() + configs.len() == 0 {
            eprintln!("Nothing found in stack: {stack}");
            continue;
        }
        services.sort_by(|x, y| name(x).cmp(name(y)));
        let mut failed = remove(engine, "service", "/services", &services).await;
        failed |= remove(engine, "secret", "/secrets", &secrets).await;
        failed |= remove(engine, "config", "/configs", &configs).await;
        failed |= remove(engine, "network", "/networks", &networks).await;
        if failed {
            errs.push(format!(
                "failed to remove some resources from stack: {stack}"
            ));
            continue;
        }
        if a.detach == Some(false) {
            let filters: Value = serde_json::from_str(&super::filters(stack, &[]))?;
            loop {
                let tasks = crate::commands::service::tasks::list(engine, &filters).await?;
                if tasks.iter().all(|t| {
                    ended(
                        t.pointer("/Status/State")
                            .and_then(Value::as_str)
                            .unwrap_or(""),
                    )
                }) {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
        }
    }
    if errs.is_empty() {
        return Ok(());
    }
    Err(CliError::message(errs.join("\n"), 1))
}
