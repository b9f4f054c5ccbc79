//! Creating a container as `run` and `create` do: isolation applied, the image pulled per
//! `--pull`, the request sent, warnings shown, `--cidfile` written.

use anyhow::Result;

use crate::cli::container::ContainerOpts;
use crate::commands::image::pull::{self, Sink};
use crate::commands::image::reference::{self, Reference};
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::{self, code, CliError};
use crate::format::go_json;
use crate::isolation::{self, plan, Capabilities};
use crate::opts::container::Spec;

/// Which command is creating: it decides docker's error wording and exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Run,
    Create,
}

impl Verb {
    fn name(self) -> &'static str {
        match self {
            Verb::Run => "run",
            Verb::Create => "create",
        }
    }

    /// A validation failure: `hvdock: <msg>` + "Run 'hvdock run --help'", exit 125.
    pub fn usage_error(self, message: &str) -> anyhow::Error {
        CliError::message(
            format!(
                "hvdock: {message}\n\nRun 'hvdock {} --help' for more information",
                self.name()
            ),
            code::CLI,
        )
    }

    /// A daemon refusal: `run` says it like a usage error with exit 125, `create` plainly, exit 1.
    pub fn daemon_error(self, err: anyhow::Error) -> anyhow::Error {
        match error::classify(&err) {
            Some(CliError::Status(c)) => CliError::status(c),
            _ => {
                let (text, c) = error::render(&err);
                match self {
                    Verb::Run => CliError::message(
                        format!("hvdock: {text}\n\nRun 'hvdock run --help' for more information"),
                        code::CLI,
                    ),
                    Verb::Create => CliError::message(text, c),
                }
            }
        }
    }
}

/// Applies `--isolation` to the request: `HostConfig.Isolation` on Windows, a runtime on Linux,
/// and hvdock's labels recording what was asked for and what backs it.
pub async fn apply_isolation(
    ctx: &Ctx,
    opts: &ContainerOpts,
    spec: &mut Spec,
    verb: Verb,
) -> Result<()> {
    let Some(value) = opts.isolation.as_deref() else {
        return Ok(());
    };
    let level = plan::parse(value).map_err(|e| verb.usage_error(&e))?;
    if level == plan::Level::Default {
        // "default" goes to the daemon as given, like docker.
        return Ok(());
    }
    let engine = ctx.engine()?;
    let os_type = engine.ping().await?.os_type.clone();
    let caps = if os_type == "windows" {
        Capabilities::from_info(&serde_json::json!({"OSType": os_type}), None)
    } else {
        let info = raw::get_json(engine, &ApiPath::new("/info")).await?;
        let preferred = isolation::preferred_hyperv_runtime(&ctx.config_dir);
        Capabilities::from_info(&info, preferred.as_deref())
    };
    let preferred = isolation::preferred_hyperv_runtime(&ctx.config_dir);
    let decision = plan::decide(&caps, level, opts.runtime.as_deref(), preferred.as_deref())
        .map_err(|e| verb.usage_error(&e))?;
    let host = spec.body.host_config.get_or_insert_with(Default::default);
    host.isolation = if decision.host_isolation.is_empty() {
        None
    } else {
        serde_json::from_value(serde_json::Value::String(decision.host_isolation.clone())).ok()
    };
    if decision.runtime.is_some() {
        host.runtime = decision.runtime.clone();
    }
    let labels = spec.body.labels.get_or_insert_with(Default::default);
    for (k, v) in decision.labels {
        labels.insert(k, v);
    }
    Ok(())
}

/// docker's `IsNotFound`: any 404 the create got (no such image, or one for another platform).
fn not_found(err: &anyhow::Error) -> bool {
    matches!(
        error::classify(err),
        Some(CliError::Daemon { status: 404, .. })
    )
}

async fn post_create(ctx: &Ctx, spec: &Spec) -> Result<serde_json::Value> {
    let engine = ctx.engine()?;
    let path = ApiPath::new("/containers/create")
        .query_opt("name", spec.name.as_deref())
        .query_opt(
            "platform",
            spec.platform.as_deref().filter(|p| !p.is_empty()),
        );
    let body = spec.request_json();
    let created = raw::send_json(engine, http::Method::POST, &path, Some(&body)).await?;
    // An answer without an ID is docker's empty string: `create` prints it, `run` stops at it.
    raw::check_go(&created, "CreateResponse")?;
    Ok(created)
}

