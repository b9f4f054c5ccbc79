//! `hvdock manifest rm MANIFEST_LIST...`: deletes local lists; every failure is reported, one
//! per line, after the others are removed.

use anyhow::{anyhow, Result};

use super::{normalize, store};
use crate::cli::manifest::RmArgs;
use crate::commands::Ctx;

pub fn run(ctx: &Ctx, a: RmArgs) -> Result<()> {
    let store = store(ctx);
    let mut errors = Vec::new();
    for target in &a.lists {
        let outcome = normalize(target).and_then(|r| match store.get_list(&r)? {
            Some(_) => store.remove(&r),
            None => Err(super::store::not_found(&r)),
        });
        if let Err(e) = outcome {
            errors.push(format!("{e:#}"));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(anyhow!("{}", errors.join("\n")))
    }
}
