//! The loaded configuration in the shape of docker's `types.Config` as `stack config` writes it:
//! struct fields in declaration order with `omitempty`, Go maps sorted as go-yaml sorts them
//! (numbers inside keys compared as numbers), `x-` extension fields last, durations as Go
//! prints them (`1m0s`), byte sizes as decimal strings, `external` as a boolean.

use std::cmp::Ordering;

use serde_json::{Map, Value};

use super::emit::{self, Node};
use super::normalize::scalar_text;

/// The whole file as docker's `stack config` prints it.
pub fn config(cfg: &Map<String, Value>, version: &str) -> String {
    let mut root = vec![("version".to_string(), Node::Str(version.into()))];
    let services = sorted(obj(cfg.get("services")))
        .into_iter()
        .map(|(k, v)| (k, service(v)))
        .collect();
    root.push(("services".into(), Node::Map(services)));
    for (key, f) in [
        ("networks", network as fn(&Value) -> Node),
        ("volumes", volume),
        ("secrets", file_object),
        ("configs", file_object),
    ] {
        let entries: Vec<(String, Node)> = sorted(obj(cfg.get(key)))
            .into_iter()
            .map(|(k, v)| {
                let v = external_named(&k, v);
                (k, f(&v))
            })
            .collect();
        if !entries.is_empty() {
            root.push((key.into(), Node::Map(entries)));
        }
    }
    root.extend(extras(cfg));
    emit::document(&Node::Map(root))
}

/// docker's loader gives an external object the name of `external.name` or of its key.
fn external_named(key: &str, mut v: Value) -> Value {
    if !is_external(&v) {
        return v;
    }
    let name = v.get("name").and_then(Value::as_str).unwrap_or_default();
    if name.is_empty() {
        let n = v
            .pointer("/external/name")
            .and_then(Value::as_str)
            .unwrap_or(key)
            .to_string();
        v["name"] = Value::String(n);
    }
    v
}

fn obj(v: Option<&Value>) -> Map<String, Value> {
    v.and_then(Value::as_object).cloned().unwrap_or_default()
}

