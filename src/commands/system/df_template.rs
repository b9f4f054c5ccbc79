//! `system df -v --format TEMPLATE`: docker executes the template once over its
//! `diskUsageContext` (`.Images`, `.Containers`, `.Volumes`, `.BuildCache`, each a list of the
//! listing contexts `images`, `ps`, `volume ls` and `builder du` use), writing straight to
//! stdout: no header, no newline added. IDs are cut only for `table ...` formats.

use std::rc::Rc;

use anyhow::Result;
use serde_json::Value as J;

use crate::commands::container::row::ContainerRow;
use crate::commands::fields::Fields;
use crate::commands::image::row::ImageRow;
use crate::commands::listing::{self, jint, jstr};
use crate::error::CliError;
use crate::format::template::Template;
use crate::format::units::human_size;
use crate::format::value::{StructValue, Value};

/// docker's `NewDiskUsageFormat(raw, verbose)`: each kind's raw listing format.
const RAW: &str = "{{range .Images}}type: Image
repository: {{ .Repository }}
tag: {{.Tag}}
digest: {{.Digest}}
image_id: {{.ID}}
created_at: {{.CreatedAt}}
virtual_size: {{.Size}}

{{end -}}
{{range .Containers}}type: Container
container_id: {{.ID}}
image: {{.Image}}
command: {{.Command}}
created_at: {{.CreatedAt}}
state: {{- pad .State 1 0}}
status: {{- pad .Status 1 0}}
names: {{.Names}}
labels: {{- pad .Labels 1 0}}
ports: {{- pad .Ports 1 0}}
size: {{.Size}}\\n
{{end -}}
{{range .Volumes}}type: Volume
name: {{.Name}}\\ndriver: {{.Driver}}\\n
{{end -}}
{{range .BuildCache}}type: Build Cache
build_cache_id: {{.ID}}
parent_id: {{.Parent}}
build_cache_type: {{.CacheType}}
description: {{.Description}}
created_at: {{.CreatedAt}}
created_since: {{.CreatedSince}}
last_used_at: {{.LastUsedAt}}
last_used_since: {{.LastUsedSince}}
usage_count: {{.UsageCount}}
in_use: {{.InUse}}
shared: {{.Shared}}

{{end -}}";

/// Renders `format` (anything but the bare default table) over the verbose disk usage.
pub fn write(
    format: &str,
    images: &[J],
    containers: &[J],
    volumes: &[J],
    cache: &[J],
) -> Result<()> {
    let trunc = format.starts_with("table");
    // docker's preFormat: drop the `table` prefix, `json` is `{{json .}}`, trim spaces, then
    // turn `\t` and `\n` into tabs and newlines.
    let source = match format {
        "raw" => RAW,
        "json" => "{{json .}}",
        f if trunc => &f["table".len()..],
        f => f,
    };
    let text = source
        .trim_matches(' ')
        .replace("\\t", "\t")
        .replace("\\n", "\n");
    let tmpl = Template::parse("", &text)
        .map_err(|e| CliError::message(format!("template parsing error: {e}"), 1))?;
    let data = StructValue::new("*formatter.diskUsageContext")
        .with("Images", Value::List(image_rows(images, trunc)))
        .with(
            "Containers",
            Value::List(
                containers
                    .iter()
                    .map(|c| {
                        // docker does not show the virtual size here.
                        let mut c = c.clone();
                        if let Some(m) = c.as_object_mut() {
                            m.insert("SizeRootFs".into(), J::from(0));
                        }
                        Value::Struct(Rc::new(ContainerRow::new(c, trunc)))
                    })
                    .collect(),
            ),
        )
        .with(
            "Volumes",
            Value::List(
                volumes
                    .iter()
                    .map(crate::commands::volume::ls::row)
                    .collect(),
            ),
        )
        .with(
            "BuildCache",
            Value::List(
                sorted(cache)
                    .into_iter()
                    .map(|b| cache_row(b, trunc))
                    .collect(),
            ),
        )
        .into_value();
    let mut out = String::new();
    let res = tmpl.execute(&data, &mut out);
    {
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(out.as_bytes())?;
        stdout.flush()?;
    }
    res.map_err(|e| CliError::message(e.to_string(), 1))
}

