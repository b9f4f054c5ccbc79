//! What `ps` and `images` share: docker's formatter.Context (`--format` to text), Go's JSON string
//! escaping for row contexts' `MarshalJSON`, ID truncation, ellipsis and "N units ago".

use std::io::Write;

use anyhow::Result;

use crate::error::CliError;
use crate::format::template::print::quote;
use crate::format::value::{Object, Value};
use crate::format::{parse_format, render};

/// docker's `formatter.Context.Write`: `format` is the final format (`table ...`, `json`, or a
/// template); `default_table` fills a bare `table`. Any template error ends with docker's
/// "template parsing error: ..." and prints nothing.
pub fn write(format: &str, default_table: &str, header: &Value, rows: &[Value]) -> Result<()> {
    let (text, table) = parse_format(format).resolve(default_table);
    let out = render(&text, table, header, rows)
        .map_err(|e| CliError::message(format!("template parsing error: {e}"), 1))?;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

/// The formats of a listing (docker's `NewXFormat`): the table and the `raw` format, each with
/// its `--quiet` form.
pub struct Formats<'a> {
    pub table: &'a str,
    pub quiet: &'a str,
    pub raw: &'a str,
    pub raw_quiet: &'a str,
}

/// The format a listing uses: `--format`, else config.json's `key` (not with `-q`), else
/// `table`; then `table`/`raw` replaced by their (quiet) templates.
pub fn choose_format(
    given: Option<&str>,
    configured: Option<&str>,
    quiet: bool,
    f: &Formats,
) -> String {
    let chosen = match given.filter(|g| !g.is_empty()) {
        Some(g) => g,
        None => match configured {
            Some(c) if !quiet => c,
            _ => "table",
        },
    };
    match (chosen, quiet) {
        ("table", true) => f.quiet,
        ("table", false) => f.table,
        ("raw", true) => f.raw_quiet,
        ("raw", false) => f.raw,
        (other, _) => other,
    }
    .to_string()
}

/// Leaves the rows to the end of the process instead of freeing them: a listing is the last
/// thing a command does, and freeing hundreds of parsed JSON trees one allocation at a time
/// costs more than formatting them did.
pub fn leave(rows: Vec<Value>) {
    std::mem::forget(rows);
}

/// The header context: field name to column title (docker's `SubHeaderContext`, a
/// `map[string]string` with a `Label` method).
pub fn header(pairs: &[(&str, &str)]) -> Value {
    Value::Struct(std::rc::Rc::new(Header(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    )))
}

struct Header(Vec<(String, String)>);

impl Object for Header {
    fn type_name(&self) -> &str {
        "formatter.SubHeaderContext"
    }
    fn field_names(&self) -> Vec<String> {
        self.0.iter().map(|(k, _)| k.clone()).collect()
    }
    fn field(&self, name: &str) -> Option<Value> {
        match self.0.iter().find(|(k, _)| k == name) {
            Some((_, v)) => Some(Value::from(v.as_str())),
            None if name == "Label" => None,
            None => Some(Value::NoValue),
        }
    }
    /// `{{.Label "com.example.x"}}`: the last dotted part, `-` and `_` as spaces.
    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        (name == "Label").then(|| {
            label_method(args, |l| {
                let last = l.rsplit('.').next().unwrap_or_default();
                last.replace(['-', '_'], " ")
            })
        })
    }
}

/// A row's `.Label KEY` method with Go's checks of its argument (`want 1 got 0`, `expected
/// string`); `value` gives the label's text.
pub fn label_method(args: &[Value], value: impl Fn(&str) -> String) -> Result<Value, String> {
    match args {
        [Value::Str(k)] => Ok(Value::Str(value(k))),
        [other] => Err(format!(
            "wrong type for value; expected string; got {}",
            other.type_name()
        )),
        _ => Err(format!(
            "wrong number of args for Label: want 1 got {}",
            args.len()
        )),
    }
}

/// docker's `TruncateID`: drop an algorithm prefix, keep 12 characters.
/// An ID as a listing shows it: truncated unless `--no-trunc`.
pub fn shown_id(id: &str, trunc: bool) -> String {
    if trunc {
        truncate_id(id)
    } else {
        id.to_string()
    }
}

pub fn truncate_id(id: &str) -> String {
    let id = id.split_once(':').map_or(id, |(_, rest)| rest);
    id.chars().take(12).collect()
}

/// A rune's display width as docker's `Ellipsis` counts it: 2 for wide East Asian runes, else 1.
fn char_width(c: char) -> usize {
    if unicode_width::UnicodeWidthChar::width(c) == Some(2) {
        2
    } else {
        1
    }
}

