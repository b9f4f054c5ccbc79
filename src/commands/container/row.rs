//! One `ps` row: docker's `formatter.ContainerContext` over a `/containers/json` item, plus
//! hvdock's `.Isolation`.

use std::cell::Cell;
use std::rc::Rc;

use serde_json::Value as J;

use crate::commands::listing::{self, jint, jstr};
use crate::format::units::human_size;
use crate::format::value::{Object, Value};

pub const DEFAULT_TABLE: &str =
    "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";

/// The column titles (docker's `NewContainerContext` header plus ISOLATION).
pub fn header() -> Value {
    listing::header(&[
        ("ID", "CONTAINER ID"),
        ("Names", "NAMES"),
        ("Image", "IMAGE"),
        ("Command", "COMMAND"),
        ("CreatedAt", "CREATED AT"),
        ("RunningFor", "CREATED"),
        ("Ports", "PORTS"),
        ("State", "STATE"),
        ("Status", "STATUS"),
        ("Size", "SIZE"),
        ("Labels", "LABELS"),
        ("Mounts", "MOUNTS"),
        ("LocalVolumes", "LOCAL VOLUMES"),
        ("Networks", "NETWORKS"),
        ("Platform", "PLATFORM"),
        ("Isolation", "ISOLATION"),
    ])
}

/// Fields `{{json .}}` shows: docker's methods (sorted by its map marshalling). `.Isolation` is
/// hvdock's own and stays out of it so `--format json` matches docker byte for byte.
const JSON_FIELDS: [&str; 14] = [
    "Command",
    "CreatedAt",
    "ID",
    "Image",
    "Labels",
    "LocalVolumes",
    "Mounts",
    "Names",
    "Networks",
    "Ports",
    "RunningFor",
    "Size",
    "State",
    "Status",
];

pub struct ContainerRow {
    pub c: J,
    pub trunc: bool,
    /// The effective isolation, when it was looked up.
    pub isolation: Option<String>,
    /// Set when a template reads `.Size` / `.Isolation` (docker's `FieldsUsed`).
    pub used_size: Rc<Cell<bool>>,
    pub used_isolation: Rc<Cell<bool>>,
}

impl ContainerRow {
    pub fn new(c: J, trunc: bool) -> ContainerRow {
        ContainerRow {
            c,
            trunc,
            isolation: None,
            used_size: Rc::default(),
            used_isolation: Rc::default(),
        }
    }

    fn id(&self) -> String {
        let id = jstr(&self.c, "Id");
        if self.trunc {
            listing::truncate_id(id)
        } else {
            id.to_string()
        }
    }

    fn names(&self) -> String {
        let names = self
            .c
            .get("Names")
            .and_then(J::as_array)
            .cloned()
            .unwrap_or_default();
        let names: Vec<&str> = names
            .iter()
            .filter_map(J::as_str)
            .map(|n| n.strip_prefix('/').unwrap_or(n))
            .collect();
        if self.trunc {
            // One name only: the first that is not a legacy link (`other/alias`).
            return names
                .iter()
                .find(|n| !n.contains('/'))
                .unwrap_or(&"")
                .to_string();
        }
        names.join(",")
    }

    fn image(&self) -> String {
        let image = jstr(&self.c, "Image");
        if image.is_empty() {
            return "<no image>".into();
        }
        if !self.trunc {
            return image.to_string();
        }
        let trunc = listing::truncate_id(jstr(&self.c, "ImageID"));
        if trunc == listing::truncate_id(image) {
            return trunc;
        }
        if image.chars().any(|c| c.is_ascii_uppercase()) {
            return image.to_string();
        }
        // Strip a digest but keep the tag, in the familiar form.
        let name = match image.split_once('@') {
            Some((n, _)) => n,
            None => image,
        };
        listing::familiar(name)
    }

    fn command(&self) -> String {
        let cmd = jstr(&self.c, "Command");
        if self.trunc {
            listing::go_quote(&listing::ellipsis(cmd, 20))
        } else {
            listing::go_quote(cmd)
        }
    }

