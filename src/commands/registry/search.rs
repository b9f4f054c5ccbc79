//! `hvdock search`: the daemon's registry search (`GET /images/search`), docker's table.

use anyhow::Result;
use http_body_util::BodyExt;
use serde_json::Value as J;

use crate::cli::registry::SearchArgs;
use crate::commands::fields::Fields;
use crate::commands::listing::{self, jstr};
use crate::commands::Ctx;
use crate::engine::{raw, ApiPath};

const TABLE: &str = "table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}";

fn row(r: &J, trunc: bool) -> crate::format::value::Value {
    let mut desc = jstr(r, "description").replace(['\n', '\r'], " ");
    if trunc {
        desc = listing::ellipsis(&desc, 45);
    }
    let stars = r.get("star_count").and_then(J::as_i64).unwrap_or(0);
    let official = r.get("is_official").and_then(J::as_bool).unwrap_or(false);
    Fields::new("*registry.searchContext")
        .with("Name", jstr(r, "name"))
        .with("Description", desc)
        .with("StarCount", stars.to_string())
        .with("IsOfficial", if official { "[OK]" } else { "" })
        .into_value()
}

pub async fn run(ctx: &Ctx, a: SearchArgs) -> Result<()> {
    if a.filter.iter().any(|(k, _)| k == "is-automated") {
        eprintln!("WARNING: the \"is-automated\" filter is deprecated, and searching for \"is-automated=true\" will not yield any results in future.");
    }
    let engine = ctx.engine()?;
    let mut path = ApiPath::new("/images/search").query("term", &a.term);
    if a.limit > 0 {
        path = path.query("limit", &a.limit.to_string());
    }
    if let Some(f) = crate::opts::filter::to_query(&a.filter) {
        path = path.query("filters", &f);
    }
    let auth = crate::commands::auth::store::header_for(ctx.config(), &a.term);
    let headers = [("X-Registry-Auth", auth)];
    let (_, body) =
        raw::stream_with(engine, http::Method::GET, &path, &headers, Vec::new()).await?;
    let bytes = body
        .collect()
        .await
        .map_err(|e| anyhow::anyhow!("error reading response from daemon: {e}"))?
        .to_bytes();
    let results: J = raw::decode(&bytes)?;
    raw::check_go(&results, "[]SearchResult")?;
    let rows: Vec<_> = results
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| row(r, !a.no_trunc))
        .collect();
    let header = listing::header(&[
        ("Name", "NAME"),
        ("Description", "DESCRIPTION"),
        ("StarCount", "STARS"),
        ("IsOfficial", "OFFICIAL"),
    ]);
    let format = match a.format.as_deref() {
        None | Some("") => TABLE,
        Some(f) => f,
    };
    listing::write(format, TABLE, &header, &rows)
}