/// go-yaml's order of map keys (`keyList.Less` on strings).
pub fn key_less(a: &str, b: &str) -> Ordering {
    let (ar, br): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut digits = false;
    let less = |x: bool| if x { Ordering::Less } else { Ordering::Greater };
    for i in 0..ar.len().min(br.len()) {
        if ar[i] == br[i] {
            digits = ar[i].is_ascii_digit();
            continue;
        }
        let (al, bl) = (ar[i].is_alphabetic(), br[i].is_alphabetic());
        if al && bl {
            return ar[i].cmp(&br[i]);
        }
        if al || bl {
            return less(if digits { al } else { bl });
        }
        let (mut an, mut bn) = (0i64, 0i64);
        if ar[i] == '0' || br[i] == '0' {
            let mut j = i;
            while j > 0 && ar[j - 1].is_ascii_digit() {
                j -= 1;
                if ar[j] != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < ar.len() && ar[ai].is_ascii_digit() {
            an = an.wrapping_mul(10).wrapping_add(ar[ai] as i64 - '0' as i64);
            ai += 1;
        }
        let mut bi = i;
        while bi < br.len() && br[bi].is_ascii_digit() {
            bn = bn.wrapping_mul(10).wrapping_add(br[bi] as i64 - '0' as i64);
            bi += 1;
        }
        if an != bn {
            return an.cmp(&bn);
        }
        if ai != bi {
            return ai.cmp(&bi);
        }
        return ar[i].cmp(&br[i]);
    }
    ar.len().cmp(&br.len())
}

fn sorted(m: Map<String, Value>) -> Vec<(String, Value)> {
    let mut v: Vec<(String, Value)> = m.into_iter().collect();
    v.sort_by(|a, b| key_less(&a.0, &b.0));
    v
}

/// An untyped value (extension fields) as go-yaml writes what it decoded.
fn any(v: &Value) -> Node {
    match v {
        Value::Null => Node::Raw("null".into()),
        Value::Bool(b) => Node::Raw(b.to_string()),
        Value::Number(n) if n.is_f64() => Node::Raw(emit::float(n.as_f64().unwrap_or(0.0), false)),
        Value::Number(n) => Node::Raw(n.to_string()),
        Value::String(s) => Node::Str(s.clone()),
        Value::Array(a) => Node::Seq(a.iter().map(any).collect()),
        Value::Object(m) => Node::Map(
            sorted(m.clone())
                .into_iter()
                .map(|(k, v)| (k, any(&v)))
                .collect(),
        ),
    }
}

fn extras(m: &Map<String, Value>) -> Vec<(String, Node)> {
    sorted(m.clone())
        .into_iter()
        .filter(|(k, _)| k.starts_with("x-"))
        .map(|(k, v)| (k, any(&v)))
        .collect()
}

/// Builds one struct's fields in order, each left out when empty.
struct Fields<'a> {
    src: &'a Value,
    out: Vec<(String, Node)>,
}

impl<'a> Fields<'a> {
    fn new(src: &'a Value) -> Self {
        Fields {
            src,
            out: Vec::new(),
        }
    }

    fn get(&self, k: &str) -> Option<&'a Value> {
        self.src.get(k).filter(|v| !v.is_null())
    }

    fn put(&mut self, k: &str, n: Node) -> &mut Self {
        self.out.push((k.into(), n));
        self
    }

    /// A string field (`omitempty`).
    fn s(&mut self, k: &str) -> &mut Self {
        if let Some(t) = self.get(k).and_then(scalar_text).filter(|t| !t.is_empty()) {
            self.put(k, Node::Str(t));
        }
        self
    }

    /// A bool field (`omitempty`: only true).
    fn b(&mut self, k: &str) -> &mut Self {
        if self.get(k) == Some(&Value::Bool(true)) {
            self.put(k, Node::Raw("true".into()));
        }
        self
    }

    /// A `*bool` field: written whenever set.
    fn bp(&mut self, k: &str) -> &mut Self {
        if let Some(Value::Bool(b)) = self.get(k) {
            self.put(k, Node::Raw(b.to_string()));
        }
        self
    }

    /// An integer field; `ptr` writes a zero too.
    fn n(&mut self, k: &str, ptr: bool) -> &mut Self {
        let v = self.get(k).and_then(|v| match v {
            Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
            Value::String(s) => s.parse().ok(),
            _ => None,
        });
        if let Some(x) = v.filter(|x| ptr || *x != 0) {
            self.put(k, Node::Raw(x.to_string()));
        }
        self
    }

    /// A float32 field (`omitempty`).
    fn f32(&mut self, k: &str) -> &mut Self {
        let v = self.get(k).and_then(|v| match v {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => s.parse().ok(),
            _ => None,
        });
        if let Some(f) = v.filter(|f| *f != 0.0) {
            self.put(k, Node::Raw(emit::float(f, true)));
        }
        self
    }

    /// A string list (`StringList` and friends: a single string is a list of one).
    fn l(&mut self, k: &str) -> &mut Self {
        let items: Vec<Node> = match self.get(k) {
            Some(Value::Array(a)) => a
                .iter()
                .map(|x| Node::Str(scalar_text(x).unwrap_or_default()))
                .collect(),
            Some(v) => scalar_text(v).map(Node::Str).into_iter().collect(),
            None => Vec::new(),
        };
        if !items.is_empty() {
            self.put(k, Node::Seq(items));
        }
        self
    }

    /// A map of strings; `nil_null` keeps a null value as `null` (`MappingWithEquals`).
    fn m(&mut self, k: &str, nil_null: bool) -> &mut Self {
        let m = match self.get(k) {
            Some(v @ Value::Array(_)) => super::normalize::dict(v, !nil_null),
            other => obj(other),
        };
        if !m.is_empty() {
            let entries = sorted(m)
                .into_iter()
                .map(|(k, v)| {
                    let n = match (&v, nil_null) {
                        (Value::Null, true) => Node::Raw("null".into()),
                        _ => Node::Str(scalar_text(&v).unwrap_or_default()),
                    };
                    (k, n)
                })
                .collect();
            self.put(k, Node::Map(entries));
        }
        self
    }

    /// A Go duration; `ptr` writes a zero too.
    fn d(&mut self, k: &str, ptr: bool) -> &mut Self {
        let nanos = match self.get(k) {
            Some(Value::String(s)) => crate::opts::duration::parse(s).ok(),
            Some(Value::Number(n)) => n.as_i64(),
            _ => None,
        };
        if let Some(n) = nanos.filter(|n| ptr || *n != 0) {
            self.put(k, Node::Str(crate::format::units::go_duration(n)));
        }
        self
    }

    /// `UnitBytes`: a size written as its decimal string.
    fn bytes(&mut self, k: &str) -> &mut Self {
        let v = match self.get(k) {
            Some(Value::String(s)) => crate::opts::size::ram_in_bytes(s).ok(),
            Some(Value::Number(n)) => n.as_i64(),
            _ => None,
        };
        if let Some(x) = v.filter(|x| *x != 0) {
            self.put(k, Node::Str(x.to_string()));
        }
        self
    }

    /// A nested struct: `ptr` (a pointer) is written even when empty, a value struct is not.
    fn st(&mut self, k: &str, ptr: bool, f: fn(&Value) -> Node) -> &mut Self {
        if let Some(v) = self.get(k) {
            match f(v) {
                Node::Map(m) if m.is_empty() && !ptr => {}
                n => {
                    self.put(k, n);
                }
            }
        }
        self
    }

    /// A list of structs.
    fn ls(&mut self, k: &str, f: fn(&Value) -> Node) -> &mut Self {
        if let Some(Value::Array(a)) = self.get(k) {
            if !a.is_empty() {
                let items = a.iter().map(f).collect();
                self.put(k, Node::Seq(items));
            }
        }
        self
    }

    /// `external`: `true` once loaded (its name moved to `name`).
    fn external(&mut self) -> &mut Self {
        match self.get("external") {
            Some(Value::Bool(true)) | Some(Value::Object(_)) => {
                self.put("external", Node::Raw("true".into()));
            }
            _ => {}
        }
        self
    }

    fn done(&mut self) -> Node {
        Node::Map(std::mem::take(&mut self.out))
    }

    fn with_extras(&mut self) -> Node {
        let x = extras(&obj(Some(self.src)));
        self.out.extend(x);
        self.done()
    }
}