    fn size(&self) -> String {
        self.used_size.set(true);
        let rw = jint(&self.c, "SizeRw");
        let root = jint(&self.c, "SizeRootFs");
        let srw = human_size(rw as f64);
        if root > 0 {
            format!("{srw} (virtual {})", human_size(root as f64))
        } else {
            srw
        }
    }

    fn labels(&self) -> String {
        let Some(m) = self.c.get("Labels").and_then(J::as_object) else {
            return String::new();
        };
        let mut l: Vec<String> = m
            .iter()
            .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
            .collect();
        l.sort();
        l.join(",")
    }

    fn label(&self, name: &str) -> String {
        self.c
            .get("Labels")
            .and_then(|l| l.get(name))
            .and_then(J::as_str)
            .unwrap_or_default()
            .to_string()
    }

    fn mounts(&self) -> String {
        let mounts = self
            .c
            .get("Mounts")
            .and_then(J::as_array)
            .cloned()
            .unwrap_or_default();
        mounts
            .iter()
            .map(|m| {
                let name = match jstr(m, "Name") {
                    "" => jstr(m, "Source"),
                    n => n,
                };
                if self.trunc {
                    listing::ellipsis(name, 15)
                } else {
                    name.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    fn local_volumes(&self) -> String {
        let mounts = self.c.get("Mounts").and_then(J::as_array);
        mounts
            .map(|m| m.iter().filter(|m| jstr(m, "Driver") == "local").count())
            .unwrap_or(0)
            .to_string()
    }

    fn networks(&self) -> String {
        self.c
            .get("NetworkSettings")
            .and_then(|n| n.get("Networks"))
            .and_then(J::as_object)
            .map(|m| m.keys().cloned().collect::<Vec<_>>().join(","))
            .unwrap_or_default()
    }

    fn text(&self, name: &str) -> Option<String> {
        Some(match name {
            "ID" => self.id(),
            "Names" => self.names(),
            "Image" => self.image(),
            "Command" => self.command(),
            "CreatedAt" => listing::go_time(jint(&self.c, "Created")),
            "RunningFor" => listing::ago(jint(&self.c, "Created")),
            "Ports" => displayable_ports(self.c.get("Ports")),
            "State" => jstr(&self.c, "State").to_string(),
            "Status" => jstr(&self.c, "Status").to_string(),
            "Size" => self.size(),
            "Labels" => self.labels(),
            "Mounts" => self.mounts(),
            "LocalVolumes" => self.local_volumes(),
            "Networks" => self.networks(),
            "Isolation" => {
                self.used_isolation.set(true);
                self.isolation.clone().unwrap_or_default()
            }
            _ => return None,
        })
    }
}

impl Object for ContainerRow {
    fn type_name(&self) -> &str {
        "*formatter.ContainerContext"
    }

    fn field_names(&self) -> Vec<String> {
        JSON_FIELDS.iter().map(|s| s.to_string()).collect()
    }

    fn field(&self, name: &str) -> Option<Value> {
        if name == "Platform" {
            return Some(Value::Nil);
        }
        self.text(name).map(Value::Str)
    }

    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        (name == "Label").then(|| crate::commands::listing::label_method(args, |k| self.label(k)))
    }

    fn marshal_json(&self) -> Option<String> {
        let entries = JSON_FIELDS
            .iter()
            .map(|f| (*f, self.text(f)))
            .collect::<Vec<_>>();
        Some(listing::marshal_map(
            entries,
            &[("Platform", "null".into())],
        ))
    }
}

/// docker's `DisplayablePorts`: sorted, equal public/private ports grouped into ranges per
/// IP and protocol, other mappings listed one by one after the groups.
pub fn displayable_ports(ports: Option<&J>) -> String {
    struct P {
        ip: String,
        private: u64,
        public: u64,
        kind: String,
    }
    let mut ps: Vec<P> = ports
        .and_then(J::as_array)
        .map(|a| {
            a.iter()
                .map(|p| P {
                    ip: jstr(p, "IP").to_string(),
                    private: p.get("PrivatePort").and_then(J::as_u64).unwrap_or(0),
                    public: p.get("PublicPort").and_then(J::as_u64).unwrap_or(0),
                    kind: jstr(p, "Type").to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    ps.sort_by(|a, b| {
        (a.private, &a.ip, a.public, &a.kind).cmp(&(b.private, &b.ip, b.public, &b.kind))
    });
    let join = |ip: &str, port: &str| {
        if ip.contains(':') {
            format!("[{ip}]:{port}")
        } else {
            format!("{ip}:{port}")
        }
    };
    let form = |key: &str, first: u64, last: u64| {
        let (ip, kind) = match key.split_once('/') {
            Some((ip, k)) => (ip, k.split('/').next().unwrap_or(k)),
            None => ("", key),
        };
        let mut group = first.to_string();
        if first != last {
            group = format!("{group}-{last}");
        }
        if !ip.is_empty() {
            group = format!("{}->{group}", join(ip, &group));
        }
        format!("{group}/{kind}")
    };
    let mut groups: Vec<(String, u64, u64)> = Vec::new();
    let mut result = Vec::new();
    let mut host = Vec::new();
    for p in &ps {
        let mut key = p.kind.clone();
        if !p.ip.is_empty() {
            if p.public != p.private {
                host.push(format!(
                    "{}->{}/{}",
                    join(&p.ip, &p.public.to_string()),
                    p.private,
                    p.kind
                ));
                continue;
            }
            key = format!("{}/{}", p.ip, p.kind);
        }
        match groups.iter_mut().find(|g| g.0 == key) {
            None => groups.push((key, p.private, p.private)),
            Some(g) if p.private == g.2 + 1 => g.2 = p.private,
            Some(g) => {
                result.push(form(&g.0, g.1, g.2));
                g.1 = p.private;
                g.2 = p.private;
            }
        }
    }
    for g in &groups {
        result.push(form(&g.0, g.1, g.2));
    }
    result.extend(host);
    result.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ports_group_as_docker() {
        let p = json!([
            {"PrivatePort": 82, "Type": "tcp"},
            {"PrivatePort": 80, "Type": "tcp"},
            {"PrivatePort": 81, "Type": "tcp"},
            {"PrivatePort": 53, "Type": "udp"},
            {"IP": "0.0.0.0", "PrivatePort": 9000, "PublicPort": 9000, "Type": "tcp"},
            {"IP": "0.0.0.0", "PrivatePort": 9001, "PublicPort": 9001, "Type": "tcp"},
            {"IP": "::", "PrivatePort": 22, "PublicPort": 2222, "Type": "tcp"},
            {"PrivatePort": 85, "Type": "tcp"}
        ]);
        assert_eq!(
            displayable_ports(Some(&p)),
            "80-82/tcp, 53/udp, 85/tcp, 0.0.0.0:9000-9001->9000-9001/tcp, [::]:2222->22/tcp"
        );
        assert_eq!(displayable_ports(None), "");
    }

    #[test]
    fn row_fields() {
        let c = json!({"Id": "0123456789abcdef", "Names": ["/a/link", "/web"], "Image": "docker.io/library/busybox@sha256:1",
                       "ImageID": "sha256:ffff", "Command": "echo \"hello world\" and more text", "Labels": {"b": "2", "a": "1"},
                       "Mounts": [{"Name": "", "Source": "/a/very/long/source/path", "Driver": ""}, {"Name": "v", "Driver": "local"}]});
        let r = ContainerRow::new(c, true);
        assert_eq!(r.text("ID").unwrap(), "0123456789ab");
        assert_eq!(r.text("Names").unwrap(), "web");
        assert_eq!(r.text("Image").unwrap(), "busybox");
        assert_eq!(r.text("Command").unwrap(), "\"echo \\\"hello world\\\" …\"");
        assert_eq!(r.text("Labels").unwrap(), "a=1,b=2");
        assert_eq!(r.text("Mounts").unwrap(), "/a/very/long/s…,v");
        assert_eq!(r.text("LocalVolumes").unwrap(), "1");
        assert_eq!(r.label("a"), "1");
        assert!(r.marshal_json().unwrap().starts_with("{\"Command\":"));
    }
}
