//! docker's typed inspect objects: the daemon's JSON decoded into docker 28's Go structs, as a
//! template sees them and as `json` marshals them.
//!
//! docker's `inspect` runs a template over the typed object its client library decoded, so a
//! sub-object prints in the struct's field order, with the fields this daemon does not send as
//! Go zero values (`"GwPriority":0,"DNSNames":null`), the fields docker does not know dropped,
//! and `omitempty` fields left out when empty. The structs are described in `gotypes.txt`
//! (field order, JSON names, omitempty, types), read once.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::sync::OnceLock;

use serde_json::Value as Json;

use super::template::print::json_string;
use super::value::{Object, Value};

const SCHEMAS: &str = include_str!("gotypes.txt");

/// The root structs: `container.InspectResponse`, ... by what `inspect` fetched.
pub const CONTAINER: &str = "ContainerInspect";
pub const IMAGE: &str = "ImageInspect";
pub const NETWORK: &str = "Inspect";
pub const VOLUME: &str = "Volume";
pub const PLUGIN: &str = "Plugin";
pub const SECRET: &str = "Secret";
pub const CONFIG: &str = "SwarmConfig";

#[derive(Debug, Clone)]
pub(super) enum Ty {
    Str,
    Int,
    Uint,
    Float,
    Bool,
    Time,
    Bytes,
    Raw,
    Empty,
    Slice(Box<Ty>),
    Map(Box<Ty>),
    Ptr(Box<Ty>),
    Struct(String),
    /// docker's `strslice.StrSlice`: a list of strings, or one string.
    StrSlice,
    /// A value hvdock passes on as the daemon wrote it (its objects in the daemon's order).
    Json,
    /// A type Go names otherwise (`int64`, `nat.PortMap`), that behaves as the inner one:
    /// `i:int64` in `gotypes.txt`.
    Named(String, Box<Ty>),
}

impl Ty {
    pub(super) fn parse(s: &str) -> Ty {
        // `nat.PortMap=map[][]PortBinding`: a named composite type.
        if let Some((name, ty)) = s.split_once('=') {
            return Ty::Named(name.to_string(), Box::new(Ty::parse(ty)));
        }
        if let Some(r) = s.strip_prefix('*') {
            return Ty::Ptr(Box::new(Ty::parse(r)));
        }
        if let Some(r) = s.strip_prefix("[]") {
            return Ty::Slice(Box::new(Ty::parse(r)));
        }
        if let Some(r) = s.strip_prefix("map[]") {
            return Ty::Map(Box::new(Ty::parse(r)));
        }
        // `[2]s`: a Go array, decoded as a slice.
        if let Some((n, r)) = s.strip_prefix('[').and_then(|r| r.split_once(']')) {
            let inner = Ty::parse(r);
            return Ty::Named(
                format!("[{n}]{}", inner.go_name()),
                Box::new(Ty::Slice(Box::new(inner))),
            );
        }
        // `i:int64`: a scalar Go names otherwise.
        if let Some((ty, name)) = s.rsplit_once(':') {
            return Ty::Named(name.to_string(), Box::new(Ty::parse(ty)));
        }
        match s {
            "s" => Ty::Str,
            "i" => Ty::Int,
            "u" => Ty::Uint,
            "f" => Ty::Float,
            "b" => Ty::Bool,
            "t" => Ty::Time,
            "bytes" => Ty::Bytes,
            "raw" => Ty::Raw,
            "{}" => Ty::Empty,
            "strslice" => Ty::StrSlice,
            "json" => Ty::Json,
            name => Ty::Struct(name.to_string()),
        }
    }

    /// Go's type name, for `%T`-like messages of nil collections.
    pub(super) fn go_name(&self) -> String {
        match self {
            Ty::Named(name, _) => name.clone(),
            Ty::StrSlice => "strslice.StrSlice".into(),
            Ty::Json => "interface {}".into(),
            Ty::Str => "string".into(),
            Ty::Time => "time.Time".into(),
            Ty::Bytes => "[]uint8".into(),
            Ty::Int => "int".into(),
            Ty::Uint => "uint64".into(),
            Ty::Float => "float64".into(),
            Ty::Bool => "bool".into(),
            Ty::Raw => "interface {}".into(),
            Ty::Empty => "struct {}".into(),
            Ty::Slice(t) => format!("[]{}", t.go_name()),
            Ty::Map(t) => format!("map[string]{}", t.go_name()),
            Ty::Ptr(t) => format!("*{}", t.go_name()),
            Ty::Struct(n) => schemas().get(n).map_or(n.clone(), |s| s.go_name.clone()),
        }
    }
}

