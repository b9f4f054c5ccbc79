//! `hvdock inspect` and what every `inspect` verb shares: docker's `inspect.Inspect` (the
//! daemon's JSON indented as it came, `--format json` compacted, templates run first over the
//! typed object and then, if that fails, over the raw map with `missingkey=error`).

use std::io::Write;
use std::rc::Rc;

use anyhow::Result;
use bytes::Bytes;

use super::jsonraw;
use super::Ctx;
use crate::cli::ls::InspectArgs;
use crate::engine::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::{classify, CliError};
use crate::format::go_json;
use crate::format::gotype;
use crate::format::template::{ExecOptions, Template};
use crate::format::value::{Object, Value};

/// What `--type` names, in docker's autodetection order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Container,
    Image,
    Network,
    Volume,
    Service,
    Task,
    Node,
    Plugin,
    Secret,
    Config,
}

const ALL_TYPES: &str = r#""config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume""#;

const ORDER: [Kind; 10] = [
    Kind::Container,
    Kind::Image,
    Kind::Network,
    Kind::Volume,
    Kind::Service,
    Kind::Task,
    Kind::Node,
    Kind::Plugin,
    Kind::Secret,
    Kind::Config,
];

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        ORDER.into_iter().find(|k| k.name() == s)
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Container => "container",
            Kind::Image => "image",
            Kind::Network => "network",
            Kind::Volume => "volume",
            Kind::Service => "service",
            Kind::Task => "task",
            Kind::Node => "node",
            Kind::Plugin => "plugin",
            Kind::Secret => "secret",
            Kind::Config => "config",
        }
    }

    fn swarm(self) -> bool {
        matches!(
            self,
            Kind::Service | Kind::Task | Kind::Node | Kind::Secret | Kind::Config
        )
    }

    /// The type docker decodes this kind's answer into, for Go's type errors.
    fn go_root(self) -> Option<&'static str> {
        Some(root_of(self))
    }

    fn path(self, r: &str, size: bool) -> ApiPath {
        match self {
            Kind::Container => ApiPath::new("/containers")
                .seg(r)
                .lit("/json")
                .query_opt("size", size.then_some("1")),
            Kind::Image => ApiPath::new("/images").seg(r).lit("/json"),
            Kind::Network => ApiPath::new("/networks").seg(r),
            Kind::Volume => ApiPath::new("/volumes").seg(r),
            Kind::Service => ApiPath::new("/services")
                .seg(r)
                .query("insertDefaults", "true"),
            Kind::Task => ApiPath::new("/tasks").seg(r),
            Kind::Node => ApiPath::new("/nodes").seg(r),
            Kind::Plugin => ApiPath::new("/plugins").seg(r).lit("/json"),
            Kind::Secret => ApiPath::new("/secrets").seg(r),
            Kind::Config => ApiPath::new("/configs").seg(r),
        }
    }
}

/// Fetches one object's raw JSON, checked as docker's client decodes it.
pub async fn fetch(engine: &Engine, kind: Kind, r: &str, size: bool) -> Result<Bytes> {
    engine.api().await?;
    // docker reads an image's answer whole and unmarshals it; the others through a decoder.
    let read = match kind {
        Kind::Image => raw::Read::Unmarshal,
        _ => raw::Read::Decoder,
    };
    let path = kind.path(checked_ref(kind, r)?, size);
    let (_, body) = raw::request_read(engine, http::Method::GET, &path, None, read).await?;
    checked(body, Some(kind))
}

/// A reference as docker's client checks it before asking (so an empty one never becomes a
/// path such as `/volumes`, the list): an image's must not be empty (`No such image: `); the
/// others go through its `trimID` (spaces trimmed, empty refused with the object's name, which
/// for a config its client spells `contig`).
pub fn checked_ref(kind: Kind, r: &str) -> Result<&str> {
    let name = match kind {
        Kind::Image if r.is_empty() => {
            return Err(CliError::message("Error: No such image: ", 1));
        }
        Kind::Image => return Ok(r),
        Kind::Config => "contig",
        other => other.name(),
    };
    crate::commands::container::each::trim_id(name, r)
}

/// An inspect answer docker decodes into its type for `kind`: a value of the wrong type fails
/// as Go's decoder says it.
pub fn checked(body: Bytes, kind: Option<Kind>) -> Result<Bytes> {
    let Some(root) = kind.and_then(Kind::go_root) else {
        return Ok(body);
    };
    let value: serde_json::Value = raw::decode(&body)?;
    raw::check_go(&value, root)?;
    Ok(body)
}

