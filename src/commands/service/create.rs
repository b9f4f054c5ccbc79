//! `hvdock service create`: the spec (with isolation placement), the daemon's warnings on
//! stderr, the new ID, then the convergence display unless `-d`.

use anyhow::Result;
use serde_json::Value;

use crate::cli::service::CreateArgs;
use crate::commands::Ctx;
use crate::engine::path::ApiPath;

pub async fn run(ctx: &Ctx, a: CreateArgs) -> Result<()> {
    let engine = ctx.engine()?;
    engine.api().await?;
    let mut spec = super::spec::create(engine, &a).await?;
    let mut headers = vec![("content-type", "application/json".to_string())];
    let auth = a
        .common
        .with_registry_auth
        .then(|| crate::commands::auth::store::header_for(ctx.config(), &a.image));
    let warning = super::spec::resolve_image(
        engine,
        &mut spec,
        !a.common.no_resolve_image,
        auth.as_deref(),
    )
    .await;
    if let Some(auth) = auth {
        headers.push(("X-Registry-Auth", auth));
    }
    let path = ApiPath::new("/services/create");
    let answer = super::send(engine, &path, &headers, &spec, "ServiceCreateResponse").await?;
    print_warnings(&answer);
    if let Some(w) = warning {
        eprintln!("{w}");
    }
    let id = crate::format::go_json::field_str(&answer, "ID").to_string();
    println!("{id}");
    if a.common.detach {
        return Ok(());
    }
    super::progress::wait(engine, &id, a.common.quiet).await
}

/// The daemon's `Warnings`, one a line on stderr.
pub fn print_warnings(answer: &Value) {
    for w in crate::format::go_json::field(answer, "Warnings")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        eprintln!("{}", w.as_str().unwrap_or_default());
    }
}
