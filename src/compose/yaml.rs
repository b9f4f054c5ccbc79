//! YAML text → a generic JSON value, resolved as docker's loader (go-yaml v3) resolves it.
//!
//! The crate: `saphyr-parser` (the maintained successor of yaml-rust/yaml-rust2, a libyaml port, so
//! its scanner messages are libyaml's, as go-yaml's are). serde_yaml is archived; serde-saphyr
//! and noyalib deserialize straight into types, but the compose loader needs the untyped tree
//! (schema checks and interpolation run on it) and its own scalar rules. saphyr's `Yaml` tree
//! resolves plain scalars by the YAML 1.2 core schema, which is not go-yaml v3's either, so this
//! module builds the tree from parser events:
//! - `true`/`false` (any of three casings) are booleans; `yes`/`no`/`on`/`off` stay strings, as
//!   docker keeps them (`attachable: yes` → "must be a boolean"; `A: yes` in environment → `A=yes`);
//! - integers are Go's `ParseInt(s, 0, 64)` after removing `_`: `0644` is octal (420), `0x1F` is 31,
//!   `0o17`/`0b11` too — so `mode: 0440` is 288 as docker deploys it;
//! - `~`, `null`, empty are null; anchors/aliases are expanded and merge keys `<<` (a mapping or a
//!   list of them) add the keys the mapping does not set itself.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle};
use serde_json::{Map, Number, Value};

/// Parses one document; an error reads as go-yaml's (`yaml: line N: problem`, its line the
/// one go-yaml reports: for a parser error the 0-based line of the construct it was in, for a
/// scanner error the 1-based line of the problem).
pub fn parse(text: &str) -> Result<Value, String> {
    let mut b = Builder {
        anchors: HashMap::new(),
        stack: Vec::new(),
        root: None,
        dups: Vec::new(),
        line: 0,
    };
    for ev in Parser::new_from_str(text) {
        let (ev, span) =
            ev.map_err(|e| b.error(text, e.marker().line(), e.marker().index(), e.info()))?;
        b.line = span.start.line();
        b.event(ev)?;
        if b.root.is_some() {
            break;
        }
    }
    if !b.dups.is_empty() {
        return Err(format!(
            "yaml: unmarshal errors:\n  {}",
            b.dups.join("\n  ")
        ));
    }
    Ok(b.root.unwrap_or(Value::Null))
}

/// libyaml's messages carry a context ("while scanning ..., ") that go-yaml leaves out.
fn problem(info: &str) -> &str {
    match info.find(", ") {
        Some(i) if info.starts_with("while ") => &info[i + 2..],
        _ => info,
    }
}

impl Builder {
    /// go-yaml's wording and line for a scan or parse error at 1-based `line`.
    fn error(&self, text: &str, line: usize, index: usize, info: &str) -> String {
        let p = problem(info);
        let p = if p.starts_with("tabs disallowed") {
            "found character that cannot start any token"
        } else {
            p
        };
        if p == "found unknown anchor" {
            let name: String = text
                .chars()
                .skip(index + 1)
                .take_while(|c| !c.is_whitespace() && !",[]{}".contains(*c))
                .collect();
            return format!("yaml: unknown anchor '{name}' referenced");
        }
        let at = |l: usize| {
            if l == 0 {
                format!("yaml: {p}")
            } else {
                format!("yaml: line {l}: {p}")
            }
        };
        if !p.starts_with("did not find expected") {
            // A scanner error: the 1-based line, none on the first line (go-yaml tests the
            // 0-based line against 0).
            return at(if line <= 1 { 0 } else { line });
        }
        // A parser error: go-yaml prints the 0-based line of the context (the block or flow
        // collection being parsed), else of the problem.
        let context = match p {
            "did not find expected node content" => None,
            "did not find expected key" => self.open(true),
            "did not find expected '-' indicator" => self.open(false),
            _ => self.stack.last().map(Frame::line),
        };
        match context.map(|l| l.saturating_sub(1)) {
            Some(l) if l != 0 => at(l),
            _ => at(line.saturating_sub(1)),
        }
    }

