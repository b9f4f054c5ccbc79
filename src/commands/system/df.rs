//! `hvdock system df`: docker's disk usage summary (`GET /system/df`): images, containers,
//! local volumes and build cache with their active counts, sizes and reclaimable space; `-v`
//! lists each kind.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::system::DfArgs;
use crate::commands::fields::Fields;
use crate::commands::listing::{self, jint, jstr};
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::format::units::{human_size, human_size4};
use crate::format::value::Value;

const SUMMARY: &str = "{{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}";

fn arr(v: &J, k: &str) -> Vec<J> {
    v.get(k).and_then(J::as_array).cloned().unwrap_or_default()
}

fn reclaim(reclaimable: i64, total: i64) -> String {
    if total > 0 {
        format!(
            "{} ({}%)",
            human_size4(reclaimable as f64),
            reclaimable * 100 / total
        )
    } else {
        human_size4(reclaimable as f64)
    }
}

fn row(kind: &str, total: usize, active: usize, size: i64, reclaimable: String) -> Value {
    // docker's summary rows are one context type a kind.
    let ty = match kind {
        "Images" => "*formatter.diskUsageImagesContext",
        "Containers" => "*formatter.diskUsageContainersContext",
        "Local Volumes" => "*formatter.diskUsageVolumesContext",
        _ => "*formatter.diskUsageBuilderContext",
    };
    Fields::new(ty)
        .with("Type", kind)
        .with("TotalCount", total.to_string())
        .with("Active", active.to_string())
        .with("Size", human_size4(size as f64))
        .with("Reclaimable", reclaimable)
        .into_value()
}

fn active_state(c: &J) -> bool {
    let s = jstr(c, "State");
    s.contains("running") || s.contains("paused") || s.contains("restarting")
}

pub async fn run(ctx: &Ctx, a: DfArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let path = ApiPath::new("/system/df");
    let du = raw::get_wrapped(engine, &path, "DiskUsage", "Error retrieving disk usage").await?;
    let images = arr(&du, "Images");
    let containers = arr(&du, "Containers");
    let volumes = arr(&du, "Volumes");
    let cache = arr(&du, "BuildCache");
    if a.verbose {
        return verbose(&a, &images, &containers, &volumes, &cache);
    }
    let layers = jint(&du, "LayersSize");
    let mut used = 0;
    for i in images.iter().filter(|i| jint(i, "Containers") != 0) {
        if jint(i, "Size") == -1 || jint(i, "SharedSize") == -1 {
            continue;
        }
        used += jint(i, "Size") - jint(i, "SharedSize");
    }
    let image_row = row(
        "Images",
        images.len(),
        images.iter().filter(|i| jint(i, "Containers") > 0).count(),
        layers,
        reclaim(layers - used, layers),
    );
    let csize: i64 = containers.iter().map(|c| jint(c, "SizeRw")).sum();
    let creclaim: i64 = containers
        .iter()
        .filter(|c| !active_state(c))
        .map(|c| jint(c, "SizeRw"))
        .sum();
    let container_row = row(
        "Containers",
        containers.len(),
        containers.iter().filter(|c| active_state(c)).count(),
        csize,
        reclaim(creclaim, csize),
    );
    let vsize_of = |v: &J| {
        v.pointer("/UsageData/Size")
            .and_then(J::as_i64)
            .unwrap_or(-1)
    };
    let vref = |v: &J| {
        v.pointer("/UsageData/RefCount")
            .and_then(J::as_i64)
            .unwrap_or(0)
    };
    let vsize: i64 = volumes.iter().map(vsize_of).filter(|s| *s != -1).sum();
    let vreclaim: i64 = volumes
        .iter()
        .filter(|v| vref(v) == 0)
        .map(vsize_of)
        .filter(|s| *s != -1)
        .sum();
    let volume_row = row(
        "Local Volumes",
        volumes.len(),
        volumes.iter().filter(|v| vref(v) > 0).count(),
        vsize,
        reclaim(vreclaim, vsize),
    );
    let shared = |b: &J| b.get("Shared").and_then(J::as_bool).unwrap_or(false);
    let in_use = |b: &J| b.get("InUse").and_then(J::as_bool).unwrap_or(false);
    let bsize: i64 = cache
        .iter()
        .filter(|b| !shared(b))
        .map(|b| jint(b, "Size"))
        .sum();
    let breclaim: i64 = cache
        .iter()
        .filter(|b| !shared(b) && !in_use(b))
        .map(|b| jint(b, "Size"))
        .sum();
    // docker shows the build cache's reclaimable space without a percentage.
    let cache_row = row(
        "Build Cache",
        cache.len(),
        cache.iter().filter(|b| in_use(b)).count(),
        bsize,
        human_size4(breclaim as f64),
    );
    let header = listing::header(&[
        ("Type", "TYPE"),
        ("TotalCount", "TOTAL"),
        ("Active", "ACTIVE"),
        ("Size", "SIZE"),
        ("Reclaimable", "RECLAIMABLE"),
    ]);
    let format = a.format.clone().unwrap_or_default();
    listing::write(
        &format,
        SUMMARY,
        &header,
        &[image_row, container_row, volume_row, cache_row],
    )
}

