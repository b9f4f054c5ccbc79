//! The task table `service ps` and `node ps` share (docker's `task.Print`): names
//! `service.slot` (or `service.nodeID` for global tasks), history rows indented ` \_ ` in tables,
//! node and service IDs resolved to names unless `--no-resolve`, `.Isolation` from the service.

use std::collections::HashMap;
use std::time::Duration;

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::service::{NodePsArgs, TaskFlags};
use crate::commands::container::natural_cmp;
use crate::commands::fields::Fields;
use crate::commands::listing::{self, jstr};
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;
use crate::format::value::Value;
use crate::isolation::service_placement;

const TABLE: &str = "table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}";

fn s<'a>(v: &'a J, p: &str) -> &'a str {
    v.pointer(p).and_then(J::as_str).unwrap_or_default()
}

/// `GET /tasks` with `filters` (a JSON map of key → {value: true}).
pub async fn list(engine: &Engine, filters: &J) -> Result<Vec<J>> {
    let v = raw::get_json(
        engine,
        &ApiPath::new("/tasks").query("filters", &filters.to_string()),
    )
    .await?;
    Ok(v.as_array().cloned().unwrap_or_default())
}

/// The user's `--filter` values as the daemon's filter map.
pub fn filter_map(filters: &[(String, String)]) -> serde_json::Map<String, J> {
    let mut m = serde_json::Map::new();
    for (k, v) in filters {
        m.entry(k.clone())
            .or_insert_with(|| J::Object(Default::default()))
            .as_object_mut()
            .expect("object")
            .insert(v.clone(), J::Bool(true));
    }
    m
}

