//! `hvdock node inspect`: docker's `swarm.Node` as JSON or through a template (docker's
//! `inspect.Inspect` with no raw JSON), or `--pretty`
//! (docker's nodeInspectPrettyTemplate over a nodeInspectContext); `self` is this node.

use std::collections::BTreeMap;

use anyhow::Result;
use serde_json::Value as J;

use super::ls::pretty;
use crate::cli::node::InspectArgs;
use crate::commands::fields::{go_time_text, Fields};
use crate::commands::inspect::{fetch, Inspector, Kind};
use crate::commands::listing;
use crate::commands::Ctx;
use crate::engine::Engine;
use crate::error::CliError;
use crate::format::units::bytes_size;
use crate::format::value::Value;

const PRETTY: &str = "ID:\t\t\t{{.ID}}
{{- if .Name }}
Name:\t\t\t{{.Name}}
{{- end }}
{{- if .Labels }}
Labels:
{{- range $k, $v := .Labels }}
 - {{ $k }}{{if $v }}={{ $v }}{{ end }}
{{- end }}{{ end }}
Hostname:              \t{{.Hostname}}
Joined at:             \t{{.CreatedAt}}
Status:
 State:\t\t\t{{.StatusState}}
 {{- if .HasStatusMessage}}
 Message:              \t{{.StatusMessage}}
 {{- end}}
 Availability:         \t{{.SpecAvailability}}
 {{- if .Status.Addr}}
 Address:\t\t{{.StatusAddr}}
 {{- end}}
{{- if .HasManagerStatus}}
Manager Status:
 Address:\t\t{{.ManagerStatusAddr}}
 Raft Status:\t\t{{.ManagerStatusReachability}}
 {{- if .IsManagerStatusLeader}}
 Leader:\t\tYes
 {{- else}}
 Leader:\t\tNo
 {{- end}}
{{- end}}
Platform:
 Operating System:\t{{.PlatformOS}}
 Architecture:\t\t{{.PlatformArchitecture}}
Resources:
 CPUs:\t\t\t{{.ResourceNanoCPUs}}
 Memory:\t\t{{.ResourceMemory}}
{{- if .HasEnginePlugins}}
Plugins:
{{- range $k, $v := .EnginePlugins }}
 {{ $k }}:{{if $v }}\t\t{{ $v }}{{ end }}
{{- end }}
{{- end }}
Engine Version:\t\t{{.EngineVersion}}
{{- if .EngineLabels}}
Engine Labels:
{{- range $k, $v := .EngineLabels }}
 - {{ $k }}{{if $v }}={{ $v }}{{ end }}
{{- end }}{{- end }}
{{- if .HasTLSInfo}}
TLS Info:
 TrustRoot:
{{.TLSInfoTrustRoot}}
 Issuer Subject:\t{{.TLSInfoCertIssuerSubject}}
 Issuer Public Key:\t{{.TLSInfoCertIssuerPublicKey}}
{{- end}}";

pub async fn run(ctx: &Ctx, a: InspectArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let format = crate::commands::inspect::pretty_or(a.pretty, a.format.as_deref())?;
    if format == "pretty" {
        return pretty_all(engine, &a.names).await;
    }
    let mut inspector = Inspector::new(Some(&format))?;
    for r in &a.names {
        let raw = match super::reference(engine, r).await {
            Ok(id) => fetch(engine, Kind::Node, &id, false).await,
            Err(e) => Err(e),
        };
        inspector.add_typed(raw, Kind::Node);
    }
    inspector.flush()
}

/// All or nothing, as docker's formatter writes only when every node was found.
async fn pretty_all(engine: &Engine, refs: &[String]) -> Result<()> {
    let mut rows = Vec::new();
    for r in refs {
        let got = match super::reference(engine, r).await {
            Ok(id) => super::get(engine, &id).await,
            Err(e) => Err(e),
        };
        match got {
            Ok(n) => rows.push(pretty_row(&n)),
            Err(e) => return Err(CliError::message(crate::error::render(&e).0, 1)),
        }
    }
    listing::write(PRETTY, PRETTY, &Value::Nil, &rows)
}