/// How elements are printed.
enum Mode {
    Indented,
    Json,
    Template(Template),
}

/// docker's `inspect.Inspect` state: elements are collected, then flushed once.
pub struct Inspector {
    mode: Mode,
    /// Print the typed object re-marshalled, not the daemon's answer (docker's `volume
    /// inspect` asks without the raw answer).
    remarshal: Option<Kind>,
    raws: Vec<Bytes>,
    text: String,
    errors: Vec<String>,
    /// docker prints its own struct, marshalled (HTML-safe escapes), not the daemon's bytes.
    marshalled: bool,
}

impl Inspector {
    /// `--format` as given: "" indented JSON, "json" compact, else a template (exit 64 when
    /// it does not parse).
    pub fn new(format: Option<&str>) -> Result<Inspector> {
        let mode = match format.unwrap_or_default() {
            "" => Mode::Indented,
            "json" => Mode::Json,
            t => Mode::Template(
                Template::parse("", t)
                    .map_err(|e| CliError::message(format!("template parsing error: {e}"), 64))?,
            ),
        };
        Ok(Inspector {
            mode,
            remarshal: None,
            raws: Vec::new(),
            text: String::new(),
            errors: Vec::new(),
            marshalled: false,
        })
    }

    /// The JSON output is docker's struct as `json.Marshal` writes it (`volume inspect`; node and
    /// service inspect go through [`Inspector::add_typed`]), where docker drops the daemon's raw
    /// bytes: the daemon leaves `<`, `>`, `&` as they are, docker's marshalling escapes them.
    pub fn marshalled(mut self) -> Inspector {
        self.marshalled = true;
        self
    }

    /// Adds one object docker holds only as its own struct (no daemon answer to fall back
    /// to): `raw` is what it prints, a template runs over `typed` alone.
    pub fn add_value(&mut self, element: Result<(Bytes, Value)>) {
        let (raw, typed) = match element {
            Ok(pair) => pair,
            Err(e) => {
                self.errors.push(message(&e));
                return;
            }
        };
        let Mode::Template(t) = &self.mode else {
            self.raws.push(raw);
            return;
        };
        let mut out = String::new();
        match t.execute(&typed, &mut out) {
            Ok(()) => {
                self.text.push_str(&out);
                self.text.push('\n');
            }
            Err(e) => self.errors.push(format!("template parsing error: {e}")),
        }
    }

    /// Adds one object of a known kind: templates see it as docker's typed object of that kind.
    pub fn add_as(&mut self, element: Result<Bytes>, kind: Option<Kind>) {
        let Mode::Template(t) = &self.mode else {
            match element {
                Ok(raw) => {
                    let typed = self.remarshal.and_then(|k| {
                        let json: serde_json::Value = raw::decode(&raw).ok()?;
                        typed_root(&json, Some(k)).to_go_json()
                    });
                    self.raws.push(typed.map_or(raw, Bytes::from));
                }
                Err(e) => self.errors.push(message(&e)),
            }
            return;
        };
        let json = match decode(element) {
            Ok(j) => j,
            Err(e) => return self.errors.push(e),
        };
        let mut out = String::new();
        if t.execute(&typed_root(&json, kind), &mut out).is_ok() {
            self.text.push_str(&out);
            self.text.push('\n');
            return;
        }
        let mut out = String::new();
        let opts = ExecOptions {
            missing_key_error: true,
            ..Default::default()
        };
        match t.execute_with(&Value::from_json(&json), &mut out, opts) {
            Ok(()) => {
                self.text.push_str(&out);
                self.text.push('\n');
            }
            Err(e) => self.errors.push(format!("template parsing error: {e}")),
        }
    }

    /// Adds one object docker hands over typed only (`service inspect` and `node inspect` keep
    /// no raw JSON): the JSON output is docker's marshalling of its struct, and a template that
    /// fails on it is the error (no raw fallback).
    pub fn add_typed(&mut self, element: Result<Bytes>, kind: Kind) {
        let json = match decode(element) {
            Ok(j) => j,
            Err(e) => return self.errors.push(e),
        };
        let root = root_of(kind);
        let raw = Bytes::from(gotype::marshal(root, &json));
        self.add_value(Ok((raw, gotype::typed(root, &json))));
    }