    /// The start line of the innermost open mapping (`map`) or sequence.
    fn open(&self, map: bool) -> Option<usize> {
        self.stack.iter().rev().find_map(|f| match f {
            Frame::Map { line, .. } if map => Some(*line),
            Frame::Seq(_, _, line) if !map => Some(*line),
            _ => None,
        })
    }
}

enum Frame {
    /// Items, anchor, start line.
    Seq(Vec<Value>, usize, usize),
    Map {
        explicit: Map<String, Value>,
        merged: Vec<Value>,
        key: Option<Value>,
        anchor: usize,
        line: usize,
        /// The line of each key written explicitly (go-yaml refuses a repeated one).
        lines: HashMap<String, usize>,
        key_line: usize,
    },
}

impl Frame {
    fn line(&self) -> usize {
        match self {
            Frame::Seq(_, _, l) | Frame::Map { line: l, .. } => *l,
        }
    }
}

struct Builder {
    anchors: HashMap<usize, Value>,
    stack: Vec<Frame>,
    root: Option<Value>,
    /// go-yaml's unmarshal errors for repeated keys.
    dups: Vec<String>,
    /// The line of the current event.
    line: usize,
}

impl Builder {
    fn event(&mut self, ev: Event) -> Result<(), String> {
        match ev {
            Event::Scalar(text, style, anchor, tag) => {
                let v = match tag {
                    Some(t) if t.suffix == "str" => Value::String(text.to_string()),
                    _ if style != ScalarStyle::Plain => Value::String(text.to_string()),
                    _ => resolve(&text),
                };
                if anchor > 0 {
                    self.anchors.insert(anchor, v.clone());
                }
                self.value(v, false)
            }
            Event::Alias(id) => {
                let v = self
                    .anchors
                    .get(&id)
                    .cloned()
                    .ok_or("yaml: unknown anchor referenced")?;
                self.value(v, false)
            }
            Event::SequenceStart(anchor, _) => {
                self.stack.push(Frame::Seq(Vec::new(), anchor, self.line));
                Ok(())
            }
            Event::MappingStart(anchor, _) => {
                self.stack.push(Frame::Map {
                    explicit: Map::new(),
                    merged: Vec::new(),
                    key: None,
                    anchor,
                    line: self.line,
                    lines: HashMap::new(),
                    key_line: 0,
                });
                Ok(())
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (v, anchor) = match self.stack.pop() {
                    Some(Frame::Seq(items, a, _)) => (Value::Array(items), a),
                    Some(Frame::Map {
                        mut explicit,
                        merged,
                        anchor,
                        ..
                    }) => {
                        for m in merged {
                            merge_into(&mut explicit, m)?;
                        }
                        (Value::Object(explicit), anchor)
                    }
                    None => return Ok(()),
                };
                if anchor > 0 {
                    self.anchors.insert(anchor, v.clone());
                }
                self.value(v, true)
            }
            _ => Ok(()),
        }
    }

    fn value(&mut self, v: Value, _collection: bool) -> Result<(), String> {
        let line = self.line;
        match self.stack.last_mut() {
            None => self.root = Some(v),
            Some(Frame::Seq(items, _, _)) => items.push(v),
            Some(Frame::Map {
                explicit,
                merged,
                key,
                lines,
                key_line,
                ..
            }) => match key.take() {
                None => {
                    *key = Some(v);
                    *key_line = line;
                }
                Some(Value::String(k)) if k == "<<" => merged.push(v),
                Some(k) => {
                    let k = match k {
                        Value::String(s) => s,
                        Value::Null => "null".into(),
                        other => other.to_string(),
                    };
                    if let Some(first) = lines.get(&k) {
                        self.dups.push(format!(
                            "line {key_line}: mapping key {k:?} already defined at line {first}"
                        ));
                    } else {
                        lines.insert(k.clone(), *key_line);
                    }
                    explicit.insert(k, v);
                }
            },
        }
        Ok(())
    }
}

