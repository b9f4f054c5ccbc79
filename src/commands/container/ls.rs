//! `hvdock ps` / `container ls`: docker's `runPs`, with `.Isolation` and `--filter isolation=`.

use std::rc::Rc;

use anyhow::Result;
use serde_json::Value as J;

use super::row::{self, ContainerRow};
use crate::cli::ls::PsArgs;
use crate::commands::{listing, Ctx};
use crate::engine::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;
use crate::format::template::Template;
use crate::format::value::Value;
use crate::isolation::runtime::{self, Runtime};

/// The label that records the isolation hvdock chose at create time.
pub const ISOLATION_LABEL: &str = "io.hvdock.isolation";

pub async fn run(ctx: &Ctx, args: PsArgs) -> Result<()> {
    let flag_format = args.format.clone().unwrap_or_default();
    let format = if flag_format.is_empty() {
        ctx.config().str("psFormat").unwrap_or_default().to_string()
    } else {
        if args.quiet {
            eprintln!(
                "WARNING: Ignoring custom format, because both --format and --quiet are set."
            );
        }
        flag_format
    };
    let mut size = args.size.unwrap_or(false);
    let (isolation_filter, daemon_filters): (Vec<_>, Vec<_>) = args
        .filter
        .iter()
        .cloned()
        .partition(|(k, _)| k == "isolation");
    let mut need_isolation = !isolation_filter.is_empty();
    if !format.is_empty() {
        let tmpl = Template::parse("", &format)
            .map_err(|e| CliError::message(format!("failed to parse template: {e}"), 1))?;
        // docker's pre-processing run over an empty row: which fields does the template read?
        let probe = ContainerRow::new(J::Object(Default::default()), true);
        let (used_size, used_isolation) = (probe.used_size.clone(), probe.used_isolation.clone());
        let mut sink = String::new();
        tmpl.execute(&Value::Struct(Rc::new(probe)), &mut sink)
            .map_err(|e| CliError::message(format!("failed to execute template: {e}"), 1))?;
        if !args.quiet && !size && args.size.is_none() && used_size.get() {
            size = true;
        }
        need_isolation |= used_isolation.get() && !args.quiet;
    }
    let mut limit = args.last;
    if args.latest && limit == -1 {
        limit = 1;
    }

    let engine = ctx.engine()?;
    let limit = (limit != -1).then(|| limit.to_string());
    let path = ApiPath::new("/containers/json")
        .query_opt("all", args.all.then_some("1"))
        .query_opt("limit", limit.as_deref())
        .query_opt("size", size.then_some("1"));
    let path = crate::commands::prune::filtered(path, &daemon_filters);
    engine.api().await?;
    let (_, body) = raw::request(engine, http::Method::GET, &path, None).await?;
    raw::check_go(&raw::decode(&body)?, "[]ContainerSummary")?;
    let items = super::slim::parse_list(&body).map_err(raw::json_error)?;

    let isolations = if need_isolation {
        Some(isolation_of(engine, &items).await?)
    } else {
        None
    };
    let wanted: Vec<String> = isolation_filter.into_iter().map(|(_, v)| v).collect();
    let mut rows = Vec::new();
    for (i, c) in items.into_iter().enumerate() {
        let iso = isolations.as_ref().and_then(|v| v.get(i).cloned());
        if !wanted.is_empty() && !wanted.iter().any(|w| Some(w) == iso.as_ref()) {
            continue;
        }
        let mut r = ContainerRow::new(c, !args.no_trunc);
        r.isolation = iso;
        rows.push(Value::Struct(Rc::new(r)));
    }

    let final_format = match format.as_str() {
        "table" | "" if args.quiet => "{{.ID}}".to_string(),
        "table" | "" if size => format!("{}\t{{{{.Size}}}}", row::DEFAULT_TABLE),
        "table" | "" => row::DEFAULT_TABLE.to_string(),
        "raw" => raw_format(args.quiet, size),
        _ if args.quiet => "{{.ID}}".to_string(),
        f => f.to_string(),
    };
    let written = listing::write(&final_format, row::DEFAULT_TABLE, &row::header(), &rows);
    listing::leave(rows);
    written
}

fn raw_format(quiet: bool, size: bool) -> String {
    if quiet {
        return "container_id: {{.ID}}".into();
    }
    let mut f = "container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n".to_string();
    if size {
        f.push_str("size: {{.Size}}\\n");
    }
    f
}

/// Each container's effective isolation: the `io.hvdock.isolation` label when present, else
/// what its runtime gives (`HostConfig.Runtime`, which `/containers/json` leaves out: inspected
/// concurrently, only for containers without the label), or on Windows `HostConfig.Isolation`.
async fn isolation_of(engine: &Engine, items: &[J]) -> Result<Vec<String>> {
    let windows = engine.ping().await?.os_type == "windows";
    let lookups = items.iter().map(|c| async move {
        if let Some(l) = c
            .get("Labels")
            .and_then(|l| l.get(ISOLATION_LABEL))
            .and_then(J::as_str)
        {
            return Ok::<_, anyhow::Error>(Known::Label(l.to_string()));
        }
        let id = listing::jstr(c, "Id");
        match raw::get_json(engine, &ApiPath::new("/containers").seg(id).lit("/json")).await {
            Ok(info) => {
                let hc = info.get("HostConfig").cloned().unwrap_or(J::Null);
                if windows {
                    return Ok(Known::Label(match listing::jstr(&hc, "Isolation") {
                        "" | "default" => "process".to_string(),
                        i => i.to_string(),
                    }));
                }
                Ok(Known::Runtime(listing::jstr(&hc, "Runtime").to_string()))
            }
            // Removed between the list and the inspect: nothing to say.
            Err(e) if crate::error::is_not_found(&e) => Ok(Known::Label(String::new())),
            Err(e) => Err(e),
        }
    });
    let known = futures_util::future::join_all(lookups).await;
    let mut runtimes: Option<Vec<Runtime>> = None;
    let mut out = Vec::with_capacity(known.len());
    for k in known {
        out.push(match k? {
            Known::Label(l) => l,
            Known::Runtime(name) => {
                let plain = matches!(name.as_str(), "" | "runc" | "io.containerd.runc.v2");
                if !plain && runtimes.is_none() {
                    let info = raw::get_json(engine, &ApiPath::new("/info"))
                        .await
                        .unwrap_or(J::Null);
                    runtimes = Some(runtime::from_info(&info));
                }
                let class = match runtimes
                    .as_ref()
                    .and_then(|r| r.iter().find(|r| r.name == name))
                {
                    Some(r) => r.class(),
                    None => runtime::classify(&name, "", ""),
                };
                class.isolation().to_string()
            }
        });
    }
    Ok(out)
}

enum Known {
    Label(String),
    Runtime(String),
}
