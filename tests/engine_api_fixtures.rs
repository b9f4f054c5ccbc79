//! The Windows-daemon fixtures (`tests/fixtures/windows-daemon/*.json`) are answers written from
//! the Engine API documentation, not recorded: this checks their shape against the API's
//! published schema (moby's swagger for API 1.41, the reduced copy in
//! `tests/fixtures/engine-api/v1.41-responses.json`, made by `scripts/engine-api-schema.py`), so
//! they cannot say what no daemon of that API would: a field that does not exist, a value of the
//! wrong type or outside an enumeration, a required field missing.
//!
//! The validator covers the part of Swagger 2.0 that file uses: `$ref`, `allOf`, `type`,
//! `properties` (with no `additionalProperties`, any other key is an error), `additionalProperties`,
//! `items`, `enum`, `required`, `x-nullable`. Go's encoding/json writes a nil map, slice or
//! pointer-to-struct as `null`, so `null` is accepted for objects and arrays (the daemon sends
//! `"Warnings": null`); for strings, numbers and booleans only where the schema says `x-nullable`.

use serde_json::Value;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn load(rel: &str) -> Value {
    let text = std::fs::read_to_string(format!("{DIR}/{rel}")).expect("fixture");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

struct Schema {
    doc: Value,
}

impl Schema {
    fn load() -> Schema {
        let doc = load("engine-api/v1.41-responses.json");
        assert_eq!(doc["api_version"], "1.41");
        Schema { doc }
    }

    fn response(&self, endpoint: &str) -> &Value {
        let r = &self.doc["responses"][endpoint];
        assert!(r.is_object(), "no schema for {endpoint}");
        r
    }

    fn resolve<'a>(&'a self, s: &'a Value) -> &'a Value {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let name = r.rsplit('/').next().unwrap_or_default();
                let d = &self.doc["definitions"][name];
                assert!(d.is_object(), "unresolved {r}");
                self.resolve(d)
            }
            None => s,
        }
    }

    /// Property names an object schema declares, through `allOf`; `None` when it allows any.
    fn declared(&self, s: &Value, out: &mut Vec<String>) -> bool {
        let s = self.resolve(s);
        let mut closed = false;
        if let Some(p) = s.get("properties").and_then(Value::as_object) {
            out.extend(p.keys().cloned());
            closed = true;
        }
        if s.get("additionalProperties").is_some() {
            return false;
        }
        for part in s
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            closed |= self.declared(part, out);
            if self.resolve(part).get("additionalProperties").is_some() {
                return false;
            }
        }
        closed
    }

    /// Every way `v` breaks schema `s`, each as "path: problem".
    fn check(&self, s: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
        let s = self.resolve(s);
        for part in s
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.check_shape(part, v, path, errors);
        }
        self.check_shape(s, v, path, errors);
        if let Value::Object(m) = v {
            let mut names = Vec::new();
            if self.declared(s, &mut names) {
                for k in m.keys().filter(|k| !names.contains(k)) {
                    errors.push(format!("{path}.{k}: not in the API's schema"));
                }
            }
        }
    }

    /// `type`, `enum`, `required`, `properties`, `additionalProperties`, `items` of one schema.
    fn check_shape(&self, s: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
        let s = self.resolve(s);
        if let Some(parts) = s.get("allOf").and_then(Value::as_array) {
            for part in parts {
                self.check_shape(part, v, path, errors);
            }
        }
        let ty = s.get("type").and_then(Value::as_str);
        let nullable = s.get("x-nullable").and_then(Value::as_bool) == Some(true)
            || matches!(ty, Some("object") | Some("array"))
            || (ty.is_none() && (s.get("properties").is_some() || s.get("allOf").is_some()));
        if v.is_null() {
            if !nullable {
                errors.push(format!("{path}: null where the schema wants {ty:?}"));
            }
            return;
        }
        let ok = match ty {
            Some("string") => v.is_string(),
            Some("integer") => v.is_i64() || v.is_u64(),
            Some("number") => v.is_number(),
            Some("boolean") => v.is_boolean(),
            Some("array") => v.is_array(),
            Some("object") => v.is_object(),
            Some(other) => {
                errors.push(format!("{path}: schema type {other} not understood"));
                true
            }
            None => true,
        };
        if !ok {
            errors.push(format!("{path}: {v} is not of type {}", ty.unwrap_or("?")));
            return;
        }
        if let Some(allowed) = s.get("enum").and_then(Value::as_array) {
            if !allowed.contains(v) {
                errors.push(format!("{path}: {v} is not one of {allowed:?}"));
            }
        }
        if let Value::Object(m) = v {
            for r in s
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let r = r.as_str().unwrap_or_default();
                if !m.contains_key(r) {
                    errors.push(format!("{path}: required {r} missing"));
                }
            }
            let props = s.get("properties").and_then(Value::as_object);
            for (k, x) in m {
                let at = format!("{path}.{k}");
                if let Some(ps) = props.and_then(|p| p.get(k)) {
                    self.check(ps, x, &at, errors);
                } else if let Some(ap) = s.get("additionalProperties").filter(|a| a.is_object()) {
                    self.check(ap, x, &at, errors);
                }
            }
        }
        if let (Value::Array(items), Some(is)) = (v, s.get("items")) {
            for (i, x) in items.iter().enumerate() {
                self.check(is, x, &format!("{path}[{i}]"), errors);
            }
        }
    }

    fn errors(&self, endpoint: &str, v: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        self.check(self.response(endpoint), v, "$", &mut errors);
        errors
    }
}