/// A merge key's value: a mapping, or a list of mappings (earlier ones win).
fn merge_into(into: &mut Map<String, Value>, m: Value) -> Result<(), String> {
    match m {
        Value::Object(o) => {
            for (k, v) in o {
                into.entry(k).or_insert(v);
            }
            Ok(())
        }
        Value::Array(list) => list.into_iter().try_for_each(|m| match m {
            Value::Object(_) => merge_into(into, m),
            _ => Err("yaml: map merge requires map or sequence of maps as the value".into()),
        }),
        _ => Err("yaml: map merge requires map or sequence of maps as the value".into()),
    }
}

/// go-yaml v3's resolution of a plain scalar.
pub fn resolve(s: &str) -> Value {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf" | "-.INF"
        | ".nan" | ".NaN" | ".NAN" => return Value::String(s.to_string()),
        _ => {}
    }
    let first = s.as_bytes()[0];
    if !(first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.')) {
        return Value::String(s.to_string());
    }
    let plain = s.replace('_', "");
    if let Some(i) = go_parse_int(&plain) {
        return Value::Number(i.into());
    }
    if is_float(&plain) {
        if let Some(n) = plain.parse::<f64>().ok().and_then(Number::from_f64) {
            return Value::Number(n);
        }
    }
    Value::String(s.to_string())
}

/// Go's `strconv.ParseInt(s, 0, 64)`: sign, then `0x`, `0o`, `0b` or a leading `0` (octal).
fn go_parse_int(s: &str) -> Option<i64> {
    let (neg, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..])
    } else {
        (10, lower.as_str())
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let v = i128::from_str_radix(digits, radix).ok()?;
    let v = if neg { -v } else { v };
    i64::try_from(v).ok()
}

/// go-yaml's float syntax: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
fn is_float(s: &str) -> bool {
    let b = s.trim_start_matches(['-', '+']);
    if s.len() - b.len() > 1 {
        return false;
    }
    let (mant, exp) = match b.find(['e', 'E']) {
        Some(i) => (&b[..i], Some(&b[i + 1..])),
        None => (b, None),
    };
    let ok_mant = match mant.split_once('.') {
        Some(("", f)) => !f.is_empty() && f.bytes().all(|c| c.is_ascii_digit()),
        Some((i, f)) => {
            !i.is_empty()
                && i.bytes().all(|c| c.is_ascii_digit())
                && f.bytes().all(|c| c.is_ascii_digit())
        }
        None => !mant.is_empty() && mant.bytes().all(|c| c.is_ascii_digit()),
    };
    let ok_exp = exp.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && e.bytes().all(|c| c.is_ascii_digit())
    });
    ok_mant && ok_exp
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scalars_resolve_as_go_yaml_v3() {
        let v =
            parse("a: yes\nb: on\nc: 0644\nd: 1.50\ne: 0x1F\nf: ~\ng: True\nh: '0644'\ni: 1_000\n")
                .unwrap();
        assert_eq!(
            v,
            json!({"a": "yes", "b": "on", "c": 420, "d": 1.5, "e": 31, "f": null, "g": true, "h": "0644", "i": 1000})
        );
    }

    #[test]
    fn anchors_and_merge_keys() {
        let v = parse("x: &base\n  a: 1\n  b: 2\ny:\n  <<: *base\n  b: 3\nz: *base\n").unwrap();
        assert_eq!(v["y"], json!({"b": 3, "a": 1}));
        assert_eq!(v["z"], json!({"a": 1, "b": 2}));
        let v = parse("p: &p {a: 1}\nq: &q {a: 2, c: 3}\nr:\n  <<: [*p, *q]\n").unwrap();
        assert_eq!(v["r"], json!({"a": 1, "c": 3}));
    }

    #[test]
    fn syntax_error_has_a_line() {
        let e = parse("services:\n  web:\n    image: \"x\n").unwrap_err();
        assert!(e.starts_with("yaml: line "), "{e}");
    }
}
