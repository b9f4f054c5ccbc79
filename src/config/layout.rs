//! config.json as docker's `ConfigFile.Save` writes it: `json.MarshalIndent` with tabs (no
//! final newline), the known keys in docker's struct order with their empty values left out
//! (`auths` always there), map keys sorted, `auths` entries holding only what docker keeps
//! (`auth` re-encoded from the user and password, `email`, the tokens), `User-Agent` headers
//! dropped. Unlike docker, keys hvdock does not know are kept, after the known ones, as the file
//! had them: hvdock never drops another tool's settings.

use serde_json::{Map, Value};

/// A known key and the shape docker gives its value.
enum Shape {
    Auths,
    Headers,
    Text,
    Strings,
    TextMap,
    Proxies,
    Plugins,
}

/// docker 28.2.2's `ConfigFile` fields, in order.
const KNOWN: [(&str, Shape); 25] = [
    ("auths", Shape::Auths),
    ("HttpHeaders", Shape::Headers),
    ("psFormat", Shape::Text),
    ("imagesFormat", Shape::Text),
    ("networksFormat", Shape::Text),
    ("pluginsFormat", Shape::Text),
    ("volumesFormat", Shape::Text),
    ("statsFormat", Shape::Text),
    ("detachKeys", Shape::Text),
    ("credsStore", Shape::Text),
    ("credHelpers", Shape::TextMap),
    ("serviceInspectFormat", Shape::Text),
    ("servicesFormat", Shape::Text),
    ("tasksFormat", Shape::Text),
    ("secretFormat", Shape::Text),
    ("configFormat", Shape::Text),
    ("nodesFormat", Shape::Text),
    ("pruneFilters", Shape::Strings),
    ("proxies", Shape::Proxies),
    ("currentContext", Shape::Text),
    ("cliPluginsExtraDirs", Shape::Strings),
    ("plugins", Shape::Plugins),
    ("aliases", Shape::TextMap),
    ("features", Shape::TextMap),
    ("experimental", Shape::Text),
];

const AUTH_FIELDS: [&str; 4] = ["auth", "email", "identitytoken", "registrytoken"];
const PROXY_FIELDS: [&str; 5] = ["httpProxy", "httpsProxy", "noProxy", "ftpProxy", "allProxy"];

fn empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
        _ => false,
    }
}

/// A map with its keys sorted (Go marshals maps so), each value through `each`; a value that
/// is not a map is kept as it is.
fn sorted(v: &Value, each: impl Fn(&Value) -> Value) -> Value {
    let Value::Object(m) = v else {
        return v.clone();
    };
    let mut keys: Vec<&String> = m.keys().collect();
    keys.sort();
    Value::Object(keys.into_iter().map(|k| (k.clone(), each(&m[k]))).collect())
}

/// A struct of string fields `fields` (all `omitempty`), in that order; other keys dropped.
fn fields(v: &Value, fields: &[&str]) -> Value {
    let Value::Object(m) = v else {
        return v.clone();
    };
    Value::Object(
        fields
            .iter()
            .filter_map(|f| {
                m.get(*f)
                    .filter(|x| !empty(x))
                    .map(|x| (f.to_string(), x.clone()))
            })
            .collect(),
    )
}

/// One `auths` entry as docker saves it: the user and password it loaded (from `auth`, or an
/// old file's `username` and `password`) encoded again as `auth` (none when both are empty),
/// then `email` and the tokens.
fn auth_entry(v: &Value) -> Value {
    let Value::Object(m) = v else {
        return v.clone();
    };
    let text = |k: &str| m.get(k).and_then(Value::as_str).unwrap_or_default();
    let auth = match text("auth") {
        "" => (text("username"), text("password")),
        auth => match super::auth::decode(auth) {
            Ok(Some((user, password))) if user.is_empty() && password.is_empty() => ("", ""),
            // What docker could not decode it warned about on loading; it is kept as it is.
            _ => return fields(v, &AUTH_FIELDS),
        },
    };
    let mut entry = Map::new();
    if !(auth.0.is_empty() && auth.1.is_empty()) {
        use base64::Engine as _;
        let pair = format!("{}:{}", auth.0, auth.1);
        let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
        entry.insert("auth".into(), Value::String(encoded));
    }
    if let Value::Object(rest) = fields(v, &AUTH_FIELDS[1..]) {
        entry.extend(rest);
    }
    Value::Object(entry)
}

fn shaped(shape: &Shape, v: &Value) -> Value {
    match shape {
        Shape::Auths => sorted(v, auth_entry),
        Shape::Headers => {
            let kept = match v {
                Value::Object(m) => Value::Object(
                    m.iter()
                        .filter(|(k, _)| !k.eq_ignore_ascii_case("User-Agent"))
                        .map(|(k, x)| (k.clone(), x.clone()))
                        .collect(),
                ),
                other => other.clone(),
            };
            sorted(&kept, Value::clone)
        }
        Shape::TextMap => sorted(v, Value::clone),
        Shape::Proxies => sorted(v, |p| fields(p, &PROXY_FIELDS)),
        Shape::Plugins => sorted(v, |p| sorted(p, Value::clone)),
        Shape::Text | Shape::Strings => v.clone(),
    }
}

/// The file's bytes.
pub fn render(data: &Map<String, Value>) -> Vec<u8> {
    let mut out = Map::new();
    for (key, shape) in &KNOWN {
        let value = match (data.get(*key), shape) {
            (Some(v), _) => shaped(shape, v),
            (None, Shape::Auths) => Value::Object(Map::new()),
            (None, _) => continue,
        };
        if empty(&value) && !matches!(shape, Shape::Auths) {
            continue;
        }
        out.insert(key.to_string(), value);
    }
    for (k, v) in data {
        if !KNOWN.iter().any(|(known, _)| known == k) {
            out.insert(k.clone(), v.clone());
        }
    }
    let mut text = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(
        &mut text,
        serde_json::ser::PrettyFormatter::with_indent(b"\t"),
    );
    let _ = serde::Serialize::serialize(&Value::Object(out), &mut ser);
    let text = String::from_utf8(text).unwrap_or_default();
    crate::format::go_json::escape_html(&text).into_bytes()
}
