//! A formatter context made of named fields (docker's `networkContext`, `volumeContext`,
//! `statsContext`, ...): zero-argument methods as fields, `.Label "k"` over a label map, and
//! `{{json .}}` as docker's `formatter.MarshalJSON` (every method, keys sorted).

use std::collections::BTreeMap;
use std::rc::Rc;

use serde_json::Value as J;

use crate::commands::listing::json_string;
use crate::format::value::{Object, Value};

pub struct Fields {
    type_name: &'static str,
    fields: Vec<(&'static str, Value)>,
    /// Fields hvdock adds to docker's context (`.Isolation`): reachable in templates, left out
    /// of `{{json .}}` so that stays docker's.
    labels: BTreeMap<String, String>,
    /// Whether `.Label` exists on this context.
    has_label: bool,
    /// hvdock's own fields (`.Isolation`): readable by templates, left out of `{{json .}}` so
    /// that it matches docker's byte for byte.
    hidden: Vec<&'static str>,
}

impl Fields {
    pub fn new(type_name: &'static str) -> Fields {
        Fields {
            type_name,
            fields: Vec::new(),
            labels: BTreeMap::new(),
            has_label: false,
            hidden: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, v: impl Into<Value>) -> Fields {
        self.fields.push((name, v.into()));
        self
    }

    /// Adds a field of hvdock's own, which `{{json .}}` leaves out.
    pub fn hidden(mut self, name: &'static str, v: impl Into<Value>) -> Fields {
        self.hidden.push(name);
        self.with(name, v)
    }

    /// Adds `.Labels` (`k=v` joined by commas, sorted) and `.Label "k"` from a JSON map.
    pub fn labels(mut self, labels: Option<&J>) -> Fields {
        self.has_label = true;
        if let Some(m) = labels.and_then(J::as_object) {
            for (k, v) in m {
                self.labels
                    .insert(k.clone(), v.as_str().unwrap_or_default().to_string());
            }
        }
        let joined: Vec<String> = self
            .labels
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        self.with("Labels", joined.join(","))
    }

    pub fn into_value(self) -> Value {
        Value::Struct(Rc::new(self))
    }
}

impl Object for Fields {
    fn type_name(&self) -> &str {
        self.type_name
    }
    fn field_names(&self) -> Vec<String> {
        self.fields.iter().map(|(k, _)| k.to_string()).collect()
    }
    fn field(&self, name: &str) -> Option<Value> {
        self.fields
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }
    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        (name == "Label" && self.has_label).then(|| {
            crate::commands::listing::label_method(args, |k| {
                self.labels.get(k).cloned().unwrap_or_default()
            })
        })
    }
    fn marshal_json(&self) -> Option<String> {
        let mut sorted: Vec<&(&str, Value)> = self
            .fields
            .iter()
            .filter(|(k, _)| !self.hidden.contains(k))
            .collect();
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        let mut out = String::from("{");
        for (i, (k, v)) in sorted.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            json_string(k, &mut out);
            out.push(':');
            match v {
                Value::Str(s) => json_string(s, &mut out),
                other => out.push_str(&other.to_go_json().unwrap_or_else(|| "null".into())),
            }
        }
        out.push('}');
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_sorted_and_labels() {
        let l = serde_json::json!({"b": "2", "a": "1"});
        let f = Fields::new("*x")
            .with("Name", "n<")
            .labels(Some(&l))
            .with("Bool", true);
        assert_eq!(
            f.marshal_json().unwrap(),
            r#"{"Bool":true,"Labels":"a=1,b=2","Name":"n\u003c"}"#
        );
        assert!(
            matches!(f.call("Label", &[Value::from("a")]), Some(Ok(Value::Str(s))) if s == "1")
        );
        assert!(Fields::new("*y").call("Label", &[]).is_none());
    }
}

/// Go's `time.Time.String()` of an RFC 3339 time as the daemon sent it (zone kept):
/// `2025-01-02 03:04:05.123 +0000 UTC`, or `... +0200 +0200` for a fixed offset.
pub fn go_time_text(s: &str) -> String {
    let Some(t) = crate::clock::parse_rfc3339(s) else {
        return "0001-01-01 00:00:00 +0000 UTC".into();
    };
    let (date, rest) = (
        s.get(..10).unwrap_or_default(),
        s.get(11..).unwrap_or_default(),
    );
    let end = rest.find(['Z', 'z', '+', '-']).unwrap_or(rest.len());
    let (clock, zone) = rest.split_at(end);
    let (hms, frac) = clock.split_once('.').unwrap_or((clock, ""));
    let _ = t;
    let frac = frac.trim_end_matches('0');
    let frac = if frac.is_empty() {
        String::new()
    } else {
        format!(".{frac}")
    };
    let zone = match zone {
        "Z" | "z" | "" => "+0000 UTC".to_string(),
        z => {
            let z = z.replace(':', "");
            format!("{z} {z}")
        }
    };
    format!("{date} {hms}{frac} {zone}")
}

#[cfg(test)]
mod time_tests {
    #[test]
    fn go_time_text() {
        assert_eq!(
            super::go_time_text("2025-01-02T03:04:05.120Z"),
            "2025-01-02 03:04:05.12 +0000 UTC"
        );
        assert_eq!(
            super::go_time_text("2025-01-02T03:04:05+02:00"),
            "2025-01-02 03:04:05 +0200 +0200"
        );
        assert_eq!(super::go_time_text("junk"), "0001-01-01 00:00:00 +0000 UTC");
    }
}