    /// Prints what was collected; the errors, one a line, become the failure (exit 1).
    pub fn flush(self) -> Result<()> {
        let out: Vec<u8> = match self.mode {
            Mode::Template(_) if self.text.is_empty() => b"\n".to_vec(),
            Mode::Template(_) => self.text.into_bytes(),
            _ if self.raws.is_empty() => b"[]\n".to_vec(),
            mode => {
                let mut all = b"[".to_vec();
                for (i, r) in self.raws.iter().enumerate() {
                    if i > 0 {
                        all.push(b',');
                    }
                    all.extend_from_slice(r);
                }
                all.push(b']');
                // docker indents (or compacts) the answers put together; what does not parse
                // is logged and nothing printed.
                match go_json::syntax_error(&all) {
                    Some(e) => {
                        crate::error::logrus("error", &e);
                        Vec::new()
                    }
                    None => {
                        let mut out = match mode {
                            Mode::Json => jsonraw::compact(&all),
                            _ => jsonraw::indent(&all, "    "),
                        };
                        out.push(b'\n');
                        match self.marshalled {
                            true => {
                                go_json::escape_html(&String::from_utf8_lossy(&out)).into_bytes()
                            }
                            false => out,
                        }
                    }
                }
            }
        };
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(&out)?;
        stdout.flush()?;
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(CliError::message(self.errors.join("\n"), 1))
        }
    }
}

/// The element's JSON, or the error inspect lists for it.
fn decode(element: Result<Bytes>) -> Result<serde_json::Value, String> {
    let raw = element.map_err(|e| message(&e))?;
    serde_json::from_slice(&raw).map_err(|e| format!("unable to read inspect data: {e}"))
}

/// An error as docker's inspect lists it.
fn message(e: &anyhow::Error) -> String {
    crate::error::render(e).0
}

/// The format of a swarm object's `inspect` (node, secret, config): `pretty` for `--pretty` or
/// `--format pretty`; docker refuses anything added to `pretty`.
pub fn pretty_or(pretty: bool, format: Option<&str>) -> Result<String> {
    let format = if pretty {
        "pretty"
    } else {
        format.unwrap_or_default()
    };
    if format.starts_with("pretty") && format != "pretty" {
        return Err(CliError::message(
            "cannot supply extra formatting options to the pretty template",
            1,
        ));
    }
    Ok(format.to_string())
}

/// Inspects `refs` as one kind of object (`container inspect`, `image inspect`).
pub async fn inspect_kind(
    ctx: &Ctx,
    kind: Kind,
    refs: &[String],
    format: Option<&str>,
    size: bool,
) -> Result<()> {
    let mut inspector = Inspector::new(format)?;
    // `volume inspect` prints docker's typed volume, marshalled (`docker inspect` the
    // daemon's bytes).
    if kind == Kind::Volume {
        inspector = inspector.marshalled();
        inspector.remarshal = Some(kind);
    }
    let engine = ctx.engine()?;
    for r in refs {
        inspector.add_as(fetch(engine, kind, r, size).await, Some(kind));
    }
    inspector.flush()
}

pub async fn run(ctx: &Ctx, args: InspectArgs) -> Result<()> {
    let constraint = match args.kind.as_deref() {
        None => None,
        Some("") => {
            return Err(CliError::message(
                format!("type is empty: must be one of {ALL_TYPES}"),
                1,
            ))
        }
        Some(t) => Some(Kind::parse(t).ok_or_else(|| {
            CliError::message(
                format!("unknown type: {t:?}: must be one of {ALL_TYPES}"),
                1,
            )
        })?),
    };
    let mut inspector = Inspector::new(args.format.as_deref())?;
    let engine = ctx.engine()?;
    let mut swarm: Option<bool> = None;
    for r in &args.names {
        let mut found = None;
        for kind in ORDER {
            if constraint.is_some_and(|c| c != kind) {
                continue;
            }
            if constraint.is_none() && kind.swarm() {
                if swarm.is_none() {
                    swarm = Some(swarm_manager(engine).await);
                }
                if swarm == Some(false) {
                    continue;
                }
            }
            match fetch(engine, kind, r, args.size).await {
                Err(e) if constraint.is_none() && skippable(&e) => continue,
                Err(e) => {
                    found = Some((Err(e), None));
                    break;
                }
                Ok(raw) => {
                    if args.size && kind != Kind::Container {
                        eprintln!("WARNING: --size ignored for {}", kind.name());
                    }
                    found = Some((Ok(raw), Some(kind)));
                    break;
                }
            }
        }
        let (element, kind) = found.unwrap_or_else(|| {
            let missing = CliError::message(format!("Error: No such object: {r}"), 1);
            (Err(missing), None)
        });
        inspector.add_as(element, kind);
    }
    inspector.flush()
}