#[derive(Debug)]
pub(super) struct Field {
    pub(super) go: String,
    pub(super) json: String,
    pub(super) ty: Ty,
    omitempty: bool,
    pub(super) embedded: bool,
}

#[derive(Debug)]
pub(super) struct Schema {
    pub(super) go_name: String,
    pub(super) fields: Vec<Field>,
}

pub(super) fn schemas() -> &'static HashMap<String, Schema> {
    static S: OnceLock<HashMap<String, Schema>> = OnceLock::new();
    S.get_or_init(|| {
        let mut all = HashMap::new();
        let mut current: Option<(String, Schema)> = None;
        for line in SCHEMAS.lines().filter(|l| !l.starts_with('#')) {
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                [head, go @ ..] if head.starts_with('@') => {
                    if let Some((n, s)) = current.take() {
                        all.insert(n, s);
                    }
                    let schema = Schema {
                        // An anonymous struct's name is its whole type.
                        go_name: go.join(" "),
                        fields: Vec::new(),
                    };
                    current = Some((head[1..].to_string(), schema));
                }
                ["^", ty] => {
                    if let Some((_, s)) = current.as_mut() {
                        // The field's name is the type's own (schemas are not read yet).
                        let go = ty.trim_start_matches('*');
                        let go = go.split(':').next().unwrap_or(go).to_string();
                        let ty = Ty::parse(ty);
                        s.fields.push(Field {
                            go: go.clone(),
                            json: go,
                            ty,
                            omitempty: false,
                            embedded: true,
                        });
                    }
                }
                [go, json, ty, rest @ ..] => {
                    if let Some((_, s)) = current.as_mut() {
                        s.fields.push(Field {
                            go: go.to_string(),
                            json: if *json == "=" { go } else { json }.to_string(),
                            ty: Ty::parse(ty),
                            omitempty: rest.contains(&"o"),
                            embedded: false,
                        });
                    }
                }
                _ => {}
            }
        }
        if let Some((n, s)) = current {
            all.insert(n, s);
        }
        all
    })
}

/// The daemon's JSON as docker's typed object `root` (one of the root constants).
pub fn typed(root: &str, j: &Json) -> Value {
    conform(&Ty::Struct(root.to_string()), Some(j))
}

/// [`typed`] for a struct a template reaches through a pointer: `name` (`*types.Version`) is
/// what its messages call it.
pub fn typed_as(root: &str, j: &Json, name: &str) -> Value {
    match schemas().get(root) {
        Some(schema) => go_struct(schema, name, Some(j).filter(|j| !j.is_null())),
        None => Value::from_json(j),
    }
}

