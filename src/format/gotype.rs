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
use super::value::{GoMap, MapType, Object, Value};

const SCHEMAS: &str = include_str!("gotypes.txt");

/// The root structs: `container.InspectResponse`, ... by what `inspect` fetched.
pub const CONTAINER: &str = "ContainerInspect";
pub const IMAGE: &str = "ImageInspect";
pub const NETWORK: &str = "Inspect";
pub const VOLUME: &str = "Volume";
pub const PLUGIN: &str = "Plugin";
pub const SECRET: &str = "Secret";
pub const CONFIG: &str = "SwarmConfig";
pub const SERVICE: &str = "Service";
pub const TASK: &str = "SwarmTask";
pub const NODE: &str = "Node";

#[derive(Debug, Clone)]
pub(super) enum Ty {
    Str,
    Int,
    Uint,
    Float,
    Bool,
    Time,
    Duration,
    FileMode,
    Bytes,
    Raw,
    Empty,
    Slice(Box<Ty>),
    /// A map: its key type's name when it is not `string` (`map[nat.Port]T`), its elements.
    Map(Option<String>, Box<Ty>),
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
        if let Some((key, r)) = s.strip_prefix("map[").and_then(|r| r.split_once(']')) {
            let key = Some(key.to_string()).filter(|k| !k.is_empty());
            return Ty::Map(key, Box::new(Ty::parse(r)));
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
            "dur" => Ty::Duration,
            "mode" => Ty::FileMode,
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
            Ty::Duration => "time.Duration".into(),
            Ty::FileMode => "fs.FileMode".into(),
            Ty::Bytes => "[]uint8".into(),
            Ty::Int => "int".into(),
            Ty::Uint => "uint64".into(),
            Ty::Float => "float64".into(),
            Ty::Bool => "bool".into(),
            Ty::Raw => "interface {}".into(),
            Ty::Empty => "struct {}".into(),
            Ty::Slice(t) => format!("[]{}", t.go_name()),
            Ty::Map(k, t) => format!("map[{}]{}", k.as_deref().unwrap_or("string"), t.go_name()),
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

/// docker's `json.Marshal` of the typed object `root`: the struct's fields in order, HTML
/// characters escaped (what `service inspect` and `node inspect` print, having no raw JSON).
pub fn marshal(root: &str, j: &Json) -> String {
    let json = typed(root, j).to_go_json().unwrap_or_else(|| "null".into());
    super::go_json::escape_html(&json)
}

/// [`typed`] for a struct a template reaches through a pointer: `name` (`*types.Version`) is
/// what its messages call it.
pub fn typed_as(root: &str, j: &Json, name: &str) -> Value {
    match schemas().get(root) {
        Some(schema) => go_struct(schema, name, Some(j).filter(|j| !j.is_null())),
        None => Value::from_json(j),
    }
}

fn conform(ty: &Ty, j: Option<&Json>) -> Value {
    let j = j.filter(|j| !j.is_null());
    match ty {
        Ty::Named(name, _) if name == "time.Duration" => {
            GoScalar::duration(j.and_then(Json::as_i64).unwrap_or_default())
        }
        Ty::Named(name, inner) if matches!(**inner, Ty::Map(..)) => go_map(name, inner, j),
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
        Ty::Duration => GoScalar::duration(j.and_then(Json::as_i64).unwrap_or_default()),
        Ty::FileMode => GoScalar::file_mode(j.and_then(Json::as_u64).unwrap_or_default() as u32),
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
        Ty::Ptr(inner) => match (j, inner.as_ref()) {
            (None, _) => Value::Struct(Rc::new(GoNilPtr {
                name: ty.go_name(),
                pointee: match inner.as_ref() {
                    Ty::Struct(n) => Some(n.clone()),
                    _ => None,
                },
            })),
            // A pointer to a struct is the struct to a template, named as the pointer.
            (Some(_), Ty::Struct(name)) => conform_struct(name, j, true),
            // A pointer to anything else: its value, but never empty for omitempty and true
            // for `if`, as Go's non-nil pointers are.
            (Some(_), _) => Value::Struct(Rc::new(GoPtr {
                name: ty.go_name(),
                value: conform(inner, j),
            })),
        },
        Ty::Slice(inner) => match j.and_then(Json::as_array) {
            None => GoNil::value(ty),
            Some(a) => Value::List(a.iter().map(|e| conform(inner, Some(e))).collect()),
        },
        Ty::Map(..) => go_map(&ty.go_name(), ty, j),
        Ty::Struct(name) => conform_struct(name, j, false),
    }
}

/// A typed map (`ty`, a `Ty::Map`, that Go calls `name`): nil when the daemon sent none.
fn go_map(name: &str, ty: &Ty, j: Option<&Json>) -> Value {
    let Ty::Map(key, inner) = ty else {
        return conform(ty, j);
    };
    let elem = (**inner).clone();
    let map_type = Rc::new(MapType {
        name: name.to_string(),
        key: key.clone(),
        zero: Box::new(move || zero(&elem)),
    });
    let obj = j.and_then(Json::as_object);
    let entries = obj
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.clone(), conform(inner, Some(v))))
        .collect();
    Value::Map(GoMap::typed(entries, map_type, obj.is_none()))
}