/// docker's `isErrSkippable`: not found, not supported, or not a valid reference for this kind.
fn skippable(e: &anyhow::Error) -> bool {
    match classify(e) {
        Some(CliError::Daemon { status: 404, .. }) => true,
        Some(CliError::Daemon { message, .. }) => {
            message.contains("not supported") || message.contains("invalid reference format")
        }
        _ => false,
    }
}

async fn swarm_manager(engine: &Engine) -> bool {
    match raw::get_json(engine, &ApiPath::new("/info")).await {
        Ok(info) => info
            .get("Swarm")
            .and_then(|s| s.get("ControlAvailable"))
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(false),
        Err(e) => {
            eprintln!("{}", message(&e));
            false
        }
    }
}

/// Field names whose JSON objects are Go maps in docker's typed objects (a missing key is
/// `<no value>`); every other object is a struct (a missing field fails, and docker falls back
/// to the raw map with `missingkey=error`).
const MAP_FIELDS: [&str; 15] = [
    "Labels",
    "ExposedPorts",
    "Volumes",
    "PortBindings",
    "Ports",
    "Networks",
    "Sysctls",
    "StorageOpt",
    "Tmpfs",
    "Data",
    "DriverOpts",
    "Options",
    "Containers",
    "Status",
    "Annotations",
];

/// The daemon's object as docker's typed object looks to a template: docker 28's structs
/// (`format::gotype`) for every kind `inspect` knows; for the others (contexts) the daemon's JSON
/// with Go's map/struct distinction.
fn typed_root(j: &serde_json::Value, kind: Option<Kind>) -> Value {
    match kind {
        Some(k) => gotype::typed(root_of(k), j),
        None => typed(j, ""),
    }
}

/// The root struct of a kind's typed object.
fn root_of(kind: Kind) -> &'static str {
    match kind {
        Kind::Container => gotype::CONTAINER,
        Kind::Image => gotype::IMAGE,
        Kind::Network => gotype::NETWORK,
        Kind::Volume => gotype::VOLUME,
        Kind::Plugin => gotype::PLUGIN,
        Kind::Secret => gotype::SECRET,
        Kind::Config => gotype::CONFIG,
        Kind::Service => gotype::SERVICE,
        Kind::Task => gotype::TASK,
        Kind::Node => gotype::NODE,
    }
}

/// The raw JSON as docker's typed object approximately looks to a template.
fn typed(j: &serde_json::Value, key: &str) -> Value {
    match j {
        serde_json::Value::Null if MAP_FIELDS.contains(&key) || key == "LogConfig.Config" => {
            gotype::nil_string_map()
        }
        serde_json::Value::Object(m) => {
            let is_map = MAP_FIELDS.contains(&key) || key == "LogConfig.Config";
            let child = |k: &str| {
                if key == "LogConfig" && k == "Config" {
                    "LogConfig.Config".to_string()
                } else {
                    k.to_string()
                }
            };
            if is_map {
                return Value::object(m.iter().map(|(k, v)| (k.clone(), typed(v, ""))).collect());
            }
            Value::Struct(Rc::new(TypedStruct(
                m.iter()
                    .map(|(k, v)| (k.clone(), typed(v, &child(k))))
                    .collect(),
            )))
        }
        serde_json::Value::Array(a) => Value::List(a.iter().map(|v| typed(v, "")).collect()),
        other => Value::from_json(other),
    }
}

/// A struct of docker's typed inspect objects, fields in the daemon's order.
struct TypedStruct(Vec<(String, Value)>);

impl Object for TypedStruct {
    fn type_name(&self) -> &str {
        "struct"
    }
    fn field_names(&self) -> Vec<String> {
        self.0.iter().map(|(k, _)| k.clone()).collect()
    }
    fn field(&self, name: &str) -> Option<Value> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}