/// Each fixture and the endpoint it answers (see tests/isolation_windows.rs).
const FIXTURES: &[(&str, &str)] = &[
    ("windows-daemon/info.json", "GET /info"),
    ("windows-daemon/container.json", "GET /containers/{id}/json"),
    ("windows-daemon/create.json", "POST /containers/create"),
    ("windows-daemon/list.json", "GET /containers/json"),
];

#[test]
fn windows_daemon_fixtures_have_the_api_shape() {
    let schema = Schema::load();
    let mut all = Vec::new();
    for (file, endpoint) in FIXTURES {
        for e in schema.errors(endpoint, &load(file)) {
            all.push(format!("{file} ({endpoint}): {e}"));
        }
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
    // They say they come from a Windows daemon.
    let info = load("windows-daemon/info.json");
    assert_eq!(
        (&info["OSType"], &info["Isolation"]),
        (&Value::from("windows"), &Value::from("process"))
    );
}

/// The validator itself: each kind of drift is caught.
#[test]
fn the_validator_catches_drift() {
    let schema = Schema::load();
    let good = load("windows-daemon/container.json");
    assert_eq!(
        schema.errors("GET /containers/{id}/json", &good),
        Vec::<String>::new()
    );
    let broken = |edit: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        edit(&mut v);
        schema.errors("GET /containers/{id}/json", &v)
    };
    type Edit = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Edit)> = vec![
        (
            "$.HostConfig.Isolatoin: not in the API's schema",
            Box::new(|v| v["HostConfig"]["Isolatoin"] = "hyperv".into()),
        ),
        (
            "$.HostConfig.Isolation: \"sandbox\" is not one of",
            Box::new(|v| v["HostConfig"]["Isolation"] = "sandbox".into()),
        ),
        (
            "$.State.Pid: \"5412\" is not of type integer",
            Box::new(|v| v["State"]["Pid"] = "5412".into()),
        ),
        (
            "$.State.Running: null where the schema wants",
            Box::new(|v| v["State"]["Running"] = Value::Null),
        ),
        (
            "$.Config.Cmd[0]: 1 is not of type string",
            Box::new(|v| v["Config"]["Cmd"] = serde_json::json!([1])),
        ),
    ];
    for (want, edit) in cases {
        let got = broken(&*edit);
        assert!(
            got.iter().any(|e| e.starts_with(want)),
            "want {want:?}, got {got:?}"
        );
    }
    let mut created = load("windows-daemon/create.json");
    created.as_object_mut().unwrap().remove("Warnings");
    assert_eq!(
        schema.errors("POST /containers/create", &created),
        vec!["$: required Warnings missing".to_string()]
    );
}
