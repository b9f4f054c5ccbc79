//! `hvdock events` / `system events`: the daemon's event stream (`GET /events`) with
//! `--since/--until` as docker's client turns them into timestamps, `--filter`, and docker's
//! line (`2026-11-29T20:00:00.123456789Z container start <id> (k=v, ...)`, local time,
//! attributes sorted) or a `--format` template over `events.Message` (`json` prints the message).
//! Streams until `--until` is reached, the daemon ends the stream, or Ctrl-C.

use std::io::Write;
use std::rc::Rc;

use anyhow::Result;
use futures_util::StreamExt;
use http_body_util::BodyStream;
use serde_json::Value as J;

use crate::cli::system::EventsArgs;
use crate::commands::container::timestamp::{get_timestamp, local_offset};
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::format::value::{Object, Value};

/// `events.Message` for templates: Go field names, zero values for what the daemon left out,
/// and the daemon's JSON for `{{json .}}`.
struct Message(J);

const FIELDS: &[(&str, &str)] = &[
    ("Status", "status"),
    ("ID", "id"),
    ("From", "from"),
    ("Type", "Type"),
    ("Action", "Action"),
    ("Actor", "Actor"),
    ("Scope", "scope"),
    ("Time", "time"),
    ("TimeNano", "timeNano"),
];

impl Object for Message {
    fn type_name(&self) -> &str {
        "*events.Message"
    }
    fn field_names(&self) -> Vec<String> {
        FIELDS.iter().map(|(go, _)| go.to_string()).collect()
    }
    fn field(&self, name: &str) -> Option<Value> {
        let (_, key) = FIELDS.iter().find(|(go, _)| *go == name)?;
        Some(match (name, self.0.get(*key)) {
            ("Actor", v) => {
                let actor = v.cloned().unwrap_or(J::Null);
                Value::Struct(Rc::new(Actor(actor)))
            }
            (_, Some(v)) => Value::from_json(v),
            ("Time" | "TimeNano", None) => Value::Int(0),
            (_, None) => Value::from(""),
        })
    }
    fn to_json(&self) -> Option<J> {
        Some(self.0.clone())
    }
}

struct Actor(J);

impl Object for Actor {
    fn type_name(&self) -> &str {
        "events.Actor"
    }
    fn field_names(&self) -> Vec<String> {
        vec!["ID".into(), "Attributes".into()]
    }
    fn field(&self, name: &str) -> Option<Value> {
        match name {
            "ID" => Some(Value::from(
                self.0.get("ID").and_then(J::as_str).unwrap_or_default(),
            )),
            "Attributes" => Some(match self.0.get("Attributes") {
                Some(J::Object(m)) => {
                    let mut sorted: std::collections::BTreeMap<String, Value> = Default::default();
                    for (k, v) in m {
                        sorted.insert(k.clone(), Value::from_json(v));
                    }
                    Value::Map(sorted.into())
                }
                _ => Value::Map(Default::default()),
            }),
            _ => None,
        }
    }
    fn to_json(&self) -> Option<J> {
        Some(self.0.clone())
    }
}

/// Go's `RFC3339NanoFixed` of a Unix time in nanoseconds, in the local zone.
pub fn fixed_nano(nanos: i128, offset: i64) -> String {
    let secs = nanos.div_euclid(1_000_000_000) as i64;
    let frac = nanos.rem_euclid(1_000_000_000);
    let t = crate::clock::Time::from_unix(secs + offset).rfc3339_nano();
    let base = t.trim_end_matches('Z');
    let zone = if offset == 0 {
        "Z".to_string()
    } else {
        let sign = if offset < 0 { '-' } else { '+' };
        let o = offset.abs();
        format!("{sign}{:02}:{:02}", o / 3600, o % 3600 / 60)
    };
    format!("{base}.{frac:09}{zone}")
}

