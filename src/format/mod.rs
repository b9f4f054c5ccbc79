//! INTERIM STUB: replaced by the full Go text/template engine (being written in parallel).
//! Supports only `{{.Field.Path}}` and `{{json .Field.Path}}` over JSON values.

pub mod template;
pub mod units;
pub mod value;

pub enum Format {
    Default,
    Table(Option<String>),
    Json,
    Raw(String),
}

pub fn parse_format(s: &str) -> Format {
    let t = s.trim();
    if t.is_empty() {
        Format::Default
    } else if t == "json" {
        Format::Json
    } else if t == "table" {
        Format::Table(None)
    } else if let Some(rest) = t.strip_prefix("table ") {
        Format::Table(Some(rest.to_string()))
    } else {
        Format::Raw(s.to_string())
    }
}
