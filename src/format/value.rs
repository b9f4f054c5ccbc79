//! The data model templates execute over.
//!
//! `Value` mirrors the handful of Go types docker's formatters hand to
//! `text/template`: scalars, slices, maps, structs and — for raw daemon JSON —
//! decoded `map[string]interface{}` objects.
//!
//! Raw JSON objects are represented by [`Value::Object`], an *ordered* list of
//! key/value pairs.  For template purposes it behaves exactly like a Go
//! `map[string]interface{}` (a missing key yields `<no value>`, `%v` prints
//! `map[k:v ...]` with sorted keys, `range` visits keys in sorted order), but
//! `json` output keeps the key order of the original document.  Because the
//! daemon already emits Go maps sorted and Go structs in field order, this
//! reproduces what the Go client would print for the typed value.

use std::collections::BTreeMap;
use std::rc::Rc;

/// An ordered JSON object: keys in document order.
pub type OrderedMap = Vec<(String, Value)>;

/// A value a template can execute over.
// `NoValue` is Go's own name for what a missing map key yields.
#[allow(clippy::enum_variant_names)]
#[derive(Clone)]
pub enum Value {
    /// Go `nil` (nil interface, nil pointer, JSON `null`); prints `<nil>`.
    Nil,
    /// The "invalid" value Go produces for a missing map key; prints
    /// `<no value>` and becomes `nil` when passed to a function.
    NoValue,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(String),
    List(Vec<Value>),
    /// A Go map (typed contexts build one; raw JSON uses `Object`): `%v` prints
    /// `map[k1:v1 k2:v2]` with keys sorted; json prints keys sorted; a missing key yields
    /// `<no value>`; what its Go type decides (key type, element zero) is in [`GoMap`].
    Map(GoMap),
    /// A decoded JSON object (see the module docs): map semantics, JSON order.
    Object(Rc<OrderedMap>),
    /// A Go struct: ordered fields; `%v` prints `{v1 v2 ...}`; json prints
    /// fields in order; a missing field is an execution error.
    Struct(Rc<dyn Object>),
}

/// A Go map's entries (sorted by key, as Go ranges and marshals them), and, for a map of one of
/// docker's typed objects, what its Go type decides: a map whose key type is not `string`
/// (`nat.PortMap`'s `nat.Port`) takes no string key (`.Ports.x` and `index .Ports "x"` fail, and
/// docker's inspect falls back to the raw JSON), and `index` of a missing key gives the zero value
/// of the element type (`<nil>` for `map[string]*T`, "" for `map[string]string`).
#[derive(Clone, Default)]
pub struct GoMap {
    pub entries: BTreeMap<String, Value>,
    /// `None`: a `map[string]interface {}` (or a map hvdock knows no type of).
    pub ty: Option<Rc<MapType>>,
    /// A nil map (JSON `null`; otherwise as an empty one).
    pub nil: bool,
}

/// A typed map's Go type.
pub struct MapType {
    /// Go's name for it, as `%T` prints it (`nat.PortMap`, `map[string]string`).
    pub name: String,
    /// The key type's name when it is not `string` (`nat.Port`).
    pub key: Option<String>,
    /// The zero value of the element type.
    pub zero: Box<dyn Fn() -> Value>,
}

impl GoMap {
    /// A typed map, `ty` its type.
    pub fn typed(entries: BTreeMap<String, Value>, ty: Rc<MapType>, nil: bool) -> GoMap {
        GoMap {
            entries,
            ty: Some(ty),
            nil,
        }
    }

    /// Go's name of the map's type.
    pub fn type_name(&self) -> &str {
        self.ty
            .as_ref()
            .map_or("map[string]interface {}", |t| t.name.as_str())
    }

    /// The key type's name when it is not `string` (`nat.Port`): then no string is a key.
    pub fn key_type(&self) -> Option<&str> {
        self.ty.as_ref()?.key.as_deref()
    }

    /// What `index` gives for a key the map does not hold: the element type's zero value
    /// (`<no value>` for an `interface {}` element).
    pub fn zero(&self) -> Value {
        self.ty.as_ref().map_or(Value::NoValue, |t| (t.zero)())
    }
}

