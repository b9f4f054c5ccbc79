//! `plugin upgrade`: a disabled plugin moved to another (or its own) remote reference:
//! `GET /plugins/{name}/json`, docker's check that the images match, the privileges, then
//! `POST /plugins/{name}/upgrade` with the daemon's progress.

use anyhow::Result;
use serde_json::Value as J;

use super::install;
use crate::cli::plugin::UpgradeArgs;
use crate::commands::image::reference;
use crate::commands::Ctx;
use crate::engine::{raw, ApiPath};
use crate::error::CliError;

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

pub async fn run(ctx: &Ctx, a: UpgradeArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let name = super::set::trim_id(&a.name)
        .map_err(|e| fail(format!("error reading plugin data: {e}")))?;
    let path = ApiPath::new("/plugins").seg(name).lit("/json");
    let p = raw::get_json(engine, &path).await.map_err(|e| {
        fail(format!(
            "error reading plugin data: {}",
            crate::error::render(&e).0
        ))
    })?;
    if p.get("Enabled").and_then(J::as_bool).unwrap_or(false) {
        return Err(fail("the plugin must be disabled before upgrading"));
    }
    let local = p.get("Name").and_then(J::as_str).unwrap_or("").to_string();
    let current = p
        .get("PluginReference")
        .and_then(J::as_str)
        .unwrap_or("")
        .to_string();
    let given = a.remote.clone().unwrap_or_else(|| current.clone());
    reference::validate_named(&given)
        .map_err(|e| fail(format!("error parsing remote upgrade image reference: {e}")))?;
    reference::validate_named(&current)
        .map_err(|e| fail(format!("error parsing current image reference: {e}")))?;
    let (new, old) = (
        reference::familiar_tagged(&given),
        reference::familiar_tagged(&current),
    );
    println!("Upgrading plugin {local} from {old} to {new}");
    if !a.skip_remote_check
        && new != old
        && !crate::commands::prune::confirm("Plugin images do not match, are you sure?")
    {
        return Err(CliError::status(0));
    }
    let pull = install::pull_config(ctx, &given, &a.pull, "plugin upgrade").await?;
    let local = super::set::trim_id(&local)?;
    let privileges = install::privileges(ctx, &pull).await?;
    let path = ApiPath::new("/plugins")
        .seg(local)
        .lit("/upgrade")
        .query("remote", &pull.remote);
    let hint = ("target is image", " - Use `hvdock image pull`");
    install::pull_stream(ctx, &path, &pull, &privileges, hint).await?;
    println!("Upgraded plugin {local} to {given}");
    Ok(())
}
