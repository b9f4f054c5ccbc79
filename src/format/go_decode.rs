//! The type errors of Go's `encoding/json` decoding a daemon's answer into docker 28.2.2's
//! structs (Go 1.24, as docker 28.2.2 is built): `json: cannot unmarshal object into Go value of
//! type []container.Summary`, `json: cannot unmarshal number into Go struct field
//! InspectResponse.ContainerJSONBase.Id of type string`, ... .
//!
//! Go's decoder fills what it can and remembers the first value of the wrong type, with the
//! innermost struct being decoded and the path of JSON field names (and embedded structs' Go
//! names) that led to it; a custom `UnmarshalJSON` (`time.Time`, `strslice.StrSlice`) that fails
//! stops the decoding at once and its error wins. The structs are `gotypes.txt`'s.

use serde_json::Value as Json;

use super::go_json::kind;
use super::gotype::{schemas, Ty};

/// The error Go's `json.Unmarshal` / `Decoder.Decode` reports decoding the well-formed `doc`
/// into the type `ty` (a `gotypes.txt` type: `[]Summary`, `ContainerInspect`), if any.
pub fn type_error(ty: &str, doc: &Json) -> Option<String> {
    let mut d = Decoder::default();
    match d.value(&Ty::parse(ty), doc) {
        Err(abort) => Some(abort),
        Ok(()) => d.saved,
    }
}

#[derive(Default)]
struct Decoder {
    /// The innermost struct being decoded (its unqualified Go name).
    within: Option<String>,
    /// JSON names (and embedded structs' Go names) from the root to the value.
    stack: Vec<String>,
    saved: Option<String>,
}

/// The range of Go's integer types by name (`int`, `uint16`, ...); other names are 64-bit.
fn int_fits(name: &str, n: &serde_json::Number) -> bool {
    let (signed, bits) = match name {
        "int8" => (true, 8),
        "int16" => (true, 16),
        "int32" => (true, 32),
        "uint8" => (false, 8),
        "uint16" => (false, 16),
        "uint32" | "fs.FileMode" => (false, 32),
        "uint" | "uint64" | "uintptr" => (false, 64),
        _ => (true, 64),
    };
    if signed {
        n.as_i64()
            .is_some_and(|i| bits == 64 || (i >= -(1 << (bits - 1)) && i < (1 << (bits - 1))))
    } else {
        n.as_u64().is_some_and(|u| bits == 64 || u < (1 << bits))
    }
}

impl Decoder {
    /// `UnmarshalTypeError.Error()` with the decoder's context.
    fn message(&self, value: &str, ty: &str) -> String {
        match &self.within {
            Some(s) => format!(
                "json: cannot unmarshal {value} into Go struct field {s}.{} of type {ty}",
                self.stack.join(".")
            ),
            None => format!("json: cannot unmarshal {value} into Go value of type {ty}"),
        }
    }

    fn save(&mut self, value: &str, ty: &str) {
        if self.saved.is_none() {
            self.saved = Some(self.message(value, ty));
        }
    }

    /// Decodes `j` into a value of type `ty`; `Err` stops the decoding (a custom unmarshaler
    /// failed), type mismatches are remembered in `saved`.
    fn value(&mut self, ty: &Ty, j: &Json) -> Result<(), String> {
        self.value_named(ty, &ty.go_name(), j)
    }

    fn value_named(&mut self, ty: &Ty, name: &str, j: &Json) -> Result<(), String> {
        if j.is_null() {
            return Ok(());
        }
        match ty {
            Ty::Named(name, inner) => self.value_named(inner, name, j),
            // A pointer is followed (and allocated): errors name what it points to.
            Ty::Ptr(inner) => self.value(inner, j),
            Ty::Raw | Ty::Json => Ok(()),
            // Named numbers: `time.Duration` is an int64, `fs.FileMode` a uint32.
            Ty::Duration => self.value_named(&Ty::Int, name, j),
            Ty::FileMode => self.value_named(&Ty::Uint, name, j),
            Ty::Time => match j {
                Json::String(_) => Ok(()),
                _ => Err("Time.UnmarshalJSON: input is not a JSON string".into()),
            },
            Ty::StrSlice => match j {
                Json::String(_) => Ok(()),
                Json::Array(a) if a.iter().all(|e| e.is_string() || e.is_null()) => Ok(()),
                // Not a []string: docker's `UnmarshalJSON` tries a string, whose error stops.
                other => Err(self.message(kind(other), "string")),
            },
            Ty::Str | Ty::Bytes => {
                if !j.is_string() {
                    self.save(kind(j), name);
                }
                Ok(())
            }
            Ty::Bool => {
                if !j.is_boolean() {
                    self.save(kind(j), name);
                }
                Ok(())
            }
            Ty::Int | Ty::Uint | Ty::Float => {
                match j {
                    Json::Number(n) => {
                        let fits = match ty {
                            Ty::Float => n.as_f64().is_some_and(f64::is_finite),
                            _ => int_fits(name, n),
                        };
                        if !fits {
                            self.save(&format!("number {n}"), name);
                        }
                    }
                    other => self.save(kind(other), name),
                }
                Ok(())
            }
            Ty::Slice(inner) => match j {
                Json::Array(items) => {
                    for item in items {
                        self.value(inner, item)?;
                    }
                    Ok(())
                }
                other => {
                    self.save(kind(other), name);
                    Ok(())
                }
            },
            Ty::Map(_, inner) => match j {
                Json::Object(m) => {
                    for v in m.values() {
                        self.value(inner, v)?;
                    }
                    Ok(())
                }
                other => {
                    self.save(kind(other), name);
                    Ok(())
                }
            },
            Ty::Empty => {
                if !j.is_object() {
                    self.save(kind(j), name);
                }
                Ok(())
            }
            Ty::Struct(s) => match j {
                Json::Object(m) => self.object(s, m),
                // docker's `PluginInterfaceType.UnmarshalJSON` reads `prefix.capability/version`.
                Json::String(_) if s == "PluginInterfaceType" => Ok(()),
                other => {
                    if schemas().contains_key(s) {
                        self.save(kind(other), name);
                    }
                    Ok(())
                }
            },
        }
    }