impl std::ops::Deref for GoMap {
    type Target = BTreeMap<String, Value>;
    fn deref(&self) -> &Self::Target {
        &self.entries
    }
}

impl From<BTreeMap<String, Value>> for GoMap {
    fn from(entries: BTreeMap<String, Value>) -> GoMap {
        GoMap {
            entries,
            ty: None,
            nil: false,
        }
    }
}

/// A Go struct (or pointer to struct) as seen by a template.
pub trait Object {
    /// The Go type name used in error messages, e.g. `*formatter.ContainerContext`.
    fn type_name(&self) -> &str;
    /// Field names in declaration order (used by json and `%v`); none for a value that is no
    /// struct to Go (a `time.Time`, a `[]byte`).
    fn field_names(&self) -> Vec<String> {
        Vec::new()
    }
    /// Exported fields and zero-argument methods.
    fn field(&self, _name: &str) -> Option<Value> {
        None
    }
    /// Methods taking arguments, e.g. `.Label "k"`. `None` = no such method.
    fn call(&self, _name: &str, _args: &[Value]) -> Option<Result<Value, String>> {
        None
    }
    /// Custom JSON (Go's `MarshalJSON`); default is the fields in order.
    fn to_json(&self) -> Option<serde_json::Value> {
        None
    }
    /// Custom JSON as ready-made text, written verbatim (Go's `MarshalJSON` returning bytes that
    /// `json.Marshal` produced, HTML escaping included). Takes precedence over `to_json`.
    fn marshal_json(&self) -> Option<String> {
        None
    }
    /// Custom `%v` text (Go's `String()` method); default is `{f1 f2 ...}`.
    fn display(&self) -> Option<String> {
        None
    }
    /// A nil slice or map of a typed object: false for `if`, length 0, nothing to `range`.
    fn nil_collection(&self) -> bool {
        false
    }
    /// The basic value under a named Go type (`time.Duration` is an `int64`), for `eq`, `lt`
    /// and the verbs that do not call `String()`.
    fn basic(&self) -> Option<Value> {
        None
    }
    /// A nil pointer's error for `.field` (Go's "nil pointer evaluating *T.field").
    fn nil_pointer_error(&self, _field: &str) -> Option<String> {
        None
    }
    /// The object itself, for code that knows its concrete type.
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        None
    }
}

/// A simple named struct built from ordered fields.
#[derive(Clone)]
pub struct StructValue {
    pub name: String,
    pub fields: Vec<(String, Value)>,
}

impl StructValue {
    pub fn new(name: impl Into<String>) -> Self {
        StructValue {
            name: name.into(),
            fields: Vec::new(),
        }
    }

    /// Builder-style field addition.
    pub fn with(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.fields.push((key.into(), value.into()));
        self
    }

    pub fn into_value(self) -> Value {
        Value::Struct(Rc::new(self))
    }
}

impl Object for StructValue {
    fn type_name(&self) -> &str {
        &self.name
    }
    fn field_names(&self) -> Vec<String> {
        self.fields.iter().map(|(k, _)| k.clone()).collect()
    }
    fn field(&self, name: &str) -> Option<Value> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

impl Value {
    /// Convert raw daemon JSON. Objects become [`Value::Object`] (ordered),
    /// integral numbers `Int`/`Uint`, other numbers `Float`.
    /// A list of strings.
    #[cfg(test)]
    pub fn strings<S: AsRef<str>>(items: &[S]) -> Value {
        Value::List(
            items
                .iter()
                .map(|s| Value::Str(s.as_ref().to_string()))
                .collect(),
        )
    }