/// `-v`: the per-object tables docker prints.
fn verbose(a: &DfArgs, images: &[J], containers: &[J], volumes: &[J], cache: &[J]) -> Result<()> {
    if let Some(f) = a
        .format
        .as_deref()
        .filter(|f| !f.is_empty() && *f != "table")
    {
        return super::df_template::write(f, images, containers, volumes, cache);
    }
    println!("Images space usage:\n");
    let mut rows = Vec::new();
    for i in images {
        let (repo, tag) = super::df_template::first_tag(i);
        let size = jint(i, "Size");
        let shared = jint(i, "SharedSize");
        rows.push(
            Fields::new("*formatter.imageContext")
                .with("Repository", repo)
                .with("Tag", tag)
                .with("ID", listing::truncate_id(jstr(i, "Id")))
                .with("CreatedSince", listing::ago(jint(i, "Created")))
                .with("Size", human_size(size as f64))
                .with(
                    "SharedSize",
                    if shared == -1 {
                        "N/A".to_string()
                    } else {
                        human_size4(shared as f64)
                    },
                )
                .with(
                    "UniqueSize",
                    if shared == -1 {
                        "N/A".to_string()
                    } else {
                        human_size4((size - shared) as f64)
                    },
                )
                .with("Containers", jint(i, "Containers").to_string())
                .into_value(),
        );
    }
    listing::write(
        "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}",
        "",
        &listing::header(&[
            ("Repository", "REPOSITORY"),
            ("Tag", "TAG"),
            ("ID", "IMAGE ID"),
            ("CreatedSince", "CREATED"),
            ("Size", "SIZE"),
            ("SharedSize", "SHARED SIZE"),
            ("UniqueSize", "UNIQUE SIZE"),
            ("Containers", "CONTAINERS"),
        ]),
        &rows,
    )?;
    println!("\nContainers space usage:\n");
    let mut rows = Vec::new();
    for c in containers {
        let cmd = jstr(c, "Command");
        let name = c
            .get("Names")
            .and_then(J::as_array)
            .and_then(|n| n.first())
            .and_then(J::as_str)
            .unwrap_or_default()
            .trim_start_matches('/')
            .to_string();
        let mounts = c.get("Mounts").and_then(J::as_array).map_or(0, |m| {
            m.iter().filter(|m| jstr(m, "Type") == "volume").count()
        });
        rows.push(
            Fields::new("*formatter.ContainerContext")
                .with("ID", listing::truncate_id(jstr(c, "Id")))
                .with("Image", {
                    let image = jstr(c, "Image");
                    if image.starts_with("sha256:") {
                        listing::truncate_id(image)
                    } else {
                        listing::ellipsis(image, 34)
                    }
                })
                .with("Command", format!("\"{}\"", listing::ellipsis(cmd, 20)))
                .with("LocalVolumes", mounts.to_string())
                .with("Size", human_size4(jint(c, "SizeRw") as f64))
                .with("RunningFor", listing::ago(jint(c, "Created")))
                .with("Status", jstr(c, "Status"))
                .with("Names", name)
                .into_value(),
        );
    }
    listing::write(
        "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}",
        "",
        &listing::header(&[
            ("ID", "CONTAINER ID"),
            ("Image", "IMAGE"),
            ("Command", "COMMAND"),
            ("LocalVolumes", "LOCAL VOLUMES"),
            ("Size", "SIZE"),
            ("RunningFor", "CREATED"),
            ("Status", "STATUS"),
            ("Names", "NAMES"),
        ]),
        &rows,
    )?;
    println!("\nLocal Volumes space usage:\n");
    let mut rows = Vec::new();
    for v in volumes {
        // docker: N/A without usage data, else the size as it is (-1 = not computed: "-1B").
        let size = v
            .get("UsageData")
            .filter(|u| u.is_object())
            .map(|u| jint(u, "Size"));
        rows.push(
            Fields::new("*formatter.volumeContext")
                .with("Name", jstr(v, "Name"))
                .with(
                    "Links",
                    v.get("UsageData")
                        .filter(|u| u.is_object())
                        .map_or_else(|| "N/A".to_string(), |u| jint(u, "RefCount").to_string()),
                )
                .with(
                    "Size",
                    size.map_or_else(|| "N/A".to_string(), |s| human_size4(s as f64)),
                )
                .into_value(),
        );
    }
    listing::write(
        "table {{.Name}}\t{{.Links}}\t{{.Size}}",
        "",
        &listing::header(&[
            ("Name", "VOLUME NAME"),
            ("Links", "LINKS"),
            ("Size", "SIZE"),
        ]),
        &rows,
    )?;
    build_cache(cache)
}

