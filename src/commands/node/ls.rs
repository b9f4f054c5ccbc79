//! `hvdock node ls`: docker's nodeContext, natural sort by hostname, `nodesFormat`; hvdock adds
//! `.Isolation` (`hyperv` for nodes marked with the node label `io.hvdock.isolation=hyperv`,
//! else `process`), which docker's default table and `{{json .}}` leave out.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::node::LsArgs;
use crate::commands::container::natural_cmp;
use crate::commands::fields::Fields;
use crate::commands::listing::{self, jstr};
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::raw;
use crate::format::value::Value;
use crate::isolation::placement;

const TABLE: &str = "table {{.ID}} {{if .Self}}*{{else}} {{ end }}\t{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.ManagerStatus}}\t{{.EngineVersion}}";

pub async fn run(ctx: &Ctx, a: LsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut path = ApiPath::new("/nodes");
    if let Some(f) = crate::opts::filter::to_query(&a.filter) {
        path = path.query("filters", &f);
    }
    // The listing and (to mark the node answering) /info at once; docker asks /info after the
    // listing, only when it has rows to mark, so an /info failure counts only then.
    let (nodes, info) = if a.quiet {
        (raw::get_typed(engine, &path, "[]Node").await?, Ok(J::Null))
    } else {
        let info_path = ApiPath::new("/info");
        let (nodes, info) = tokio::join!(
            raw::get_typed(engine, &path, "[]Node"),
            raw::get_json(engine, &info_path)
        );
        (nodes?, info)
    };
    let mut nodes = nodes.as_array().cloned().unwrap_or_default();
    let info = if nodes.is_empty() { J::Null } else { info? };
    let mut format = a.format.clone().unwrap_or_default();
    if format.is_empty() {
        format = match ctx.config().str("nodesFormat") {
            Some(f) if !a.quiet => f.to_string(),
            _ => "table".into(),
        };
    }
    let format = match format.as_str() {
        "table" if a.quiet => "{{.ID}}".to_string(),
        "table" => TABLE.to_string(),
        "raw" if a.quiet => "node_id: {{.ID}}".to_string(),
        "raw" => "node_id: {{.ID}}\\nhostname: {{.Hostname}}\\nstatus: {{.Status}}\\navailability: {{.Availability}}\\nmanager_status: {{.ManagerStatus}}\\n".to_string(),
        f => f.to_string(),
    };
    nodes.sort_by(|x, y| natural_cmp(hostname(x), hostname(y)));
    let rows: Vec<Value> = nodes.iter().map(|n| row(n, &info)).collect();
    listing::write(&format, TABLE, &header(), &rows)
}

fn hostname(n: &J) -> &str {
    n["Description"]["Hostname"].as_str().unwrap_or_default()
}

fn header() -> Value {
    listing::header(&[
        ("ID", "ID"),
        ("Self", ""),
        ("Hostname", "HOSTNAME"),
        ("Status", "STATUS"),
        ("Availability", "AVAILABILITY"),
        ("ManagerStatus", "MANAGER STATUS"),
        ("EngineVersion", "ENGINE VERSION"),
        ("TLSStatus", "TLS STATUS"),
        ("Isolation", "ISOLATION"),
    ])
}

/// docker's `formatter.PrettyPrint` of a string (`capitalizeFirst`): the first byte upper-cased,
/// the rest lower-cased; a single character lower-cased.
pub fn pretty(s: &str) -> String {
    match s.len() {
        0 => String::new(),
        1 => s.to_lowercase(),
        _ => {
            let mut c = s.chars();
            let first = c.next().map(|f| f.to_ascii_uppercase()).unwrap_or_default();
            std::iter::once(first)
                .chain(c.as_str().to_lowercase().chars())
                .collect()
        }
    }
}

/// docker's nodeContext over one `/nodes` item, with the `/info` of the node asked.
fn row(n: &J, info: &J) -> Value {
    let manager = match n.get("ManagerStatus").filter(|m| m.is_object()) {
        Some(m) if m["Leader"].as_bool() == Some(true) => "Leader".to_string(),
        Some(m) => jstr(m, "Reachability").to_string(),
        None => String::new(),
    };
    let cluster_tls = &info["Swarm"]["Cluster"]["TLSInfo"];
    let node_tls = &n["Description"]["TLSInfo"];
    let empty = |t: &J| {
        t.as_object()
            .is_none_or(|o| o.values().all(|v| v.is_null() || v.as_str() == Some("")))
    };
    let tls = if info["Swarm"]["Cluster"].is_null() || empty(cluster_tls) || empty(node_tls) {
        "Unknown"
    } else if cluster_tls == node_tls {
        "Ready"
    } else {
        "Needs Rotation"
    };
    let id = jstr(n, "ID");
    Fields::new("*node.nodeContext")
        .with("ID", id)
        .with(
            "Self",
            id == info["Swarm"]["NodeID"].as_str().unwrap_or("\0"),
        )
        .with("Hostname", hostname(n))
        .with(
            "Status",
            pretty(n["Status"]["State"].as_str().unwrap_or_default()),
        )
        .with(
            "Availability",
            pretty(n["Spec"]["Availability"].as_str().unwrap_or_default()),
        )
        .with("ManagerStatus", pretty(&manager))
        .with("TLSStatus", tls)
        .with(
            "EngineVersion",
            n["Description"]["Engine"]["EngineVersion"]
                .as_str()
                .unwrap_or_default(),
        )
        .hidden("Isolation", placement::classify(n).as_str())
        .into_value()
}