    pub fn from_json(j: &serde_json::Value) -> Value {
        match j {
            serde_json::Value::Null => Value::Nil,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Value::Int(i)
                } else if let Some(u) = n.as_u64() {
                    Value::Uint(u)
                } else {
                    Value::Float(n.as_f64().unwrap_or(0.0))
                }
            }
            serde_json::Value::String(s) => Value::Str(s.clone()),
            serde_json::Value::Array(a) => Value::List(a.iter().map(Value::from_json).collect()),
            serde_json::Value::Object(m) => Value::Object(Rc::new(
                m.iter()
                    .map(|(k, v)| (k.clone(), Value::from_json(v)))
                    .collect(),
            )),
        }
    }

    /// Build an ordered object value from pairs.
    pub fn object(pairs: Vec<(String, Value)>) -> Value {
        Value::Object(Rc::new(pairs))
    }

    /// Go's name for the dynamic type, as `%T` prints it.
    pub fn type_name(&self) -> String {
        match self {
            Value::Nil | Value::NoValue => "<nil>".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Uint(_) => "uint64".into(),
            Value::Float(_) => "float64".into(),
            Value::Str(_) => "string".into(),
            Value::List(_) => "[]interface {}".into(),
            Value::Map(m) => m.type_name().into(),
            Value::Object(_) => "map[string]interface {}".into(),
            Value::Struct(o) => o.type_name().to_string(),
        }
    }

    /// Go template truthiness: false, 0, nil, empty string/list/map are false.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Nil | Value::NoValue => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Uint(u) => *u != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Map(m) => !m.is_empty(),
            Value::Object(o) => !o.is_empty(),
            // A named number (`time.Duration`) is true when it is not zero.
            Value::Struct(o) => match o.basic() {
                Some(b) => b.truthy(),
                None => !o.nil_collection(),
            },
        }
    }

    /// Key lookup for map-like values (`Map`, `Object`).
    pub fn map_get(&self, key: &str) -> Option<Value> {
        match self {
            Value::Map(m) => m.get(key).cloned(),
            Value::Object(o) => o.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()),
            _ => None,
        }
    }

    /// Map-like entries sorted by key (Go's map iteration order in templates).
    pub fn sorted_entries(&self) -> Vec<(String, Value)> {
        match self {
            Value::Map(m) => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            Value::Object(o) => {
                let mut v: Vec<(String, Value)> = o.as_ref().clone();
                v.sort_by(|a, b| a.0.cmp(&b.0));
                v
            }
            _ => Vec::new(),
        }
    }

    /// Encode as Go's `encoding/json` would with HTML escaping disabled.
    /// `None` for unsupported values (NaN/Inf), where Go reports an error.
    pub fn to_go_json(&self) -> Option<String> {
        let mut out = String::new();
        super::template::print::write_json(self, &mut out, 0).ok()?;
        Some(out)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::template::print::format_value(self))
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(s)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<i32> for Value {
    fn from(i: i32) -> Self {
        Value::Int(i as i64)
    }
}
impl From<u64> for Value {
    fn from(u: u64) -> Self {
        Value::Uint(u)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}
impl From<Vec<Value>> for Value {
    fn from(v: Vec<Value>) -> Self {
        Value::List(v)
    }
}
impl From<StructValue> for Value {
    fn from(s: StructValue) -> Self {
        s.into_value()
    }
}

/// A Go struct whose JSON form is known: template fields are looked up by Go field name (with
/// `aliases` mapping Go names to JSON keys where they differ, e.g. `APIVersion` → `ApiVersion`),
/// and `json` prints the JSON as it is.
pub struct JsonStruct {
    pub name: String,
    pub json: serde_json::Value,
    pub aliases: &'static [(&'static str, &'static str)],
}

impl JsonStruct {
    pub fn value(
        name: impl Into<String>,
        json: serde_json::Value,
        aliases: &'static [(&'static str, &'static str)],
    ) -> Value {
        Value::Struct(Rc::new(JsonStruct {
            name: name.into(),
            json,
            aliases,
        }))
    }

    fn key<'a>(&self, name: &'a str) -> &'a str {
        self.aliases
            .iter()
            .find(|(go, _)| *go == name)
            .map(|(_, k)| *k)
            .unwrap_or(name)
    }
}

impl Object for JsonStruct {
    fn type_name(&self) -> &str {
        &self.name
    }
    fn field_names(&self) -> Vec<String> {
        self.json
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    }
    fn field(&self, name: &str) -> Option<Value> {
        let v = self.json.get(self.key(name))?;
        Some(Value::from_json(v))
    }
    fn to_json(&self) -> Option<serde_json::Value> {
        Some(self.json.clone())
    }
}
