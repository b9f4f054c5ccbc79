//! `plugin install` and what `upgrade` shares with it (docker's `buildPullConfig` and the
//! client's permission check): `GET /plugins/privileges`, docker's prompt for them, then
//! `POST /plugins/pull` with the daemon's progress, the settings and the enable.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::plugin::{InstallArgs, PullFlags};
use crate::commands::image::progress::{Out, Progress};
use crate::commands::image::reference;
use crate::commands::Ctx;
use crate::engine::{raw, ApiPath};
use crate::error::CliError;

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

/// What the daemon is asked to pull: the normalised remote and the `X-Registry-Auth` value.
pub struct Pull {
    /// As given on the command line (docker's prompt and final line name it so).
    pub given: String,
    /// `ParseNormalizedNamed(given).String()`.
    pub remote: String,
    pub auth: (&'static str, String),
    pub grant: bool,
}

/// docker's `buildPullConfig` (content trust off, the default).
pub fn pull_config(ctx: &Ctx, given: &str, flags: &PullFlags) -> Result<Pull> {
    reference::validate_named(given).map_err(fail)?;
    let remote = reference::normalized(given);
    let repository = reference::Reference::parse(&remote).repository;
    Ok(Pull {
        given: given.to_string(),
        auth: crate::commands::image::pull::auth_header(ctx, &repository),
        remote,
        grant: flags.grant_all_permissions,
    })
}

/// The client's `checkPluginPermissions`: the privileges the plugin asks for, accepted by
/// `--grant-all-permissions` or at docker's prompt.
pub async fn privileges(ctx: &Ctx, p: &Pull) -> Result<J> {
    let engine = ctx.engine()?;
    engine.api().await?;
    let path = ApiPath::new("/plugins/privileges").query("remote", &p.remote);
    let (_, body) = raw::stream_with(
        engine,
        http::Method::GET,
        &path,
        std::slice::from_ref(&p.auth),
        Vec::new(),
    )
    .await?;
    let bytes = raw::read_body(body).await?;
    let privileges: J = serde_json::from_slice(&bytes).map_err(raw::json_error)?;
    let list = privileges.as_array().cloned().unwrap_or_default();
    if !p.grant && !list.is_empty() {
        println!(
            "Plugin {:?} is requesting the following privileges:",
            p.given
        );
        for privilege in &list {
            let name = privilege.get("Name").and_then(J::as_str).unwrap_or("");
            let values: Vec<&str> = privilege
                .get("Value")
                .and_then(J::as_array)
                .map(|v| v.iter().filter_map(J::as_str).collect())
                .unwrap_or_default();
            println!(" - {name}: [{}]", values.join(" "));
        }
        if !crate::commands::prune::confirm("Do you grant the above permissions?") {
            return Err(fail(format!(
                "permission denied while installing plugin {}",
                p.remote
            )));
        }
    }
    Ok(privileges)
}

/// A pull or upgrade request with the accepted privileges as its body; its progress is shown
/// as docker shows it. Returns the daemon's `Docker-Plugin-Name`.
pub async fn pull_stream(
    ctx: &Ctx,
    path: &ApiPath,
    p: &Pull,
    privileges: &J,
    image_hint: (&str, &str),
) -> Result<Option<String>> {
    let engine = ctx.engine()?;
    let headers = [
        ("content-type", "application/json".to_string()),
        p.auth.clone(),
    ];
    let body = serde_json::to_vec(privileges)?;
    let (head, body) =
        match raw::stream_with(engine, http::Method::POST, path, &headers, body).await {
            Ok(r) => r,
            Err(e) => {
                let text = crate::error::render(&e).0;
                return Err(match text.contains(image_hint.0) {
                    true => fail(format!("{text}{}", image_hint.1)),
                    false => e,
                });
            }
        };
    let name = head
        .get("docker-plugin-name")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    Progress::new(Out::Stdout).consume(body).await?;
    Ok(name)
}

pub async fn run(ctx: &Ctx, a: InstallArgs) -> Result<()> {
    let mut local = String::new();
    if let Some(alias) = a.alias.as_deref().filter(|s| !s.is_empty()) {
        reference::validate_named(alias).map_err(fail)?;
        if alias.contains('@') {
            return Err(fail(format!("invalid name: {alias}")));
        }
        local = reference::familiar_tagged(alias);
    }
    let p = pull_config(ctx, &a.remote, &a.pull)?;
    let privileges = privileges(ctx, &p).await?;
    let path = ApiPath::new("/plugins/pull")
        .query("name", &local)
        .query("remote", &p.remote);
    let hint = ("(image) when fetching", " - Use \"hvdock image pull\"");
    let name = pull_stream(ctx, &path, &p, &privileges, hint)
        .await?
        .unwrap_or_default();
    let engine = ctx.engine()?;
    if !a.args.is_empty() {
        super::set::send(engine, &name, &a.args).await?;
    }
    if !a.disable {
        let path = ApiPath::new("/plugins")
            .seg(&name)
            .lit("/enable")
            .query("timeout", "0");
        raw::send_only(engine, http::Method::POST, &path, None).await?;
    }
    println!("Installed plugin {}", a.remote);
    Ok(())
}