fn service(v: Value) -> Node {
    let mut f = Fields::new(&v);
    f.st("build", false, build)
        .l("cap_add")
        .l("cap_drop")
        .s("cgroupns_mode")
        .s("cgroup_parent")
        .l("command")
        .ls("configs", file_ref)
        .s("container_name")
        .st("credential_spec", false, |v| {
            Fields::new(v).s("config").s("file").s("registry").done()
        })
        .l("depends_on")
        .st("deploy", false, deploy)
        .l("devices")
        .l("dns")
        .l("dns_search")
        .s("domainname")
        .l("entrypoint")
        .m("environment", true)
        .l("env_file")
        .l("expose")
        .l("external_links")
        .l("extra_hosts")
        .s("hostname")
        .st("healthcheck", true, healthcheck)
        .s("image")
        .bp("init")
        .s("ipc")
        .s("isolation")
        .m("labels", false)
        .l("links")
        .st("logging", true, |v| {
            Fields::new(v).s("driver").m("options", false).done()
        })
        .s("mac_address")
        .s("network_mode");
    let nets = obj(f.get("networks"));
    if !nets.is_empty() {
        let entries = sorted(nets)
            .into_iter()
            .map(|(k, v)| {
                let n = match &v {
                    Value::Object(_) => Fields::new(&v)
                        .l("aliases")
                        .m("driver_opts", false)
                        .s("ipv4_address")
                        .s("ipv6_address")
                        .done(),
                    _ => Node::Raw("null".into()),
                };
                (k, n)
            })
            .collect();
        f.put("networks", Node::Map(entries));
    }
    f.s("pid")
        .ls("ports", |p| {
            Fields::new(p)
                .s("mode")
                .n("target", false)
                .n("published", false)
                .s("protocol")
                .done()
        })
        .b("privileged")
        .b("read_only")
        .s("restart")
        .ls("secrets", file_ref)
        .l("security_opt")
        .s("shm_size")
        .b("stdin_open")
        .d("stop_grace_period", true)
        .s("stop_signal")
        .m("sysctls", false)
        .l("tmpfs")
        .b("tty");
    let ulimits = obj(f.get("ulimits"));
    if !ulimits.is_empty() {
        let entries = sorted(ulimits)
            .into_iter()
            .map(|(k, v)| {
                let n = match &v {
                    Value::Object(_) => Fields::new(&v)
                        .n("single", false)
                        .n("soft", false)
                        .n("hard", false)
                        .done(),
                    other => Node::Raw(scalar_text(other).unwrap_or_default()),
                };
                (k, n)
            })
            .collect();
        f.put("ulimits", Node::Map(entries));
    }
    f.s("user")
        // `oom_score_adj` is never loaded by docker (see convert.rs): never printed.
        .s("userns_mode")
        .ls("volumes", service_volume)
        .s("working_dir")
        .with_extras()
}

fn build(v: &Value) -> Node {
    let ctx;
    let v = match v {
        Value::String(s) => {
            ctx = serde_json::json!({ "context": s });
            &ctx
        }
        other => other,
    };
    Fields::new(v)
        .s("context")
        .s("dockerfile")
        .m("args", true)
        .m("labels", false)
        .l("cache_from")
        .l("extra_hosts")
        .s("network")
        .s("target")
        .done()
}

fn file_ref(v: &Value) -> Node {
    Fields::new(v)
        .s("source")
        .s("target")
        .s("uid")
        .s("gid")
        .n("mode", true)
        .done()
}

