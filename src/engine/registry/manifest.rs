//! docker's `types.ImageManifest` (cli/manifest/types): the reference, the OCI descriptor with
//! its platform, the raw bytes the registry sent and the manifest itself, serialised exactly as
//! Go's `encoding/json` does, since docker reads the same files from `$DOCKER_CONFIG/manifests`.

use anyhow::{anyhow, Result};
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest as _, Sha256};

pub const SCHEMA2: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";

/// `ocispec.Platform`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Platform {
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub os: String,
    #[serde(
        rename = "os.version",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub os_version: String,
    #[serde(rename = "os.features", default, skip_serializing_if = "Vec::is_empty")]
    pub os_features: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub variant: String,
}

impl Platform {
    /// `json.Unmarshal(config, &platform)`: the platform fields of an image config (or of a
    /// list's descriptor) laid over `self`.
    pub fn overlay(&mut self, v: &Value) {
        let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        if let Some(x) = s("architecture") {
            self.architecture = x;
        }
        if let Some(x) = s("os") {
            self.os = x;
        }
        if let Some(x) = s("os.version") {
            self.os_version = x;
        }
        if let Some(x) = s("variant") {
            self.variant = x;
        }
        if let Some(list) = v.get("os.features").and_then(Value::as_array) {
            self.os_features = list
                .iter()
                .filter_map(|f| f.as_str().map(str::to_string))
                .collect();
        }
    }
}

fn empty<T>(v: &Option<Vec<T>>) -> bool {
    v.as_ref().is_none_or(Vec::is_empty)
}

fn empty_map(v: &Option<Map<String, Value>>) -> bool {
    v.as_ref().is_none_or(Map::is_empty)
}

/// `ocispec.Descriptor`, fields in Go's order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Descriptor {
    #[serde(rename = "mediaType", default)]
    pub media_type: String,
    #[serde(default)]
    pub digest: String,
    #[serde(default)]
    pub size: i64,
    #[serde(default, skip_serializing_if = "empty")]
    pub urls: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "empty_map")]
    pub annotations: Option<Map<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    #[serde(
        rename = "artifactType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub artifact_type: Option<String>,
}

/// Which manifest an [`ImageManifest`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    SchemaV2,
    Oci,
}

