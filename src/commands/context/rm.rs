//! `hvdock context rm`: every failure reported together at the end.

use anyhow::Result;

use super::{current, store};
use crate::cli::context::RmArgs;
use crate::commands::Ctx;
use crate::engine::context::DEFAULT_CONTEXT;
use crate::error::CliError;

pub fn run(ctx: &Ctx, a: RmArgs) -> Result<()> {
    let s = store(ctx);
    let cur = current(ctx)?;
    let mut errors = Vec::new();
    for name in &a.names {
        if name == DEFAULT_CONTEXT {
            errors.push("context \"default\" cannot be removed".to_string());
            continue;
        }
        // docker's order: the in-use check first; with -f a context that does not exist is
        // removed all the same (nothing to do) and printed.
        if *name == cur && !a.force {
            errors.push(format!(
                "context {name:?} is in use, set -f flag to force remove"
            ));
            continue;
        }
        if *name == cur {
            let mut config = ctx.config().clone();
            config.data.remove("currentContext");
            config.save()?;
        }
        let exists = s.meta_path(name).exists();
        if !exists && !a.force {
            errors.push(format!("context {name:?} does not exist"));
            continue;
        }
        match if exists { s.remove(name) } else { Ok(()) } {
            Ok(()) => println!("{name}"),
            Err(e) => errors.push(format!("failed to remove context {name}: {e}")),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CliError::message(errors.join("\n"), 1))
    }
}