fn deploy(v: &Value) -> Node {
    Fields::new(v)
        .s("mode")
        .n("replicas", true)
        .m("labels", false)
        .st("update_config", true, update_config)
        .st("rollback_config", true, update_config)
        .st("resources", false, |v| {
            Fields::new(v)
                .st("limits", true, |v| {
                    Fields::new(v)
                        .s("cpus")
                        .bytes("memory")
                        .n("pids", false)
                        .done()
                })
                .st("reservations", true, |v| {
                    Fields::new(v)
                        .s("cpus")
                        .bytes("memory")
                        .ls("generic_resources", |g| {
                            Fields::new(g)
                                .st("discrete_resource_spec", true, |d| {
                                    let mut f = Fields::new(d);
                                    let kind =
                                        f.get("kind").and_then(scalar_text).unwrap_or_default();
                                    f.put("kind", Node::Str(kind));
                                    let value = f.get("value").and_then(Value::as_i64).unwrap_or(0);
                                    f.put("value", Node::Raw(value.to_string()));
                                    f.done()
                                })
                                .done()
                        })
                        .done()
                })
                .done()
        })
        .st("restart_policy", true, |v| {
            Fields::new(v)
                .s("condition")
                .d("delay", true)
                .n("max_attempts", true)
                .d("window", true)
                .done()
        })
        .st("placement", false, |v| {
            Fields::new(v)
                .l("constraints")
                .ls("preferences", |p| Fields::new(p).s("spread").done())
                .n("max_replicas_per_node", false)
                .done()
        })
        .s("endpoint_mode")
        .done()
}

fn update_config(v: &Value) -> Node {
    Fields::new(v)
        .n("parallelism", true)
        .d("delay", false)
        .s("failure_action")
        .d("monitor", false)
        .f32("max_failure_ratio")
        .s("order")
        .done()
}

fn healthcheck(v: &Value) -> Node {
    Fields::new(v)
        .l("test")
        .d("timeout", true)
        .d("interval", true)
        .n("retries", true)
        .d("start_period", true)
        .d("start_interval", true)
        .b("disable")
        .done()
}

fn service_volume(v: &Value) -> Node {
    Fields::new(v)
        .s("type")
        .s("source")
        .s("target")
        .b("read_only")
        .s("consistency")
        .st("bind", true, |v| Fields::new(v).s("propagation").done())
        .st("volume", true, |v| {
            Fields::new(v).b("nocopy").s("subpath").done()
        })
        .st("image", true, |v| Fields::new(v).s("subpath").done())
        .st("tmpfs", true, |v| Fields::new(v).n("size", false).done())
        .st("cluster", true, |_| Node::Map(Vec::new()))
        .done()
}

fn is_external(v: &Value) -> bool {
    matches!(
        v.get("external"),
        Some(Value::Bool(true)) | Some(Value::Object(_))
    )
}

/// An external object's `name`: its own, else `external.name`, else its key (set by
/// normalize), and its `x-` fields kept; other objects drop them.
fn network(v: &Value) -> Node {
    let mut f = Fields::new(v);
    f.s("name")
        .s("driver")
        .m("driver_opts", false)
        .st("ipam", false, |v| {
            Fields::new(v)
                .s("driver")
                .ls("config", |c| Fields::new(c).s("subnet").done())
                .done()
        })
        .external()
        .b("internal")
        .b("attachable")
        .m("labels", false);
    if is_external(v) {
        f.with_extras()
    } else {
        f.done()
    }
}

fn volume(v: &Value) -> Node {
    let mut f = Fields::new(v);
    f.s("name")
        .s("driver")
        .m("driver_opts", false)
        .external()
        .m("labels", false)
        .st("x-cluster-spec", true, cluster_spec);
    if is_external(v) {
        let x: Vec<(String, Node)> = extras(&obj(Some(v)))
            .into_iter()
            .filter(|(k, _)| k != "x-cluster-spec")
            .collect();
        f.out.extend(x);
    }
    f.done()
}

fn cluster_spec(v: &Value) -> Node {
    fn topology(t: &Value) -> Node {
        Fields::new(t).m("segments", false).done()
    }
    Fields::new(v)
        .s("group")
        .st("access_mode", true, |v| {
            Fields::new(v)
                .s("scope")
                .s("sharing")
                .st("mount_volume", true, |v| {
                    Fields::new(v).s("fs_type").l("mount_flags").done()
                })
                .st("block_volume", true, |_| Node::Map(Vec::new()))
                .done()
        })
        .st("accessibility_requirements", true, |v| {
            Fields::new(v)
                .ls("requisite", topology)
                .ls("preferred", topology)
                .done()
        })
        .st("capacity_range", true, |v| {
            Fields::new(v)
                .bytes("required_bytes")
                .bytes("limit_bytes")
                .done()
        })
        .ls("secrets", |s| Fields::new(s).s("key").s("secret").done())
        .s("availability")
        .done()
}

fn file_object(v: &Value) -> Node {
    let mut f = Fields::new(v);
    f.s("name").s("file").external().m("labels", false);
    let x = extras(&obj(Some(v)));
    f.out.extend(x);
    f.s("driver").m("driver_opts", false).s("template_driver");
    f.done()
}