/// docker's `prettyPrintEvent`.
fn pretty(v: &J, offset: i64) -> String {
    let mut out = String::new();
    let nano = v.get("timeNano").and_then(J::as_i64).unwrap_or(0);
    let secs = v.get("time").and_then(J::as_i64).unwrap_or(0);
    if nano != 0 {
        out.push_str(&fixed_nano(nano as i128, offset));
        out.push(' ');
    } else if secs != 0 {
        out.push_str(&fixed_nano(secs as i128 * 1_000_000_000, offset));
        out.push(' ');
    }
    let s = |k: &str| v.get(k).and_then(J::as_str).unwrap_or_default().to_string();
    let id = v
        .pointer("/Actor/ID")
        .and_then(J::as_str)
        .unwrap_or_default();
    out.push_str(&format!("{} {} {id}", s("Type"), s("Action")));
    if let Some(attrs) = v.pointer("/Actor/Attributes").and_then(J::as_object) {
        if !attrs.is_empty() {
            let mut pairs: Vec<(&String, String)> = attrs
                .iter()
                .map(|(k, v)| (k, v.as_str().unwrap_or_default().to_string()))
                .collect();
            pairs.sort();
            let joined: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
            out.push_str(&format!(" ({})", joined.join(", ")));
        }
    }
    out.push('\n');
    out
}

pub async fn run(ctx: &Ctx, a: EventsArgs) -> Result<()> {
    let template = match a.format.as_deref().unwrap_or_default() {
        "" => None,
        "json" => Some("{{json .}}".to_string()),
        t => Some(t.to_string()),
    };
    if let Some(t) = &template {
        let empty = Value::Struct(Rc::new(Message(J::Object(Default::default()))));
        crate::format::render(t, false, &Value::Nil, &[empty])
            .map_err(|e| CliError::message(format!("Error parsing format: {e}"), 64))?;
    }
    let now = crate::clock::Time::now();
    let now_nanos = now.secs as i128 * 1_000_000_000 + now.nanos as i128;
    let offset = local_offset();
    let mut path = ApiPath::new("/events");
    for (key, value) in [("since", &a.since), ("until", &a.until)] {
        if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
            let ts = get_timestamp(v, now_nanos, offset).map_err(|e| CliError::message(e, 1))?;
            path = path.query(key, &ts);
        }
    }
    let path = crate::commands::prune::filtered(path, &a.filter);
    let engine = ctx.engine()?;
    let (_, body) = raw::stream(engine, http::Method::GET, &path, None).await?;
    let mut frames = BodyStream::new(body);
    let mut buf: Vec<u8> = Vec::new();
    let mut interrupted = std::pin::pin!(tokio::signal::ctrl_c());
    loop {
        let frame = tokio::select! {
            f = frames.next() => f,
            _ = &mut interrupted => return Err(CliError::status(130)),
        };
        let ended = match frame {
            Some(Ok(f)) => {
                if let Ok(d) = f.into_data() {
                    buf.extend_from_slice(&d);
                }
                false
            }
            Some(Err(e)) => return Err(anyhow::anyhow!("unexpected EOF: {e}")),
            None => true,
        };
        let mut out = String::new();
        while let Some(i) = buf.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = buf.drain(..=i).collect();
            emit(&line, template.as_deref(), offset, &mut out)?;
        }
        if ended {
            let rest = std::mem::take(&mut buf);
            emit(&rest, template.as_deref(), offset, &mut out)?;
        }
        if !out.is_empty() {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(out.as_bytes())?;
            stdout.flush()?;
        }
        if ended {
            return Ok(());
        }
    }
}

fn emit(line: &[u8], template: Option<&str>, offset: i64, out: &mut String) -> Result<()> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    let v: J = serde_json::from_slice(line)?;
    match template {
        None => out.push_str(&pretty(&v, offset)),
        Some(t) => {
            let msg = Value::Struct(Rc::new(Message(v)));
            let text = crate::format::render(t, false, &Value::Nil, &[msg])
                .map_err(|e| CliError::message(e.to_string(), 1))?;
            out.push_str(&text);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docker_line() {
        let v = serde_json::json!({
            "Type": "container", "Action": "start",
            "Actor": {"ID": "abc", "Attributes": {"name": "x", "image": "busybox"}},
            "time": 1795986584, "timeNano": 1795986584774284803i64
        });
        assert_eq!(
            pretty(&v, 0),
            "2026-11-29T21:09:44.774284803Z container start abc (image=busybox, name=x)\n"
        );
        assert_eq!(
            fixed_nano(5_000_000_001, 3600),
            "1970-01-01T01:00:05.000000001+01:00"
        );
    }
}
