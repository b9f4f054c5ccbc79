//! `hvdock logout`: erases the stored credentials of a registry.

use anyhow::Result;

use super::store;
use crate::cli::login::LogoutArgs;
use crate::commands::Ctx;

/// docker's `runLogout`: Docker Hub's key alone, else the address as given, its host name and
/// that host with `http://` and `https://` (older clients stored those); a warning only when no
/// removal succeeded.
pub async fn run(ctx: &'static Ctx, a: LogoutArgs) -> Result<()> {
    let (shown, keys) = match a.server.as_deref().filter(|s| !s.is_empty()) {
        None => (
            store::INDEX_SERVER.to_string(),
            vec![store::INDEX_SERVER.to_string()],
        ),
        Some(s) => {
            let host = store::hostname(s);
            let keys = vec![
                s.to_string(),
                host.clone(),
                format!("http://{host}"),
                format!("https://{host}"),
            ];
            (host, keys)
        }
    };
    println!("Removing login credentials for {shown}");
    let mut config = ctx.config().clone();
    let errors: Vec<(String, anyhow::Error)> = keys
        .iter()
        .filter_map(|k| store::erase(&mut config, k).err().map(|e| (k.clone(), e)))
        .collect();
    if errors.len() == keys.len() {
        eprintln!("WARNING: could not erase credentials:");
        for (k, e) in errors {
            eprintln!("{k}: {e:#}");
        }
    }
    Ok(())
}