/// docker's `formatter.Ellipsis`: at most `max` display columns, the last one `…` when cut.
pub fn ellipsis(s: &str, max: usize) -> String {
    if max == 0 {
        return String::new();
    }
    let rs: Vec<char> = s.chars().collect();
    if max == 1 {
        return match rs.first() {
            Some(&c) if char_width(c) == 1 => c.to_string(),
            _ => String::new(),
        };
    }
    let total: usize = rs.iter().map(|&c| char_width(c)).sum();
    if total <= max {
        return s.to_string();
    }
    let mut width = 0;
    let mut out = String::new();
    for &c in &rs {
        width += char_width(c);
        if width > max - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// go-units `HumanDuration(now - t) + " ago"` for a Unix time in seconds.
pub fn ago(created: i64) -> String {
    let now = crate::clock::Time::now();
    let nanos = (now.secs - created) as i128 * 1_000_000_000 + now.nanos as i128;
    let d = std::time::Duration::from_nanos(nanos.clamp(0, u64::MAX as i128) as u64);
    format!("{} ago", crate::format::units::human_duration(d))
}

/// go-units `HumanDuration(now - t) + " ago"` for an RFC 3339 time (to the nanosecond).
pub fn ago_rfc3339(ts: &str) -> String {
    let now = crate::clock::Time::now();
    let t = crate::clock::parse_rfc3339(ts).unwrap_or(now);
    let nanos = (now.secs - t.secs) as i128 * 1_000_000_000 + now.nanos as i128 - t.nanos as i128;
    let d = std::time::Duration::from_nanos(nanos.clamp(0, u64::MAX as i128) as u64);
    format!("{} ago", crate::format::units::human_duration(d))
}

/// Go's `time.Unix(secs, 0).String()` (UTC).
pub fn go_time(secs: i64) -> String {
    crate::clock::Time::from_unix(secs).go_string()
}

/// Go's `strconv.Quote`.
pub fn go_quote(s: &str) -> String {
    quote(s, false)
}

/// A JSON string as Go's `json.Marshal` writes it (HTML-safe: `<`, `>`, `&` escaped). Runs of
/// bytes that need no escape are copied whole.
pub fn json_string(s: &str, out: &mut String) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut plain = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // U+2028 and U+2029 are E2 80 A8/A9 in UTF-8.
        let line_sep = b == 0xE2
            && bytes.get(i + 1) == Some(&0x80)
            && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9));
        let escape: Option<&str> = match b {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'\n' => Some("\\n"),
            b'\r' => Some("\\r"),
            b'\t' => Some("\\t"),
            0x08 => Some("\\b"),
            0x0C => Some("\\f"),
            b'<' | b'>' | b'&' => Some(""),
            b if b < 0x20 => Some(""),
            _ if line_sep => Some(""),
            _ => None,
        };
        let Some(escape) = escape else {
            i += 1;
            continue;
        };
        out.push_str(&s[plain..i]);
        let width = if line_sep { 3 } else { 1 };
        if escape.is_empty() {
            let c = s[i..].chars().next().unwrap_or_default();
            let _ = std::fmt::Write::write_fmt(out, format_args!("\\u{:04x}", c as u32));
        } else {
            out.push_str(escape);
        }
        i += width;
        plain = i;
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

/// Go's `json.Marshal` of a `map[string]any` whose values are strings (`None`: null) or
/// already-encoded JSON (`raw`): keys sorted.
pub fn marshal_map(entries: Vec<(&str, Option<String>)>, raw: &[(&str, String)]) -> String {
    enum V<'a> {
        Text(Option<&'a str>),
        Raw(&'a str),
    }
    let mut all: Vec<(&str, V<'_>)> = entries
        .iter()
        .map(|(k, v)| (*k, V::Text(v.as_deref())))
        .chain(raw.iter().map(|(k, v)| (*k, V::Raw(v.as_str()))))
        .collect();
    all.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut out = String::with_capacity(512);
    out.push('{');
    for (i, (k, v)) in all.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_string(k, &mut out);
        out.push(':');
        match v {
            V::Text(Some(t)) => json_string(t, &mut out),
            V::Text(None) => out.push_str("null"),
            V::Raw(r) => out.push_str(r),
        }
    }
    out.push('}');
    out
}

/// The daemon's JSON fields, read leniently.
pub fn jstr<'a>(v: &'a serde_json::Value, k: &str) -> &'a str {
    v.get(k)
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
}

pub fn jint(v: &serde_json::Value, k: &str) -> i64 {
    v.get(k)
        .and_then(serde_json::Value::as_i64)
        .unwrap_or_default()
}

/// `familiar` image names: `docker.io/library/x` is `x`, `docker.io/u/x` is `u/x`.
pub fn familiar(name: &str) -> String {
    for p in [
        "docker.io/library/",
        "index.docker.io/library/",
        "docker.io/",
        "index.docker.io/",
    ] {
        if let Some(rest) = name.strip_prefix(p) {
            if !rest.is_empty() {
                return rest.to_string();
            }
        }
    }
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers_match_docker() {
        assert_eq!(truncate_id("sha256:0123456789abcdef"), "0123456789ab");
        assert_eq!(truncate_id("abc"), "abc");
        assert_eq!(ellipsis("0123456789abcdefgh", 15), "0123456789abcd…");
        assert_eq!(ellipsis("short", 15), "short");
        assert_eq!(ellipsis("日本語日本語日本語", 5), "日本…");
        let mut s = String::new();
        json_string("a<b>&\"\u{1}", &mut s);
        assert_eq!(s, "\"a\\u003cb\\u003e\\u0026\\\"\\u0001\"");
        let mut s = String::new();
        json_string("é\u{2028}x\u{2029}\t\n\\日€", &mut s);
        assert_eq!(s, "\"é\\u2028x\\u2029\\t\\n\\\\日€\"");
        assert_eq!(
            marshal_map(vec![("b", Some("x".into())), ("a", None)], &[]),
            "{\"a\":null,\"b\":\"x\"}"
        );
        assert_eq!(familiar("docker.io/library/busybox:1"), "busybox:1");
        assert_eq!(familiar("quay.io/x/y"), "quay.io/x/y");
    }
}
