//! `hvdock context use`: `currentContext` in config.json (unknown keys kept, written atomically).

use anyhow::Result;

use super::store;
use crate::cli::context::UseArgs;
use crate::commands::Ctx;
use crate::engine::context::DEFAULT_CONTEXT;
use crate::error::CliError;

pub fn run(ctx: &Ctx, a: UseArgs) -> Result<()> {
    if a.name != DEFAULT_CONTEXT {
        store(ctx)
            .load(&a.name)
            .map_err(|e| CliError::message(e, 1))?;
    }
    let mut config = ctx.config().clone();
    if a.name == DEFAULT_CONTEXT {
        config.data.remove("currentContext");
    } else {
        config.data.insert(
            "currentContext".into(),
            serde_json::Value::String(a.name.clone()),
        );
    }
    config.save()?;
    println!("{}", a.name);
    eprintln!("Current context is now {:?}", a.name);
    if std::env::var("DOCKER_HOST").is_ok_and(|h| !h.is_empty()) && a.name != DEFAULT_CONTEXT {
        eprintln!("Warning: DOCKER_HOST environment variable overrides the active context. To use {:?}, either set the global --context flag, or unset DOCKER_HOST environment variable.", a.name);
    }
    Ok(())
}