fn pretty(state: &str) -> String {
    let mut c = state.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn since(ts: &str) -> String {
    let now = crate::clock::Time::now();
    let t = crate::clock::parse_rfc3339(ts).unwrap_or(now);
    let nanos = (now.secs - t.secs) as i128 * 1_000_000_000 + now.nanos as i128 - t.nanos as i128;
    let d = Duration::from_nanos(nanos.clamp(0, u64::MAX as i128) as u64);
    crate::format::units::human_duration(d).to_lowercase()
}

fn task_image(t: &J, trunc: bool) -> String {
    let image = s(t, "/Spec/ContainerSpec/Image");
    if !trunc {
        return image.to_string();
    }
    let wrapped =
        serde_json::json!({"Spec": {"TaskTemplate": {"ContainerSpec": {"Image": image}}}});
    super::ls::image(&wrapped)
}

fn task_error(t: &J, trunc: bool) -> String {
    let mut e = s(t, "/Status/Err").to_string();
    if trunc {
        e = listing::ellipsis(&e, 30);
    }
    if e.is_empty() {
        e
    } else {
        format!("\"{e}\"")
    }
}

fn task_ports(t: &J) -> String {
    t.pointer("/Status/PortStatus/Ports")
        .and_then(J::as_array)
        .map(|ps| {
            ps.iter()
                .map(|p| {
                    format!(
                        "*:{}->{}/{}",
                        p.get("PublishedPort").and_then(J::as_u64).unwrap_or(0),
                        p.get("TargetPort").and_then(J::as_u64).unwrap_or(0),
                        jstr(p, "Protocol")
                    )
                })
                .collect::<Vec<_>>()
                .join(",")
        })
        .unwrap_or_default()
}

/// Prints tasks as docker's `task.Print` does, their services and nodes named from the
/// listings (fetched together).
pub async fn print(ctx: &Ctx, engine: &Engine, tasks: Vec<J>, f: &TaskFlags) -> Result<()> {
    let all = ApiPath::new("/services");
    let (services, nodes) = tokio::join!(raw::get_json(engine, &all), super::nodes(engine));
    let services = match services? {
        J::Array(a) => a,
        _ => Vec::new(),
    };
    print_with(ctx, tasks, &services, &nodes?, f)
}

/// `print` with the services and nodes (those the tasks refer to, at least) already listed.
pub fn print_with(
    ctx: &Ctx,
    mut tasks: Vec<J>,
    services: &[J],
    nodes: &[J],
    f: &TaskFlags,
) -> Result<()> {
    let trunc = !f.no_trunc && !f.quiet;
    let service_name: HashMap<&str, &str> = services
        .iter()
        .map(|sv| (jstr(sv, "ID"), s(sv, "/Spec/Name")))
        .collect();
    let isolation: HashMap<&str, String> = services
        .iter()
        .map(|sv| (jstr(sv, "ID"), service_placement::of_service(sv)))
        .collect();
    let node_name: HashMap<&str, String> = nodes
        .iter()
        .map(|n| {
            let name = match (s(n, "/Spec/Name"), s(n, "/Description/Hostname")) {
                ("", "") => jstr(n, "ID").to_string(),
                ("", h) => h.to_string(),
                (name, _) => name.to_string(),
            };
            (jstr(n, "ID"), name)
        })
        .collect();
    let resolve_service = |id: &str| -> String {
        if f.no_resolve {
            return id.to_string();
        }
        match service_name.get(id) {
            Some(n) => n.to_string(),
            None => id.to_string(),
        }
    };
    let mut named: Vec<(String, J)> = tasks
        .drain(..)
        .map(|t| {
            let svc = resolve_service(jstr(&t, "ServiceID"));
            let slot = t.get("Slot").and_then(J::as_i64).unwrap_or(0);
            let name = if slot != 0 {
                format!("{svc}.{slot}")
            } else {
                format!("{svc}.{}", jstr(&t, "NodeID"))
            };
            (name, t)
        })
        .collect();
    // Natural order of names, newest first within a name (a stable sort, as docker's).
    named.sort_by(|(an, a), (bn, b)| {
        natural_cmp(an, bn).then_with(|| {
            let (ta, tb) = (
                crate::clock::parse_rfc3339(jstr(a, "CreatedAt")),
                crate::clock::parse_rfc3339(jstr(b, "CreatedAt")),
            );
            let key = |t: Option<crate::clock::Time>| t.map(|t| (t.secs, t.nanos));
            key(tb).cmp(&key(ta))
        })
    });
    let format = listing::choose_format(
        f.format.as_deref(),
        ctx.config().str("tasksFormat"),
        f.quiet,
        &listing::Formats {
            table: TABLE,
            quiet: "{{.ID}}",
            raw: "id: {{.ID}}\\nname: {{.Name}}\\nimage: {{.Image}}\\nnode: {{.Node}}\\ndesired_state: {{.DesiredState}}\\ncurrent_state: {{.CurrentState}}\\nerror: {{.Error}}\\nports: {{.Ports}}\\n",
            raw_quiet: "id: {{.ID}}",
        },
    );
    let is_table = crate::format::parse_format(&format).resolve(TABLE).1;
    let mut prev = String::new();
    let mut rows = Vec::with_capacity(named.len());
    for (name, t) in &named {
        let shown = if *name == prev && is_table {
            format!(" \\_ {name}")
        } else {
            name.clone()
        };
        prev = name.clone();
        let node_id = jstr(t, "NodeID");
        let node = if f.no_resolve {
            node_id.to_string()
        } else {
            node_name
                .get(node_id)
                .cloned()
                .unwrap_or_else(|| node_id.to_string())
        };
        let id = jstr(t, "ID");
        rows.push(
            Fields::new("*task.taskContext")
                .with("ID", listing::shown_id(id, trunc))
                .with("Name", shown)
                .with("Image", task_image(t, trunc))
                .with("Node", node)
                .with("DesiredState", pretty(jstr(t, "DesiredState")))
                .with(
                    "CurrentState",
                    format!(
                        "{} {} ago",
                        pretty(s(t, "/Status/State")),
                        since(s(t, "/Status/Timestamp"))
                    ),
                )
                .with("Error", task_error(t, trunc))
                .with("Ports", task_ports(t))
                .hidden(
                    "Isolation",
                    isolation
                        .get(jstr(t, "ServiceID"))
                        .cloned()
                        .unwrap_or_else(|| "default".into()),
                )
                .into_value(),
        );
    }
    listing::write(&format, TABLE, &header(), &rows)
}

fn header() -> Value {
    listing::header(&[
        ("ID", "ID"),
        ("Name", "NAME"),
        ("Image", "IMAGE"),
        ("Node", "NODE"),
        ("DesiredState", "DESIRED STATE"),
        ("CurrentState", "CURRENT STATE"),
        ("Error", "ERROR"),
        ("Ports", "PORTS"),
        ("Isolation", "ISOLATION"),
    ])
}

/// A node reference (`self`, an ID, a name) to the node's ID.
async fn node_id(engine: &Engine, reference: &str) -> Result<String> {
    if reference == "self" {
        let info = raw::get_json(engine, &ApiPath::new("/info")).await?;
        let id = s(&info, "/Swarm/NodeID").to_string();
        if id.is_empty() {
            return Err(CliError::message("node ID not found in /info", 1));
        }
        return Ok(id);
    }
    let n = raw::get_json(engine, &ApiPath::new("/nodes").seg(reference)).await?;
    Ok(jstr(&n, "ID").to_string())
}

/// `hvdock node ps [NODE...]` (default: this node).
pub async fn node_ps(ctx: &Ctx, a: NodePsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    engine.api().await?;
    let refs = if a.nodes.is_empty() {
        vec!["self".to_string()]
    } else {
        a.nodes.clone()
    };
    let mut errs = Vec::new();
    let mut tasks = Vec::new();
    for r in &refs {
        let id = match node_id(engine, r).await {
            Ok(id) => id,
            Err(e) => {
                errs.push(super::text(&e));
                continue;
            }
        };
        let mut filters = filter_map(&a.tasks.filter);
        filters.insert("node".into(), serde_json::json!({ id: true }));
        match list(engine, &J::Object(filters)).await {
            Ok(t) => tasks.extend(t),
            Err(e) => errs.push(super::text(&e)),
        }
    }
    if errs.is_empty() || !tasks.is_empty() {
        if let Err(e) = print(ctx, engine, tasks, &a.tasks).await {
            errs.push(super::text(&e));
        }
    }
    super::joined(errs)
}