/// The zero value of a Go type: what `index` gives for a key a map of it does not hold (an
/// `interface {}` is nil, `<no value>` once printed).
fn zero(ty: &Ty) -> Value {
    match ty {
        Ty::Raw | Ty::Json => Value::NoValue,
        _ => conform(ty, None),
    }
}

/// One of docker's structs (`pointer`: reached through a pointer, `*swarm.UpdateConfig`).
fn conform_struct(name: &str, j: Option<&Json>, pointer: bool) -> Value {
    if name == "PluginInterfaceType" {
        if let Some(s) = j.and_then(Json::as_str) {
            return conform_struct(name, Some(&interface_type(s)), pointer);
        }
    }
    let Some(schema) = schemas().get(name) else {
        return j.map_or(Value::Nil, go_interface);
    };
    let name = if pointer {
        format!("*{}", schema.go_name)
    } else {
        schema.go_name.clone()
    };
    go_struct(schema, &name, j)
}

/// The daemon's object as one of docker's structs, named `name` in messages.
fn go_struct(schema: &Schema, name: &str, j: Option<&Json>) -> Value {
    let obj = j.and_then(Json::as_object);
    let fields = schema
        .fields
        .iter()
        .map(|f| TypedField {
            go: f.go.clone(),
            json: f.json.clone(),
            omitempty: f.omitempty,
            embedded: f.embedded,
            value: if f.embedded {
                conform(&f.ty, j)
            } else {
                conform(
                    &f.ty,
                    obj.and_then(|m| super::go_json::map_field(m, &f.json)),
                )
            },
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
                .collect::<BTreeMap<_, _>>()
                .into(),
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
        Value::Struct(o) => match o.basic() {
            Some(b) => is_empty(&b),
            None => o.nil_collection(),
        },
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
        if self.name.trim_start_matches('*') == "types.PluginInterfaceType" {
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
    /// docker's `fmt.Stringer`s: `swarm.Version` prints its index, a plugin interface type
    /// `prefix.capability/version`, a `*units.Ulimit` `name=soft:hard`, a blkio device
    /// `path:weight` / `path:rate`.
    fn display(&self) -> Option<String> {
        let text = |name: &str| match self.field(name) {
            Some(Value::Str(s)) => s,
            Some(Value::Uint(u)) => u.to_string(),
            Some(Value::Int(i)) => i.to_string(),
            _ => String::new(),
        };
        let by_value = match self.name.trim_start_matches('*') {
            "swarm.Version" => Some(text("Index")),
            "types.PluginInterfaceType" => Some(format!(
                "{}.{}/{}",
                text("Prefix"),
                text("Capability"),
                text("Version")
            )),
            _ => None,
        };
        by_value.or_else(|| match self.name.as_str() {
            // Methods on the pointer: these structs are only ever reached through one.
            "*units.Ulimit" => Some(format!(
                "{}={}:{}",
                text("Name"),
                text("Soft"),
                text("Hard")
            )),
            "*blkiodev.WeightDevice" => Some(format!("{}:{}", text("Path"), text("Weight"))),
            "*blkiodev.ThrottleDevice" => Some(format!("{}:{}", text("Path"), text("Rate"))),
            _ => None,
        })
    }
}

/// A `time.Time`: JSON as the daemon wrote it (RFC 3339), `String()` when printed.
struct GoTime(String);

impl Object for GoTime {
    fn type_name(&self) -> &str {
        "time.Time"
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

/// A named Go type over a number (`time.Duration`, `os.FileMode`): the number in JSON, for `%d`,
/// `eq` and `lt`, its `String()` when printed.
struct GoScalar {
    name: &'static str,
    value: Value,
    text: String,
}

impl GoScalar {
    fn duration(nanos: i64) -> Value {
        Value::Struct(Rc::new(GoScalar {
            name: "time.Duration",
            value: Value::Int(nanos),
            text: super::units::go_duration(nanos),
        }))
    }

    /// Go's `FileMode.String()`: the type letters `dalTLDpSugct?` that are set (or `-`), then
    /// `rwxrwxrwx` with `-` for the bits that are not.
    fn file_mode(mode: u32) -> Value {
        let mut text: String = "dalTLDpSugct?"
            .chars()
            .enumerate()
            .filter(|(i, _)| mode & (1 << (31 - i)) != 0)
            .map(|(_, c)| c)
            .collect();
        if text.is_empty() {
            text.push('-');
        }
        for (i, c) in "rwxrwxrwx".chars().enumerate() {
            text.push(if mode & (1 << (8 - i)) != 0 { c } else { '-' });
        }
        Value::Struct(Rc::new(GoScalar {
            name: "fs.FileMode",
            value: Value::Uint(u64::from(mode)),
            text,
        }))
    }
}

impl Object for GoScalar {
    fn type_name(&self) -> &str {
        self.name
    }
    fn marshal_json(&self) -> Option<String> {
        self.value.to_go_json()
    }
    fn display(&self) -> Option<String> {
        Some(self.text.clone())
    }
    fn basic(&self) -> Option<Value> {
        Some(self.value.clone())
    }
}

/// A non-nil pointer to a value that is not a struct (`*bool`, `*uint64`, `*time.Duration`).
struct GoPtr {
    name: String,
    value: Value,
}

impl Object for GoPtr {
    fn type_name(&self) -> &str {
        &self.name
    }
    fn marshal_json(&self) -> Option<String> {
        self.value.to_go_json()
    }
    fn display(&self) -> Option<String> {
        Some(super::template::print::format_value(&self.value))
    }
}

/// A nil pointer of a typed object: `<nil>` when printed, `null` in JSON, false for `if`, and
/// Go's "nil pointer evaluating *T.Field" for a field of it.
struct GoNilPtr {
    name: String,
    /// The schema of the struct it would point to.
    pointee: Option<String>,
}

/// Whether the struct `schema` (or one it embeds) has the field `name`.
fn has_field(schema: &str, name: &str) -> bool {
    fn struct_name(ty: &Ty) -> Option<&str> {
        match ty {
            Ty::Struct(n) => Some(n),
            Ty::Ptr(t) => struct_name(t),
            _ => None,
        }
    }
    schemas().get(schema).is_some_and(|s| {
        s.fields.iter().any(|f| {
            f.go == name || (f.embedded && struct_name(&f.ty).is_some_and(|n| has_field(n, name)))
        })
    })
}

impl Object for GoNilPtr {
    fn type_name(&self) -> &str {
        &self.name
    }
    fn marshal_json(&self) -> Option<String> {
        Some("null".into())
    }
    fn display(&self) -> Option<String> {
        Some("<nil>".into())
    }
    fn nil_collection(&self) -> bool {
        true
    }
    fn nil_pointer_error(&self, field: &str) -> Option<String> {
        Some(match &self.pointee {
            Some(s) if !has_field(s, field) => {
                format!("can't evaluate field {field} in type {}", self.name)
            }
            _ => format!("nil pointer evaluating {}.{field}", self.name),
        })
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

/// A nil slice of a typed object: `[]` for `%v`, `null` for json, empty for `if`, `len` and
/// `range`.
struct GoNil {
    name: String,
}

impl GoNil {
    fn value(ty: &Ty) -> Value {
        Value::Struct(Rc::new(GoNil { name: ty.go_name() }))
    }
}

/// A nil `map[string]string`.
pub fn nil_string_map() -> Value {
    let ty = Ty::Map(None, Box::new(Ty::Str));
    go_map(&ty.go_name(), &ty, None)
}

impl Object for GoNil {
    fn type_name(&self) -> &str {
        &self.name
    }
    fn marshal_json(&self) -> Option<String> {
        Some("null".into())
    }
    fn display(&self) -> Option<String> {
        Some("[]".into())
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
                Ty::Slice(t) | Ty::Map(_, t) | Ty::Ptr(t) | Ty::Named(_, t) => check(t),
                Ty::Struct(n) => assert!(schemas().contains_key(n), "{n}"),
                _ => {}
            }
        }
        for s in schemas().values() {
            for f in &s.fields {
                check(&f.ty);
            }
        }
        for root in [
            CONTAINER, IMAGE, NETWORK, VOLUME, PLUGIN, SECRET, CONFIG, SERVICE, TASK, NODE,
        ] {
            assert!(schemas().contains_key(root), "{root}");
        }
    }

    fn run(root: &str, doc: &str, template: &str) -> Result<String, String> {
        let v = typed(root, &serde_json::from_str(doc).unwrap());
        let t = super::super::template::Template::parse("", template).unwrap();
        let mut out = String::new();
        t.execute(&v, &mut out)
            .map(|_| out)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn durations_modes_and_pointers_print_as_go_does() {
        let svc = r#"{"ID":"s","Spec":{"Name":"n","TaskTemplate":{"ContainerSpec":{"Init":false,
            "StopGracePeriod":90000000000,"Healthcheck":{"Interval":1500000,"Timeout":0},
            "Secrets":[{"File":{"Name":"f","Mode":256},"SecretName":"x"}],
            "Ulimits":[{"Name":"nofile","Soft":1,"Hard":2}]},
            "RestartPolicy":{"Delay":0,"MaxAttempts":0}},"UpdateConfig":{"Delay":0,"Monitor":5000000000}}}"#;
        let go = |t: &str| {
            let c = ".Spec.TaskTemplate.ContainerSpec";
            run(SERVICE, svc, &t.replace("$c", c)).unwrap()
        };
        assert_eq!(
            go("{{$c.StopGracePeriod}} {{$c.Healthcheck.Interval}}"),
            "1m30s 1.5ms"
        );
        assert_eq!(
            go("{{range $c.Secrets}}{{.File.Mode}}{{end}}"),
            "-r--------"
        );
        assert_eq!(go("{{$c.Ulimits}}"), "[nofile=1:2]");
        assert_eq!(
            go("{{printf \"%d %T\" .Spec.UpdateConfig.Monitor .Spec.UpdateConfig.Monitor}}"),
            "5000000000 time.Duration"
        );
        assert_eq!(go("{{if gt .Spec.UpdateConfig.Monitor 5}}gt{{end}}"), "gt");
        // omitempty: a zero duration goes, a non-nil pointer to a zero value stays.
        assert_eq!(
            go("{{json $c.Healthcheck}} {{json .Spec.TaskTemplate.RestartPolicy}}"),
            r#"{"Interval":1500000} {"Delay":0,"MaxAttempts":0}"#
        );
        assert_eq!(go("{{if $c.Init}}set{{end}}"), "set");
        assert_eq!(go("{{.UpdateStatus}} {{json .UpdateStatus}}"), "<nil> null");
        assert_eq!(
            run(SERVICE, svc, "{{.UpdateStatus.State}}").unwrap_err(),
            "template: :1:15: executing \"\" at <.UpdateStatus.State>: nil pointer evaluating *swarm.UpdateStatus.State"
        );
        assert_eq!(
            run(SERVICE, svc, "{{.UpdateStatus.Nope}}").unwrap_err(),
            "template: :1:15: executing \"\" at <.UpdateStatus.Nope>: can't evaluate field Nope in type *swarm.UpdateStatus"
        );
        assert_eq!(
            run(SERVICE, svc, "{{.Spec.UpdateConfig.Nope}}").unwrap_err(),
            "template: :1:7: executing \"\" at <.Spec.UpdateConfig.Nope>: can't evaluate field Nope in type *swarm.UpdateConfig"
        );
    }

    #[test]
    fn marshal_escapes_html_as_json_marshal_does() {
        let j: Json =
            serde_json::from_str(r#"{"ID":"n","Spec":{"Labels":{"h":"<a&b>"}}}"#).unwrap();
        assert_eq!(
            marshal(NODE, &j),
            r#"{"ID":"n","Version":{},"CreatedAt":"0001-01-01T00:00:00Z","UpdatedAt":"0001-01-01T00:00:00Z","Spec":{"Labels":{"h":"\u003ca\u0026b\u003e"}},"Description":{"Platform":{},"Resources":{},"Engine":{},"TLSInfo":{}},"Status":{}}"#
        );
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
