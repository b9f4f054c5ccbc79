//! `context inspect`'s object as docker's template sees it: a `contextWithTLSListing` (the
//! embedded `store.Metadata`, `TLSMaterial`, `Storage`), built from the JSON hvdock prints.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde_json::Value as J;

use crate::format::value::{Object, StructValue, Value};

fn text(j: &J, k: &str) -> Value {
    Value::Str(j.get(k).and_then(J::as_str).unwrap_or_default().to_string())
}

/// docker's `DockerContext`: the description and the other metadata fields.
fn docker_context(meta: &J) -> Value {
    let extra: BTreeMap<String, Value> = meta
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| *k != "Description")
        .map(|(k, v)| (k.clone(), Value::from_json(v)))
        .collect();
    let fields = StructValue::new("command.DockerContext")
        .with("Description", text(meta, "Description"))
        .with("AdditionalFields", Value::Map(extra.into()));
    Marshalled::value(fields, meta)
}

/// Go's JSON of `j` as `json` writes it (no HTML escapes), objects in their order.
fn go_json(j: &J) -> String {
    Value::from_json(j)
        .to_go_json()
        .unwrap_or_else(|| "null".into())
}

/// A struct with its own `MarshalJSON` (or with `omitempty` fields): `json` prints the text
/// hvdock's `context inspect` prints for it, fields come from `fields`.
struct Marshalled {
    fields: StructValue,
    json: String,
}

impl Marshalled {
    fn value(fields: StructValue, json: &J) -> Value {
        Value::Struct(Rc::new(Marshalled {
            fields,
            json: go_json(json),
        }))
    }
}

impl Object for Marshalled {
    fn type_name(&self) -> &str {
        self.fields.type_name()
    }
    fn field_names(&self) -> Vec<String> {
        self.fields.field_names()
    }
    fn field(&self, name: &str) -> Option<Value> {
        self.fields.field(name)
    }
    fn marshal_json(&self) -> Option<String> {
        Some(self.json.clone())
    }
}

/// The typed context of `json` (what `context inspect` marshals).
pub fn listing(json: &J) -> Value {
    let endpoints: BTreeMap<String, Value> = json
        .get("Endpoints")
        .and_then(J::as_object)
        .into_iter()
        .flatten()
        .map(|(k, e)| {
            // A map of `any`: Go names a value reached through it `interface {}`.
            let meta = StructValue::new("interface {}")
                .with("Host", text(e, "Host"))
                .with(
                    "SkipTLSVerify",
                    Value::Bool(e.get("SkipTLSVerify").and_then(J::as_bool) == Some(true)),
                );
            (k.clone(), meta.into_value())
        })
        .collect();
    let tls: BTreeMap<String, Value> = json
        .get("TLSMaterial")
        .and_then(J::as_object)
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.clone(), Value::from_json(v)))
        .collect();
    let storage = json.get("Storage").cloned().unwrap_or_default();
    // `store.Metadata` alone: the listing's first three members.
    let metadata_json = J::Object(
        json.as_object()
            .into_iter()
            .flatten()
            .filter(|(k, _)| ["Name", "Metadata", "Endpoints"].contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    );
    Value::Struct(Rc::new(Listing {
        json: go_json(json),
        metadata: Marshalled::value(
            StructValue::new("store.Metadata")
                .with("Name", text(json, "Name"))
                .with(
                    "Metadata",
                    docker_context(json.get("Metadata").unwrap_or(&J::Null)),
                )
                .with("Endpoints", Value::Map(endpoints.into())),
            &metadata_json,
        ),
        tls: Value::Map(tls.into()),
        storage: StructValue::new("store.StorageInfo")
            .with("MetadataPath", text(&storage, "MetadataPath"))
            .with("TLSPath", text(&storage, "TLSPath"))
            .into_value(),
    }))
}

/// `contextWithTLSListing`: `store.Metadata` embedded (its `Name` and `Endpoints` promoted).
struct Listing {
    /// `json .`: what `context inspect` prints for the object.
    json: String,
    metadata: Value,
    tls: Value,
    storage: Value,
}

impl Object for Listing {
    fn type_name(&self) -> &str {
        "context.contextWithTLSListing"
    }
    fn field_names(&self) -> Vec<String> {
        ["Metadata", "TLSMaterial", "Storage"]
            .map(String::from)
            .to_vec()
    }
    fn marshal_json(&self) -> Option<String> {
        Some(self.json.clone())
    }
    fn field(&self, name: &str) -> Option<Value> {
        match name {
            "Metadata" => Some(self.metadata.clone()),
            "TLSMaterial" => Some(self.tls.clone()),
            "Storage" => Some(self.storage.clone()),
            _ => match &self.metadata {
                Value::Struct(m) if name != "Metadata" => m.field(name),
                _ => None,
            },
        }
    }
}
