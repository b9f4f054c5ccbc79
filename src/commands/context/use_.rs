//! `hvdock context use`: `currentContext` in config.json (written atomically, only when it
//! changes).

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
    let wanted = if a.name == DEFAULT_CONTEXT {
        ""
    } else {
        &a.name
    };
    // As docker: the file is written only when the context changes.
    if config.current_context().unwrap_or_default() != wanted {
        if wanted.is_empty() {
            config.data.remove("currentContext");
        } else {
            let name = serde_json::Value::String(wanted.to_string());
            config.data.insert("currentContext".into(), name);
        }
        config.save()?;
    }
    println!("{}", a.name);
    eprintln!("Current context is now {:?}", a.name);
    if std::env::var("DOCKER_HOST").is_ok_and(|h| !h.is_empty()) && a.name != DEFAULT_CONTEXT {
        eprintln!("Warning: DOCKER_HOST environment variable overrides the active context. To use {:?}, either set the global --context flag, or unset DOCKER_HOST environment variable.", a.name);
    }
    Ok(())
}