    fn object(&mut self, name: &str, m: &serde_json::Map<String, Json>) -> Result<(), String> {
        let Some(schema) = schemas().get(name) else {
            return Ok(());
        };
        let fields = flatten(name);
        // Go's `Type.Name()`: unqualified, empty for an anonymous struct.
        let short = match schema.go_name.starts_with("struct {") {
            true => String::new(),
            false => schema
                .go_name
                .rsplit('.')
                .next()
                .unwrap_or_default()
                .to_string(),
        };
        let (outer, depth) = (self.within.clone(), self.stack.len());
        for (key, v) in m {
            let Some(f) = fields
                .iter()
                .find(|f| f.json == *key)
                .or_else(|| fields.iter().find(|f| f.json.eq_ignore_ascii_case(key)))
            else {
                continue;
            };
            self.stack.extend(f.path.iter().cloned());
            self.stack.push(f.json.clone());
            self.within = Some(short.clone());
            self.value(&f.ty, v)?;
            self.stack.truncate(depth);
            self.within = outer.clone();
        }
        Ok(())
    }
}

/// A struct's field as Go's decoder sees it: promoted from embedded structs, with their names.
struct Flat {
    json: String,
    path: Vec<String>,
    ty: Ty,
}

/// The fields of struct `name` with those of its embedded structs promoted (a shallower field
/// hides a deeper one of the same name).
fn flatten(name: &str) -> Vec<Flat> {
    let mut out: Vec<(usize, Flat)> = Vec::new();
    fn walk(name: &str, path: &mut Vec<String>, out: &mut Vec<(usize, Flat)>) {
        let Some(schema) = schemas().get(name) else {
            return;
        };
        for f in &schema.fields {
            if f.embedded {
                let mut inner = &f.ty;
                while let Ty::Ptr(t) | Ty::Named(_, t) = inner {
                    inner = t;
                }
                if let Ty::Struct(s) = inner {
                    path.push(f.go.clone());
                    walk(s, path, out);
                    path.pop();
                }
                continue;
            }
            let depth = path.len();
            match out.iter().position(|(_, o)| o.json == f.json) {
                Some(i) if out[i].0 <= depth => {}
                Some(i) => out[i] = (depth, flat(f, path)),
                None => out.push((depth, flat(f, path))),
            }
        }
    }
    fn flat(f: &super::gotype::Field, path: &[String]) -> Flat {
        Flat {
            json: f.json.clone(),
            path: path.to_vec(),
            ty: f.ty.clone(),
        }
    }
    walk(name, &mut Vec::new(), &mut out);
    out.into_iter().map(|(_, f)| f).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(ty: &str, doc: &str) -> Option<String> {
        type_error(ty, &serde_json::from_str(doc).unwrap())
    }

    #[test]
    fn wrong_kinds_at_the_root_and_in_fields() {
        assert_eq!(
            err("ContainerInspect", "[]").as_deref(),
            Some("json: cannot unmarshal array into Go value of type container.InspectResponse")
        );
        assert_eq!(
            err("ContainerInspect", r#"{"Id":5,"Name":6}"#).as_deref(),
            Some("json: cannot unmarshal number into Go struct field InspectResponse.ContainerJSONBase.Id of type string")
        );
        assert_eq!(
            err("ContainerInspect", r#"{"Config":[]}"#).as_deref(),
            Some("json: cannot unmarshal array into Go struct field InspectResponse.Config of type container.Config")
        );
        assert_eq!(
            err("ContainerInspect", r#"{"Config":{"Cmd":5}}"#).as_deref(),
            Some("json: cannot unmarshal number into Go struct field Config.Config.Cmd of type string")
        );
        assert_eq!(err("ContainerInspect", r#"{"Config":{"Cmd":"x"}}"#), None);
        assert_eq!(err("ContainerInspect", r#"{"id":"x","Bogus":5}"#), None);
    }
}