/// The build cache section: docker's size (records that are not shared), then one row a record,
/// least recently used first (never used before all, ties by ID).
fn build_cache(cache: &[J]) -> Result<()> {
    let flag = |b: &J, k: &str| b.get(k).and_then(J::as_bool).unwrap_or(false);
    let size: i64 = cache
        .iter()
        .filter(|b| !flag(b, "Shared"))
        .map(|b| jint(b, "Size"))
        .sum();
    println!("\nBuild cache usage: {}\n", human_size4(size as f64));
    let records = super::df_template::sorted(cache);
    let rows: Vec<Value> = records
        .into_iter()
        .map(|b| {
            let id: String = jstr(b, "ID").chars().take(12).collect();
            let star = if flag(b, "InUse") { "*" } else { "" };
            let used = match b.get("LastUsedAt").and_then(J::as_str) {
                Some(t) => listing::ago_rfc3339(t),
                None => String::new(),
            };
            Fields::new("*formatter.buildCacheContext")
                .with("ID", format!("{id}{star}"))
                .with("CacheType", jstr(b, "Type"))
                .with("Size", human_size(jint(b, "Size") as f64))
                .with("CreatedSince", listing::ago_rfc3339(jstr(b, "CreatedAt")))
                .with("LastUsedSince", used)
                .with("UsageCount", jint(b, "UsageCount").to_string())
                .with("Shared", flag(b, "Shared").to_string())
                .into_value()
        })
        .collect();
    listing::write(
        "table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}",
        "",
        &listing::header(&[
            ("ID", "CACHE ID"),
            ("CacheType", "CACHE TYPE"),
            ("Size", "SIZE"),
            ("CreatedSince", "CREATED"),
            ("LastUsedSince", "LAST USED"),
            ("UsageCount", "USAGE"),
            ("Shared", "SHARED"),
        ]),
        &rows,
    )
}