/// Creates the container and returns its ID.
pub async fn create(ctx: &Ctx, opts: &ContainerOpts, spec: &Spec, verb: Verb) -> Result<String> {
    let engine = ctx.engine()?;
    let image = opts.image.clone().unwrap_or_default();
    let sink = if opts.quiet {
        Sink::Quiet
    } else {
        Sink::Stderr
    };
    let policy = opts.pull.as_str();
    if !matches!(policy, "always" | "missing" | "never") {
        return Err(verb.usage_error(&format!(
            "invalid pull option: '{policy}': must be one of \"always\", \"missing\" or \"never\""
        )));
    }
    if spec.has_endpoint_mac_address() {
        engine.api().await?;
        let api = engine
            .api_version()
            .unwrap_or(crate::engine::MAX_API_VERSION);
        if crate::engine::version_lt(api, "1.44") {
            return Err(verb.usage_error(&format!(
                "\"specify mac-address per network\" requires API version 1.44, but the Docker daemon API version is {api}"
            )));
        }
    }
    let with_socket;
    let mut credentials = None;
    let spec = if opts.use_api_socket {
        let (s, c) = super::api_socket::prepare(ctx, spec).map_err(|e| verb.daemon_error(e))?;
        with_socket = s;
        credentials = c;
        &with_socket
    } else {
        spec
    };
    let cidfile = match &opts.cidfile {
        Some(path) => Some(CidFile::open(path).map_err(|e| verb.usage_error(&e))?),
        None => None,
    };
    // docker's client parses the reference before asking the daemon (`run '' true` is refused).
    crate::commands::image::reference::validate_any(&image)
        .map_err(|e| verb.daemon_error(CliError::message(e, code::FAILURE)))?;
    if policy == "always" {
        pull::pull(ctx, &image, spec.platform.as_deref(), sink)
            .await
            .map_err(|e| verb.daemon_error(e))?;
    }
    let created = match post_create(ctx, spec).await {
        Ok(v) => v,
        // docker pulls a name it did not find, never an ID.
        Err(e) if policy == "missing" && not_found(&e) && !reference::is_id(&image) => {
            eprintln!(
                "Unable to find image '{}' locally",
                Reference::parse(&image).familiar()
            );
            pull::pull(ctx, &image, spec.platform.as_deref(), sink)
                .await
                .map_err(|e| verb.daemon_error(e))?;
            post_create(ctx, spec)
                .await
                .map_err(|e| verb.daemon_error(e))?
        }
        Err(e) => return Err(verb.daemon_error(e)),
    };
    for w in go_json::field(&created, "Warnings")
        .and_then(|w| w.as_array())
        .into_iter()
        .flatten()
    {
        if let Some(w) = w.as_str() {
            eprintln!("WARNING: {w}");
        }
    }
    let id = go_json::field_str(&created, "Id").to_string();
    let written = cidfile.map(|c| c.write(&id));
    // docker copies the credentials in after writing the cidfile, and reports a failure of
    // that copy first.
    if let Some(config) = credentials {
        super::api_socket::inject(ctx, &id, &config)
            .await
            .map_err(|e| verb.daemon_error(e))?;
    }
    if let Some(w) = written {
        w.map_err(|e| verb.usage_error(&e))?;
    }
    Ok(id)
}

/// `--cidfile`: refused when it exists, written once the ID is known.
struct CidFile(std::path::PathBuf);

impl CidFile {
    fn open(path: &str) -> Result<CidFile, String> {
        let p = std::path::PathBuf::from(path);
        if p.exists() {
            return Err(format!(
                "container ID file found, make sure the other container isn't running or delete {path}"
            ));
        }
        std::fs::File::create(&p)
            .map_err(|e| format!("failed to create the container ID file: {e}"))?;
        Ok(CidFile(p))
    }

    fn write(&self, id: &str) -> Result<(), String> {
        std::fs::write(&self.0, id)
            .map_err(|e| format!("failed to write the container ID to the file: {e}"))
    }
}