impl Kind {
    fn field(self) -> &'static str {
        match self {
            Kind::SchemaV2 => "SchemaV2Manifest",
            Kind::Oci => "OCIManifest",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Kind::SchemaV2 => SCHEMA2,
            Kind::Oci => OCI_MANIFEST,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImageManifest {
    /// `Ref`: the reference the manifest was fetched as (`None` is Go's `null`).
    pub reference: Option<String>,
    pub descriptor: Descriptor,
    /// `Raw`: the bytes the registry sent (empty in files written by old docker versions).
    pub raw: Vec<u8>,
    /// The manifest's canonical bytes (`Payload()`).
    pub manifest: Option<(Kind, Vec<u8>)>,
}

pub fn sha256(bytes: &[u8]) -> String {
    let sum = Sha256::digest(bytes);
    let hex: String = sum.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// Go's `json.Compact` of bytes that are JSON.
fn compact(bytes: &[u8]) -> String {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(v) => v.to_string(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

impl ImageManifest {
    /// `json.Marshal(imageManifest)`: the store's file content, and (indented) `inspect -v`.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\"Ref\":");
        match &self.reference {
            Some(r) => out.push_str(&Value::String(r.clone()).to_string()),
            None => out.push_str("null"),
        }
        out.push_str(",\"Descriptor\":");
        out.push_str(&serde_json::to_string(&self.descriptor).unwrap_or_default());
        if !self.raw.is_empty() {
            out.push_str(",\"Raw\":\"");
            out.push_str(&base64::engine::general_purpose::STANDARD.encode(&self.raw));
            out.push('"');
        }
        if let Some((kind, bytes)) = &self.manifest {
            out.push_str(&format!(",\"{}\":", kind.field()));
            out.push_str(&compact(bytes));
        }
        out.push('}');
        crate::format::go_json::escape_html(&out)
    }

    /// Reads a store file as docker's `getFromFilename` does (including the older layout with
    /// top-level `Digest` and `Platform`).
    pub fn from_json(file: &str, bytes: &[u8]) -> Result<ImageManifest> {
        let v: Value = serde_json::from_slice(bytes).map_err(|e| anyhow!("{e}"))?;
        let field = |k: &str| v.get(k).filter(|x| !x.is_null());
        let reference = field("Ref").and_then(Value::as_str).map(str::to_string);
        let mut descriptor: Descriptor = match field("Descriptor") {
            Some(d) => serde_json::from_value(d.clone()).map_err(|e| anyhow!("{e}"))?,
            None => Descriptor::default(),
        };
        let raw = match field("Raw").and_then(Value::as_str) {
            Some(b) => base64::engine::general_purpose::STANDARD
                .decode(b)
                .map_err(|e| anyhow!("{e}"))?,
            None => Vec::new(),
        };
        let manifest = [Kind::SchemaV2, Kind::Oci]
            .into_iter()
            .find_map(|k| field(k.field()).map(|m| (k, m.to_string().into_bytes())));
        let mut m = ImageManifest {
            reference,
            descriptor: descriptor.clone(),
            raw,
            manifest,
        };
        if let Some(digest) = field("Digest")
            .and_then(Value::as_str)
            .filter(|d| !d.is_empty())
        {
            let (media_type, payload) = m.payload()?;
            let got = sha256(&payload);
            if got != digest {
                return Err(anyhow!(
                    "invalid manifest file {file}: image manifest digest mismatch ({digest} != {got})"
                ));
            }
            descriptor = Descriptor {
                media_type: media_type.to_string(),
                digest: digest.to_string(),
                size: payload.len() as i64,
                platform: field("Platform").map(|p| {
                    let mut platform = Platform::default();
                    platform.overlay(p);
                    platform
                }),
                ..Default::default()
            };
            m.descriptor = descriptor;
        }
        Ok(m)
    }

    /// `Payload()`: the media type and canonical bytes.
    pub fn payload(&self) -> Result<(&'static str, Vec<u8>)> {
        match &self.manifest {
            Some((kind, bytes)) => Ok((kind.media_type(), bytes.clone())),
            None => Err(anyhow!(
                "{} has no payload",
                self.reference.as_deref().unwrap_or("<nil>")
            )),
        }
    }

    /// `Blobs()`: the config, then the layers.
    pub fn blobs(&self) -> Vec<String> {
        let Some((_, bytes)) = &self.manifest else {
            return Vec::new();
        };
        let Ok(v) = serde_json::from_slice::<Value>(bytes) else {
            return Vec::new();
        };
        let digest = |d: &Value| d.get("digest").and_then(Value::as_str).map(str::to_string);
        let mut out: Vec<String> = v.get("config").and_then(digest).into_iter().collect();
        if let Some(layers) = v.get("layers").and_then(Value::as_array) {
            out.extend(layers.iter().filter_map(digest));
        }
        out
    }
}

/// `manifestlist.FromDescriptors(...)`: the list docker shows and pushes, compact (docker's
/// canonical form is this indented with three spaces); an OCI index when the first entry is an
/// OCI manifest.
pub fn list_json(entries: &[ImageManifest]) -> (&'static str, String) {
    let media_type = match entries.first() {
        Some(e) if e.descriptor.media_type == OCI_MANIFEST => OCI_INDEX,
        _ => LIST,
    };
    let mut out = format!("{{\"schemaVersion\":2,\"mediaType\":\"{media_type}\",\"manifests\":[");
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let d = &e.descriptor;
        let platform = d.platform.clone().unwrap_or_default();
        out.push_str(&format!(
            "{{\"mediaType\":{},\"size\":{},\"digest\":{},\"platform\":{}}}",
            Value::String(d.media_type.clone()),
            d.size,
            Value::String(d.digest.clone()),
            serde_json::to_string(&platform).unwrap_or_default()
        ));
    }
    out.push_str("]}");
    (media_type, crate::format::go_json::escape_html(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_json_round_trips_and_escapes_like_go() {
        let raw = br#"{
   "schemaVersion": 2,
   "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
   "config": {"digest": "sha256:c"},
   "layers": [{"digest": "sha256:l", "annotations": {"a": "<&>"}}]
}"#;
        let m = ImageManifest {
            reference: Some("127.0.0.1:5000/a:b".into()),
            descriptor: Descriptor {
                media_type: SCHEMA2.into(),
                digest: sha256(raw),
                size: raw.len() as i64,
                platform: Some(Platform {
                    architecture: "amd64".into(),
                    os: "linux".into(),
                    ..Default::default()
                }),
                ..Default::default()
            },
            raw: raw.to_vec(),
            manifest: Some((Kind::SchemaV2, raw.to_vec())),
        };
        let text = m.to_json();
        assert!(text.starts_with(r#"{"Ref":"127.0.0.1:5000/a:b","Descriptor":{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"sha256:"#));
        assert!(text.contains(r#""platform":{"architecture":"amd64","os":"linux"}},"Raw":""#));
        assert!(text.contains(r#""annotations":{"a":"\u003c\u0026\u003e"}"#));
        let back = ImageManifest::from_json("f", text.as_bytes()).unwrap();
        assert_eq!(back.to_json(), text);
        assert_eq!(back.blobs(), vec!["sha256:c", "sha256:l"]);
    }
}
