//! `--format` support: Go templates, docker's template functions, tables.
//!
//! * [`value`]: the data model templates run over.
//! * [`template`]: Go's `text/template` (parse + execute) with docker's funcs.
//! * [`table`]: Go/docker `tabwriter` alignment.
//! * [`units`]: go-units human sizes and durations.
//! * [`go_json`]: the wording of Go's `encoding/json` errors.
//! * [`go_decode`]: Go's type errors decoding an answer into docker's structs.

pub mod go_decode;
pub mod go_json;
pub mod gotype;
pub mod image_tree;
pub mod table;
pub mod template;
pub mod units;
pub mod value;

use template::{Template, TemplateError};
use value::Value;

/// What a `--format` value asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    /// No `--format` given (empty string).
    Default,
    /// `table` (None: the command's default table) or `table <template>`,
    /// the template already pre-processed like docker's `preFormat`.
    Table(Option<String>),
    /// Exactly `json`: `{{json .}}` per row.
    Json,
    /// Any other template, pre-processed like docker's `preFormat`.
    Raw(String),
}

/// docker's preFormat clean-up: trim spaces, turn literal `\t`/`\n` into
/// tab/newline.
fn clean(s: &str) -> String {
    s.trim_matches(' ')
        .replace("\\t", "\t")
        .replace("\\n", "\n")
}

/// Classify a `--format` argument the way docker/cli does (`table` prefix,
/// exact `json`, empty = default, anything else a template).
pub fn parse_format(s: &str) -> Format {
    if let Some(rest) = s.strip_prefix("table") {
        let t = clean(rest);
        return Format::Table(if t.is_empty() { None } else { Some(t) });
    }
    match s {
        "" => Format::Default,
        "json" => Format::Json,
        _ => Format::Raw(clean(s)),
    }
}

impl Format {
    /// The template text to execute and whether output is a table.
    /// `default_table` is the command's default table template (without the
    /// `table` prefix), used for `Default` and bare `table`.
    pub fn resolve(&self, default_table: &str) -> (String, bool) {
        match self {
            Format::Default | Format::Table(None) => (clean(default_table), true),
            Format::Table(Some(t)) => (t.clone(), true),
            Format::Json => ("{{json .}}".to_string(), false),
            Format::Raw(t) => (t.clone(), false),
        }
    }

    #[cfg(test)]
    pub fn is_table(&self) -> bool {
        matches!(self, Format::Default | Format::Table(_))
    }
}

/// Render rows the way docker's `formatter.Context.Write` does: one template
/// execution per row, each followed by a newline; in table mode a header row
/// (the same template run in header mode over `header`, errors ignored) is
/// prepended and everything is aligned with docker's tabwriter settings.
/// Template errors are returned with docker's "template parsing error: "
/// prefix left to the caller.
pub fn render(
    text: &str,
    table: bool,
    header: &Value,
    rows: &[Value],
) -> Result<String, TemplateError> {
    let tmpl = Template::parse("", text)?;
    let mut body = String::new();
    for row in rows {
        tmpl.execute(row, &mut body)?;
        body.push('\n');
    }
    if !table {
        return Ok(body);
    }
    let mut head = String::new();
    let _ = tmpl.execute_header(header, &mut head);
    let mut tw = table::TabWriter::docker();
    tw.write_str(&head);
    tw.write_str("\n");
    tw.write_str(&body);
    Ok(tw.flush())
}

#[cfg(test)]
mod tests {
    use super::value::StructValue;
    use super::*;

    #[test]
    fn parse_format_variants() {
        assert_eq!(parse_format(""), Format::Default);
        assert_eq!(parse_format("json"), Format::Json);
        assert_eq!(parse_format(" json"), Format::Raw("json".into()));
        assert_eq!(parse_format("table"), Format::Table(None));
        assert_eq!(parse_format("table   "), Format::Table(None));
        assert_eq!(
            parse_format("table {{.ID}}\\t{{.Name}}"),
            Format::Table(Some("{{.ID}}\t{{.Name}}".into()))
        );
        assert_eq!(
            parse_format("  {{.ID}}\\n "),
            Format::Raw("{{.ID}}\n".into())
        );
        assert_eq!(parse_format("{{.ID}}"), Format::Raw("{{.ID}}".into()));
        assert_eq!(Format::Json.resolve("x"), ("{{json .}}".into(), false));
        assert_eq!(
            Format::Default.resolve("{{.A}}\\t{{.B}}"),
            ("{{.A}}\t{{.B}}".into(), true)
        );
        assert!(parse_format("table").is_table());
        assert!(!parse_format("{{.A}}").is_table());
    }

    fn row(id: &str, name: &str) -> Value {
        StructValue::new("*formatter.ContainerContext")
            .with("ID", id)
            .with("Names", name)
            .into_value()
    }

    fn header() -> Value {
        let mut m = std::collections::BTreeMap::new();
        m.insert("ID".to_string(), Value::from("CONTAINER ID"));
        m.insert("Names".to_string(), Value::from("NAMES"));
        Value::Map(m.into())
    }

    #[test]
    fn render_table_with_header_mode() {
        let rows = vec![row("0123456789abcdef", "web"), row("fedcba987654", "db")];
        let out = render(
            "{{truncate .ID 4}}\t{{upper .Names}}",
            true,
            &header(),
            &rows,
        )
        .unwrap();
        assert_eq!(
            out,
            "CONTAINER ID   NAMES\n0123           WEB\nfedc           DB\n"
        );
    }

    #[test]
    fn render_raw_rows() {
        let rows = vec![row("a", "x"), row("b", "y")];
        let out = render("{{.ID}}-{{.Names}}", false, &Value::Nil, &rows).unwrap();
        assert_eq!(out, "a-x\nb-y\n");
        let out = render("{{json .}}", false, &Value::Nil, &rows[..1]).unwrap();
        assert_eq!(out, "{\"ID\":\"a\",\"Names\":\"x\"}\n");
    }

    #[test]
    fn render_table_no_rows_still_has_header() {
        let out = render("{{.ID}}\t{{.Names}}", true, &header(), &[]).unwrap();
        assert_eq!(out, "CONTAINER ID   NAMES\n");
    }

    #[test]
    fn render_errors() {
        let e = render("{{.Nope}}", false, &Value::Nil, &[row("a", "b")]).unwrap_err();
        assert_eq!(
            e.message,
            "template: :1:2: executing \"\" at <.Nope>: can't evaluate field Nope in type *formatter.ContainerContext"
        );
        let e = render("{{", false, &Value::Nil, &[]).unwrap_err();
        assert_eq!(e.kind, template::ErrorKind::Parse);
        assert_eq!(e.message, "template: :1: unclosed action");
    }
}
