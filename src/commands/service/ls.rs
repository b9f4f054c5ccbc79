//! `hvdock service ls`: docker's serviceContext (ID, Name, Mode, Replicas, Image, Ports) with
//! `.Isolation`, natural sort by name, `servicesFormat` from config.json.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::service::LsArgs;
use crate::commands::container::natural_cmp;
use crate::commands::fields::Fields;
use crate::commands::listing::{self, jstr};
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::raw;
use crate::format::value::Value;
use crate::isolation::service_placement;

const TABLE: &str = "table {{.ID}}\t{{.Name}}\t{{.Mode}}\t{{.Replicas}}\t{{.Image}}\t{{.Ports}}";

pub async fn run(ctx: &Ctx, a: LsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut path = ApiPath::new("/services");
    if let Some(q) = crate::opts::filter::to_query(&a.filter) {
        path = path.query("filters", &q);
    }
    if !a.quiet {
        path = path.query("status", "true");
    }
    let list = raw::get_typed(engine, &path, "[]Service").await?;
    let items = match list {
        J::Array(items) => items,
        _ => Vec::new(),
    };
    write(ctx, items, a.format.as_deref(), a.quiet)
}

/// Prints services as `service ls` does (natural order by name; `stack services` shares it).
pub fn write(ctx: &Ctx, mut items: Vec<J>, format: Option<&str>, quiet: bool) -> Result<()> {
    items.sort_by(|x, y| natural_cmp(spec_name(x), spec_name(y)));
    let format = listing::choose_format(
        format,
        ctx.config().str("servicesFormat"),
        quiet,
        &listing::Formats {
            table: TABLE,
            quiet: "{{.ID}}",
            raw: "id: {{.ID}}\\nname: {{.Name}}\\nmode: {{.Mode}}\\nreplicas: {{.Replicas}}\\nimage: {{.Image}}\\nports: {{.Ports}}\\n",
            raw_quiet: "id: {{.ID}}",
        },
    );
    let rows: Vec<Value> = items.iter().map(row).collect();
    listing::write(&format, TABLE, &header(), &rows)
}

fn spec_name(s: &J) -> &str {
    s.pointer("/Spec/Name")
        .and_then(J::as_str)
        .unwrap_or_default()
}

fn header() -> Value {
    listing::header(&[
        ("ID", "ID"),
        ("Name", "NAME"),
        ("Mode", "MODE"),
        ("Replicas", "REPLICAS"),
        ("Image", "IMAGE"),
        ("Ports", "PORTS"),
        ("Isolation", "ISOLATION"),
    ])
}

pub fn mode(s: &J) -> &'static str {
    let m = s.pointer("/Spec/Mode");
    let has = |k: &str| m.and_then(|m| m.get(k)).is_some_and(|v| !v.is_null());
    if has("Global") {
        "global"
    } else if has("Replicated") {
        "replicated"
    } else if has("ReplicatedJob") {
        "replicated job"
    } else if has("GlobalJob") {
        "global job"
    } else {
        ""
    }
}

fn u(v: &J, p: &str) -> u64 {
    v.pointer(p).and_then(J::as_u64).unwrap_or(0)
}

fn replicas(s: &J) -> String {
    let (running, desired, completed) = (
        u(s, "/ServiceStatus/RunningTasks"),
        u(s, "/ServiceStatus/DesiredTasks"),
        u(s, "/ServiceStatus/CompletedTasks"),
    );
    match mode(s) {
        "replicated job" => format!(
            "{running}/{desired} ({completed}/{} completed)",
            u(s, "/Spec/Mode/ReplicatedJob/TotalCompletions")
        ),
        "global job" => format!(
            "{running}/{desired} ({completed}/{} completed)",
            desired + completed
        ),
        "replicated" if u(s, "/Spec/TaskTemplate/Placement/MaxReplicas") > 0 => format!(
            "{running}/{desired} (max {} per node)",
            u(s, "/Spec/TaskTemplate/Placement/MaxReplicas")
        ),
        _ => format!("{running}/{desired}"),
    }
}

/// docker's image column: a tagged reference without its digest, in familiar form.
pub fn image(s: &J) -> String {
    let image = s
        .pointer("/Spec/TaskTemplate/ContainerSpec/Image")
        .and_then(J::as_str)
        .unwrap_or_default();
    let name = image.split('@').next().unwrap_or(image);
    let last = name.rsplit('/').next().unwrap_or(name);
    if last.contains(':') && !image.is_empty() {
        listing::familiar(name)
    } else {
        image.to_string()
    }
}

fn ports(s: &J) -> String {
    let Some(list) = s.pointer("/Endpoint/Ports").and_then(J::as_array) else {
        return String::new();
    };
    let mut ps: Vec<(String, u64, u64, String)> = list
        .iter()
        .map(|p| {
            (
                jstr(p, "Protocol").to_string(),
                p.get("PublishedPort").and_then(J::as_u64).unwrap_or(0),
                p.get("TargetPort").and_then(J::as_u64).unwrap_or(0),
                jstr(p, "PublishMode").to_string(),
            )
        })
        .collect();
    ps.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    let mut out = Vec::new();
    // (pStart, pEnd, tStart, tEnd, protocol)
    let mut pr: (u64, u64, u64, u64, String) = (0, 0, 0, 0, String::new());
    let text = |pr: &(u64, u64, u64, u64, String)| {
        let range = |a: u64, b: u64| {
            if b > a {
                format!("{a}-{b}")
            } else {
                a.to_string()
            }
        };
        format!("*:{}->{}/{}", range(pr.0, pr.1), range(pr.2, pr.3), pr.4)
    };
    for (proto, published, target, mode) in ps {
        if mode != "ingress" {
            continue;
        }
        let is_range = pr.3 != pr.2;
        let overlaps = target <= pr.3;
        // Go's uint32 arithmetic wraps: a smaller number makes a huge difference.
        let gap = |a: u64, b: u64| (a as u32).wrapping_sub(b as u32) > 1;
        if proto != pr.4 || gap(published, pr.1) || gap(target, pr.3) || (is_range && overlaps) {
            if pr.0 > 0 {
                out.push(text(&pr));
            }
            pr = (published, published, target, target, proto);
            continue;
        }
        pr.1 = published;
        pr.3 = target;
    }
    if pr.0 > 0 {
        out.push(text(&pr));
    }
    out.join(", ")
}

fn row(s: &J) -> Value {
    Fields::new("*service.serviceContext")
        .with("ID", listing::truncate_id(jstr(s, "ID")))
        .with("Name", spec_name(s))
        .with("Mode", mode(s))
        .with("Replicas", replicas(s))
        .with("Image", image(s))
        .with("Ports", ports(s))
        .hidden("Isolation", service_placement::of_service(s))
        .into_value()
}