/// A JSON map of strings as a Go `map[string]string`.
pub fn string_map(j: &J) -> Value {
    Value::Map(
        j.as_object()
            .into_iter()
            .flatten()
            .map(|(k, v)| (k.clone(), Value::from(v.as_str().unwrap_or_default())))
            .collect::<std::collections::BTreeMap<_, _>>()
            .into(),
    )
}

fn s(j: &J) -> &str {
    j.as_str().unwrap_or_default()
}

fn pretty_row(n: &J) -> Value {
    let d = &n["Description"];
    let m = n.get("ManagerStatus").filter(|m| m.is_object());
    let tls = &d["TLSInfo"];
    let has_tls = tls
        .as_object()
        .is_some_and(|o| o.values().any(|v| !(v.is_null() || v.as_str() == Some(""))));
    let mut plugins: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in d["Engine"]["Plugins"].as_array().into_iter().flatten() {
        plugins
            .entry(s(&p["Type"]).to_string())
            .or_default()
            .push(s(&p["Name"]).to_string());
    }
    let memory = d["Resources"]["MemoryBytes"].as_i64().unwrap_or(0);
    Fields::new("*node.nodeInspectContext")
        .with("ID", s(&n["ID"]))
        .with("Name", s(&n["Spec"]["Name"]))
        .with("Labels", string_map(&n["Spec"]["Labels"]))
        .with("Hostname", s(&d["Hostname"]))
        .with("CreatedAt", pretty(&go_time_text(s(&n["CreatedAt"]))))
        .with("StatusState", pretty(s(&n["Status"]["State"])))
        .with("HasStatusMessage", !s(&n["Status"]["Message"]).is_empty())
        .with("StatusMessage", pretty(s(&n["Status"]["Message"])))
        .with("SpecAvailability", pretty(s(&n["Spec"]["Availability"])))
        .with("Status", Value::from_json(&n["Status"]))
        .with("StatusAddr", s(&n["Status"]["Addr"]))
        .with("HasManagerStatus", m.is_some())
        .with(
            "ManagerStatusAddr",
            m.map(|m| s(&m["Addr"])).unwrap_or_default(),
        )
        .with(
            "ManagerStatusReachability",
            pretty(m.map(|m| s(&m["Reachability"])).unwrap_or_default()),
        )
        .with(
            "IsManagerStatusLeader",
            m.is_some_and(|m| m["Leader"].as_bool() == Some(true)),
        )
        .with("PlatformOS", s(&d["Platform"]["OS"]))
        .with("PlatformArchitecture", s(&d["Platform"]["Architecture"]))
        .with(
            "ResourceNanoCPUs",
            Value::Int(d["Resources"]["NanoCPUs"].as_i64().unwrap_or(0) / 1_000_000_000),
        )
        .with(
            "ResourceMemory",
            if memory == 0 {
                String::new()
            } else {
                bytes_size(memory as f64)
            },
        )
        .with("HasEnginePlugins", !plugins.is_empty())
        .with(
            "EnginePlugins",
            Value::Map(
                plugins
                    .into_iter()
                    .map(|(k, v)| (k, Value::from(v.join(", "))))
                    .collect::<std::collections::BTreeMap<_, _>>()
                    .into(),
            ),
        )
        .with("EngineVersion", s(&d["Engine"]["EngineVersion"]))
        .with("EngineLabels", string_map(&d["Engine"]["Labels"]))
        .with("HasTLSInfo", has_tls)
        .with("TLSInfoTrustRoot", s(&tls["TrustRoot"]))
        .with("TLSInfoCertIssuerSubject", s(&tls["CertIssuerSubject"]))
        .with("TLSInfoCertIssuerPublicKey", s(&tls["CertIssuerPublicKey"]))
        .into_value()
}
