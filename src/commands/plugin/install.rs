//! `plugin install` and what `upgrade` shares with it (docker's `buildPullConfig` and the
//! client's permission check): `GET /plugins/privileges`, docker's prompt for them, then
//! `POST /plugins/pull` with the daemon's progress, the settings and the enable.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::plugin::{InstallArgs, PullFlags};
use crate::commands::image::progress::{Out, Progress};
use crate::commands::image::reference;
use crate::commands::trust::notary;
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
    /// The repository (`127.0.0.1:5000/a/b`), whose registry credentials are asked for.
    pub repository: String,
    pub auth: (&'static str, String),
    pub grant: bool,
    /// What docker's login prompt names (`plugin install`, `plugin upgrade`).
    pub command: &'static str,
}

/// docker's `buildPullConfig`; with content trust on (and no digest given) the reference is
/// resolved through the trust server first, which hvdock cannot (see `trust::notary`).
pub async fn pull_config(
    ctx: &Ctx,
    given: &str,
    flags: &PullFlags,
    command: &'static str,
) -> Result<Pull> {
    let named = reference::normalize(given).map_err(fail)?;
    if !notary::skipped(flags.disable_content_trust) && named.digest.is_none() {
        return Err(notary::unavailable(ctx, &named).await);
    }
    let remote = reference::normalized(given);
    let repository = reference::Reference::parse(&remote).repository;
    Ok(Pull {
        given: given.to_string(),
        auth: crate::commands::image::pull::auth_header(ctx, &repository),
        repository,
        remote,
        grant: flags.grant_all_permissions,
        command,
    })
}

/// `GET /plugins/privileges` with `auth` as `X-Registry-Auth`.
async fn ask_privileges(ctx: &Ctx, p: &Pull, auth: &(&'static str, String)) -> Result<J> {
    let engine = ctx.engine()?;
    let path = ApiPath::new("/plugins/privileges").query("remote", &p.remote);
    let (_, body) = raw::stream_with(
        engine,
        http::Method::GET,
        &path,
        std::slice::from_ref(auth),
        Vec::new(),
    )
    .await?;
    let bytes = raw::read_body(body).await?;
    serde_json::from_slice(&bytes).map_err(raw::json_error)
}

fn unauthorized(e: &anyhow::Error) -> bool {
    matches!(
        crate::error::classify(e),
        Some(CliError::Daemon { status: 401, .. })
    )
}

/// The client's `checkPluginPermissions`: the privileges the plugin asks for (after docker's
/// login prompt when the daemon answers 401; those credentials serve this request only, as in
/// docker's client), accepted by `--grant-all-permissions` or at docker's prompt.
pub async fn privileges(ctx: &Ctx, p: &Pull) -> Result<J> {
    ctx.engine()?.api().await?;
    let privileges = match ask_privileges(ctx, p, &p.auth).await {
        Err(e) if unauthorized(&e) => {
            let config = ctx.config();
            let auth = crate::commands::auth::privilege::ask(config, &p.repository, p.command);
            let auth = ("x-registry-auth", auth.await?);
            ask_privileges(ctx, p, &auth).await?
        }
        r => r?,
    };
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
    let body = crate::format::go_json::encode(privileges);
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
    let p = pull_config(ctx, &a.remote, &a.pull, "plugin install").await?;
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