/// Go's decoder: an exact key first, then one that matches ignoring case.
fn lookup<'a>(m: &'a serde_json::Map<String, Json>, key: &str) -> Option<&'a Json> {
    m.get(key).or_else(|| {
        m.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

fn conform(ty: &Ty, j: Option<&Json>) -> Value {
    let j = j.filter(|j| !j.is_null());
    match ty {
        Ty::Named(name, _) if name == "time.Duration" => {
            Value::Struct(Rc::new(GoDuration(j.and_then(Json::as_i64).unwrap_or(0))))
        }
        Ty::Named(_, inner) => conform(inner, j),
        Ty::Json => j.map_or(Value::Nil, Value::from_json),
        Ty::StrSlice => match j {
            Some(Json::String(s)) => Value::List(vec![Value::Str(s.clone())]),
            _ => conform(&Ty::Slice(Box::new(Ty::Str)), j),
        },
        Ty::Str => Value::Str(j.and_then(Json::as_str).unwrap_or_default().to_string()),
        Ty::Time => Value::Struct(Rc::new(GoTime(
            j.and_then(Json::as_str)
                .unwrap_or("0001-01-01T00:00:00Z")
                .to_string(),
        ))),
        Ty::Bytes => Value::Struct(Rc::new(GoBytes(
            j.and_then(Json::as_str).unwrap_or_default().to_string(),
        ))),
        Ty::Int => match j.and_then(Json::as_i64) {
            Some(i) => Value::Int(i),
            None => j.and_then(Json::as_u64).map_or(Value::Int(0), Value::Uint),
        },
        Ty::Uint => Value::Uint(j.and_then(Json::as_u64).unwrap_or(0)),
        Ty::Float => Value::Float(j.and_then(Json::as_f64).unwrap_or(0.0)),
        Ty::Bool => Value::Bool(j.and_then(Json::as_bool).unwrap_or(false)),
        Ty::Raw => j.map_or(Value::Nil, go_interface),
        Ty::Empty => Value::Struct(Rc::new(GoStruct {
            name: "struct {}".into(),
            fields: Vec::new(),
        })),
        Ty::Ptr(inner) => match j {
            None => Value::Nil,
            Some(_) => conform(inner, j),
        },
        Ty::Slice(inner) => match j.and_then(Json::as_array) {
            None => GoNil::value(ty),
            Some(a) => Value::List(a.iter().map(|e| conform(inner, Some(e))).collect()),
        },
        Ty::Map(inner) => match j.and_then(Json::as_object) {
            None => GoNil::value(ty),
            // An empty `map[string]string` keeps its type: `index` gives "" for any key.
            Some(m) if m.is_empty() && matches!(**inner, Ty::Str) => GoNil::empty(ty),
            Some(m) => Value::Map(
                m.iter()
                    .map(|(k, v)| (k.clone(), conform(inner, Some(v))))
                    .collect(),
            ),
        },
        Ty::Struct(name) if name == "PluginInterfaceType" && j.is_some_and(Json::is_string) => {
            conform(
                ty,
                Some(&interface_type(
                    j.and_then(Json::as_str).unwrap_or_default(),
                )),
            )
        }
        Ty::Struct(name) => match schemas().get(name) {
            Some(schema) => go_struct(schema, &schema.go_name, j),
            None => j.map_or(Value::Nil, go_interface),
        },
    }
}

/// The daemon's object as one of docker's structs, named `name` in messages.
fn go_struct(schema: &Schema, name: &str, j: Option<&Json>) -> Value {
    let obj = j.and_then(Json::as_object);
    let fields = schema
        .fields
        .iter()
        .map(|f| {
            let value = if f.embedded {
                conform(&f.ty, j)
            } else {
                conform(&f.ty, obj.and_then(|m| lookup(m, &f.json)))
            };
            TypedField {
                go: f.go.clone(),
                json: f.json.clone(),
                omitempty: f.omitempty,
                embedded: f.embedded,
                value,
            }
        })
        .collect();
    Value::Struct(Rc::new(GoStruct {
        name: name.to_string(),
        fields,
    }))
}

/// A plugin interface type as the daemon writes it (`docker.volumedriver/1.0`), split as
/// docker's `PluginInterfaceType.UnmarshalJSON` does: the prefix up to the last `.` before the
/// first `/`, the version after that `/`.
fn interface_type(s: &str) -> Json {
    let (head, version) = s.split_once('/').unwrap_or((s, ""));
    let (prefix, capability) = match head.rfind('.') {
        Some(i) => (&head[..i], &head[i + 1..]),
        None => ("", head.get(1..).unwrap_or_default()),
    };
    serde_json::json!({"Prefix": prefix, "Capability": capability, "Version": version})
}

/// JSON decoded into Go's `interface{}`: objects are maps (sorted when marshalled).
fn go_interface(j: &Json) -> Value {
    match j {
        Json::Object(m) => Value::Map(
            m.iter()
                .map(|(k, v)| (k.clone(), go_interface(v)))
                .collect::<BTreeMap<_, _>>(),
        ),
        Json::Array(a) => Value::List(a.iter().map(go_interface).collect()),
        other => Value::from_json(other),
    }
}

struct TypedField {
    go: String,
    json: String,
    omitempty: bool,
    embedded: bool,
    value: Value,
}

/// One of docker's structs.
struct GoStruct {
    name: String,
    fields: Vec<TypedField>,
}

/// `encoding/json`'s "empty" for omitempty.
fn is_empty(v: &Value) -> bool {
    match v {
        Value::Nil | Value::NoValue => true,
        Value::Bool(b) => !b,
        Value::Int(i) => *i == 0,
        Value::Uint(u) => *u == 0,
        Value::Float(f) => *f == 0.0,
        Value::Str(s) => s.is_empty(),
        Value::List(l) => l.is_empty(),
        Value::Map(m) => m.is_empty(),
        Value::Object(o) => o.is_empty(),
        Value::Struct(o) => o.nil_collection(),
    }
}

impl GoStruct {
    fn write_members(&self, out: &mut String, first: &mut bool) {
        for f in &self.fields {
            if f.embedded {
                if let Value::Struct(o) = &f.value {
                    if let Some(inner) = o.as_any().and_then(|a| a.downcast_ref::<GoStruct>()) {
                        inner.write_members(out, first);
                    }
                }
                continue;
            }
            if f.omitempty && is_empty(&f.value) {
                continue;
            }
            if !*first {
                out.push(',');
            }
            *first = false;
            json_string(&f.json, out);
            out.push(':');
            out.push_str(&f.value.to_go_json().unwrap_or_else(|| "null".into()));
        }
    }
}

impl Object for GoStruct {
    fn type_name(&self) -> &str {
        &self.name
    }
    fn field_names(&self) -> Vec<String> {
        self.fields.iter().map(|f| f.go.clone()).collect()
    }
    fn field(&self, name: &str) -> Option<Value> {
        if let Some(f) = self.fields.iter().find(|f| f.go == name) {
            return Some(f.value.clone());
        }
        // Promoted fields of embedded structs.
        self.fields
            .iter()
            .filter(|f| f.embedded)
            .find_map(|f| match &f.value {
                Value::Struct(o) => o.field(name),
                _ => None,
            })
    }
    fn marshal_json(&self) -> Option<String> {
        if self.name == "types.PluginInterfaceType" {
            let mut out = String::new();
            json_string(&self.display().unwrap_or_default(), &mut out);
            return Some(out);
        }
        let mut out = String::from("{");
        let mut first = true;
        self.write_members(&mut out, &mut first);
        out.push('}');
        Some(out)
    }
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }
    /// `swarm.Version` is a `fmt.Stringer`: a template prints its index.
    /// docker's `fmt.Stringer`s: `swarm.Version` prints its index, a plugin interface type
    /// `prefix.capability/version`.
    fn display(&self) -> Option<String> {
        let text = |name: &str| match self.field(name) {
            Some(Value::Str(s)) => s,
            Some(Value::Uint(u)) => u.to_string(),
            _ => String::new(),
        };
        match self.name.as_str() {
            "swarm.Version" => Some(text("Index")),
            "types.PluginInterfaceType" => Some(format!(
                "{}.{}/{}",
                text("Prefix"),
                text("Capability"),
                text("Version")
            )),
            _ => None,
        }
    }
}

/// A `time.Time`: JSON as the daemon wrote it (RFC 3339), `String()` when printed.
struct GoTime(String);

impl Object for GoTime {
    fn type_name(&self) -> &str {
        "time.Time"
    }
    fn field_names(&self) -> Vec<String> {
        Vec::new()
    }
    fn field(&self, _: &str) -> Option<Value> {
        None
    }
    fn marshal_json(&self) -> Option<String> {
        let mut out = String::new();
        json_string(&self.0, &mut out);
        Some(out)
    }
    /// Go's `Time.String()` in the zone the text gave: UTC as `+0000 UTC`, another offset as
    /// `+hhmm +hhmm` (a zone without a name).
    fn display(&self) -> Option<String> {
        let t = crate::clock::parse_rfc3339(&self.0)?;
        let tail = self
            .0
            .get(self.0.len().saturating_sub(6)..)
            .unwrap_or_default();
        let offset = match tail.as_bytes() {
            [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
                let h: i64 = tail[1..3].parse().ok()?;
                let m: i64 = tail[4..6].parse().ok()?;
                let secs = h * 3600 + m * 60;
                if *sign == b'-' {
                    -secs
                } else {
                    secs
                }
            }
            _ => 0,
        };
        if offset == 0 {
            return Some(t.go_string_frac("+0000 UTC"));
        }
        let zone = format!("{}{}{}", &tail[..3], &tail[4..6], "");
        let local = crate::clock::Time {
            secs: t.secs + offset,
            nanos: t.nanos,
        };
        Some(local.go_string_frac(&format!("{zone} {zone}")))
    }
}

/// A `time.Duration`: nanoseconds in JSON, Go's `String()` (`1h0m0s`) when printed.
struct GoDuration(i64);

impl Object for GoDuration {
    fn type_name(&self) -> &str {
        "time.Duration"
    }
    fn field_names(&self) -> Vec<String> {
        Vec::new()
    }
    fn field(&self, _: &str) -> Option<Value> {
        None
    }
    fn marshal_json(&self) -> Option<String> {
        Some(self.0.to_string())
    }
    fn display(&self) -> Option<String> {
        Some(super::units::go_duration(self.0))
    }
    /// Zero is empty for `omitempty` and false for `if`, as Go's zero duration.
    fn nil_collection(&self) -> bool {
        self.0 == 0
    }
}

/// A `[]byte`: base64 in JSON (the daemon's text), its bytes when printed, empty when nil.
struct GoBytes(String);

impl GoBytes {
    fn bytes(&self) -> Vec<u8> {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD
            .decode(&self.0)
            .unwrap_or_default()
    }
}

impl Object for GoBytes {
    fn type_name(&self) -> &str {
        "[]uint8"
    }
    fn field_names(&self) -> Vec<String> {
        Vec::new()
    }
    fn field(&self, _: &str) -> Option<Value> {
        None
    }
    fn marshal_json(&self) -> Option<String> {
        if self.0.is_empty() {
            return Some("null".into());
        }
        let mut out = String::new();
        json_string(&self.0, &mut out);
        Some(out)
    }
    fn display(&self) -> Option<String> {
        let b: Vec<String> = self.bytes().iter().map(u8::to_string).collect();
        Some(format!("[{}]", b.join(" ")))
    }
    fn nil_collection(&self) -> bool {
        self.0.is_empty()
    }
}

/// A nil slice or map of a typed object: `[]` / `map[]` for `%v`, `null` for json, empty for
/// `if`, `len` and `range`, `<no value>` for any key.
pub struct GoNil {
    name: String,
    map: bool,
    /// A map that is empty, not nil: `{}` in JSON.
    empty: bool,
}

impl GoNil {
    fn value(ty: &Ty) -> Value {
        Value::Struct(Rc::new(GoNil {
            name: ty.go_name(),
            map: matches!(ty, Ty::Map(_)),
            empty: false,
        }))
    }

    /// An empty (not nil) map of type `ty`.
    fn empty(ty: &Ty) -> Value {
        Value::Struct(Rc::new(GoNil {
            name: ty.go_name(),
            map: true,
            empty: true,
        }))
    }

    /// A nil `map[string]string`.
    pub fn map() -> Value {
        GoNil::value(&Ty::Map(Box::new(Ty::Str)))
    }
}

impl Object for GoNil {
    fn type_name(&self) -> &str {
        &self.name
    }
    fn field_names(&self) -> Vec<String> {
        Vec::new()
    }
    fn field(&self, _: &str) -> Option<Value> {
        self.map.then_some(Value::NoValue)
    }
    fn marshal_json(&self) -> Option<String> {
        Some(if self.empty { "{}" } else { "null" }.into())
    }
    fn display(&self) -> Option<String> {
        Some(if self.map { "map[]" } else { "[]" }.into())
    }
    fn nil_collection(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_struct_a_schema_names_is_described() {
        fn check(ty: &Ty) {
            match ty {
                Ty::Slice(t) | Ty::Map(t) | Ty::Ptr(t) | Ty::Named(_, t) => check(t),
                Ty::Struct(n) => assert!(schemas().contains_key(n), "{n}"),
                _ => {}
            }
        }
        for s in schemas().values() {
            for f in &s.fields {
                check(&f.ty);
            }
        }
        for root in [CONTAINER, IMAGE, NETWORK, VOLUME, PLUGIN, SECRET, CONFIG] {
            assert!(schemas().contains_key(root), "{root}");
        }
    }

    #[test]
    fn missing_fields_are_zero_values_in_struct_order() {
        let j: Json = serde_json::from_str(
            r#"{"Aliases":["a"],"IPAMConfig":null,"Links":null,"NetworkID":"n","Extra":1}"#,
        )
        .unwrap();
        let v = conform(&Ty::Struct("EndpointSettings".into()), Some(&j));
        assert_eq!(
            v.to_go_json().unwrap(),
            r#"{"IPAMConfig":null,"Links":null,"Aliases":["a"],"MacAddress":"","DriverOpts":null,"GwPriority":0,"NetworkID":"n","EndpointID":"","Gateway":"","IPAddress":"","IPPrefixLen":0,"IPv6Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"DNSNames":null}"#
        );
    }
}
