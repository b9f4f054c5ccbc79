//! Parsing `/containers/json` into only what a `ps` row reads: every field as JSON, except
//! `NetworkSettings`, of which only the network names are kept, and `HostConfig`, which no
//! column shows. Those two are most of each item, and `ps -a` over hundreds of containers
//! otherwise spends its time building JSON trees it never looks at.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value as J};

/// The daemon's list, each item slimmed.
pub fn parse_list(bytes: &[u8]) -> serde_json::Result<Vec<J>> {
    let items: Vec<Slim> = serde_json::from_slice(bytes)?;
    Ok(items.into_iter().map(|s| s.0).collect())
}

struct Slim(J);

impl<'de> serde::Deserialize<'de> for Slim {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Slim, D::Error> {
        d.deserialize_any(ItemVisitor).map(Slim)
    }
}

struct ItemVisitor;

impl<'de> Visitor<'de> for ItemVisitor {
    type Value = J;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a container summary")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<J, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "HostConfig" => {
                    map.next_value::<IgnoredAny>()?;
                }
                "NetworkSettings" => {
                    let names = map.next_value::<NetworkNames>()?;
                    let mut settings = Map::new();
                    settings.insert("Networks".into(), names.0);
                    out.insert(key, J::Object(settings));
                }
                _ => {
                    out.insert(key, map.next_value()?);
                }
            }
        }
        Ok(J::Object(out))
    }

    /// Anything else (an unexpected shape) is kept whole, as a full parse would.
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<J, A::Error> {
        <J as serde::Deserialize>::deserialize(de::value::SeqAccessDeserializer::new(seq))
    }
}

/// `{"Networks": {"bridge": {...}, ...}, ...}` → `{"bridge": null, ...}`, in the daemon's order.
struct NetworkNames(J);

impl<'de> serde::Deserialize<'de> for NetworkNames {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<NetworkNames, D::Error> {
        struct Settings;
        impl<'de> Visitor<'de> for Settings {
            type Value = J;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("network settings")
            }
            fn visit_unit<E>(self) -> Result<J, E> {
                Ok(J::Null)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<J, A::Error> {
                let mut names = J::Null;
                while let Some(key) = map.next_key::<String>()? {
                    if key == "Networks" {
                        names = map.next_value::<Names>()?.0;
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(names)
            }
        }
        d.deserialize_any(Settings).map(NetworkNames)
    }
}

struct Names(J);

impl<'de> serde::Deserialize<'de> for Names {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Names, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = J;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("networks")
            }
            fn visit_unit<E>(self) -> Result<J, E> {
                Ok(J::Null)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<J, A::Error> {
                let mut out = Map::new();
                while let Some(key) = map.next_key::<String>()? {
                    map.next_value::<IgnoredAny>()?;
                    out.insert(key, J::Null);
                }
                Ok(J::Object(out))
            }
        }
        d.deserialize_any(Keys).map(Names)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_what_rows_read_and_the_network_names() {
        let body = br#"[{"Id":"abc","Names":["/x"],"Labels":{"b":"1","a":"2"},
            "HostConfig":{"NetworkMode":"bridge"},
            "NetworkSettings":{"Networks":{"zeta":{"IPAddress":"1.2.3.4"},"alpha":{}}},
            "Mounts":[{"Name":"v"}],"SizeRw":3}]"#;
        let items = super::parse_list(body).unwrap();
        assert_eq!(
            serde_json::to_string(&items).unwrap(),
            r#"[{"Id":"abc","Names":["/x"],"Labels":{"b":"1","a":"2"},"NetworkSettings":{"Networks":{"zeta":null,"alpha":null}},"Mounts":[{"Name":"v"}],"SizeRw":3}]"#
        );
        let none = super::parse_list(br#"[{"NetworkSettings":null}]"#).unwrap();
        assert_eq!(
            none[0]["NetworkSettings"]["Networks"],
            serde_json::Value::Null
        );
        assert!(super::parse_list(b"[{\"Id\":").is_err());
    }
}