/// One imageContext an image: its first tag (none for dangling images).
fn image_rows(images: &[J], trunc: bool) -> Vec<Value> {
    images
        .iter()
        .map(|i| {
            let (repo, tag) = first_tag(i);
            Value::Struct(Rc::new(ImageRow {
                i: Rc::new(i.clone()),
                trunc,
                repo,
                tag,
                digest: String::new(),
            }))
        })
        .collect()
}

/// The repository and tag docker shows for an image in `system df -v`.
pub fn first_tag(i: &J) -> (String, String) {
    i.get("RepoTags")
        .and_then(J::as_array)
        .and_then(|t| t.first())
        .and_then(J::as_str)
        .filter(|t| *t != "<none>:<none>")
        .and_then(|t| t.rsplit_once(':'))
        .map(|(r, t)| (r.to_string(), t.to_string()))
        .unwrap_or(("<none>".into(), "<none>".into()))
}

fn last_used(b: &J) -> Option<(i64, u32)> {
    b.get("LastUsedAt")
        .and_then(J::as_str)
        .and_then(crate::clock::parse_rfc3339)
        .map(|t| (t.secs, t.nanos))
}

/// docker's `buildCacheSort`: never used first, then least recently used, ties by ID.
pub fn sorted(cache: &[J]) -> Vec<&J> {
    let mut records: Vec<&J> = cache.iter().collect();
    records.sort_by(|a, b| {
        last_used(a)
            .cmp(&last_used(b))
            .then_with(|| jstr(a, "ID").cmp(jstr(b, "ID")))
    });
    records
}

/// Go's `Time.String()` of an RFC 3339 time in UTC, fractional seconds kept.
fn go_time(ts: &str) -> String {
    crate::clock::parse_rfc3339(ts)
        .unwrap_or(crate::clock::Time::from_unix(0))
        .go_string_frac("+0000 UTC")
}

/// docker's `buildCacheContext` over one build cache record.
pub fn cache_row(b: &J, trunc: bool) -> Value {
    let flag = |k: &str| b.get(k).and_then(J::as_bool).unwrap_or(false);
    let id = listing::shown_id(jstr(b, "ID"), trunc);
    // docker 28.2.2's CacheRecord spells the key `" Parents"` (with a space), so the daemon's
    // `Parents` never reaches it: only the deprecated `Parent` does.
    let parents: Vec<&str> = b
        .get(" Parents")
        .and_then(J::as_array)
        .map(|p| p.iter().filter_map(J::as_str).collect())
        .unwrap_or_default();
    let parent = if parents.is_empty() {
        jstr(b, "Parent").to_string()
    } else {
        parents.join(", ")
    };
    let last = b.get("LastUsedAt").and_then(J::as_str);
    Fields::new("*formatter.buildCacheContext")
        .with("ID", if flag("InUse") { format!("{id}*") } else { id })
        .with("Parent", listing::shown_id(&parent, trunc))
        .with("CacheType", jstr(b, "Type"))
        .with("Description", jstr(b, "Description"))
        .with("Size", human_size(jint(b, "Size") as f64))
        .with("CreatedAt", go_time(jstr(b, "CreatedAt")))
        .with("CreatedSince", listing::ago_rfc3339(jstr(b, "CreatedAt")))
        .with("LastUsedAt", last.map(go_time).unwrap_or_default())
        .with(
            "LastUsedSince",
            last.map(listing::ago_rfc3339).unwrap_or_default(),
        )
        .with("UsageCount", jint(b, "UsageCount").to_string())
        .with("InUse", flag("InUse").to_string())
        .with("Shared", flag("Shared").to_string())
        .into_value()
}
