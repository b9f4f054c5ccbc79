//! Where credentials live, as docker's client keeps them: a helper named in `credHelpers` for
//! the registry, else the `credsStore` helper, else `auths` in config.json (base64 `user:pass`).

use anyhow::Result;
use base64::Engine as _;
use serde_json::{json, Map, Value};

use super::helper::{Got, Helper};
use crate::config::ConfigFile;
use crate::format::go_json;

/// The key Docker Hub's credentials are stored under.
pub const INDEX_SERVER: &str = "https://index.docker.io/v1/";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthConfig {
    pub username: String,
    pub password: String,
    /// config.json's deprecated `email`, kept as docker's file store keeps it.
    pub email: String,
    pub server_address: String,
    pub identity_token: String,
    pub registry_token: String,
}

impl AuthConfig {
    /// The `X-Registry-Auth` header value: base64url JSON with empty fields left out.
    pub fn header(&self) -> String {
        base64::engine::general_purpose::URL_SAFE.encode(go_json::marshal(&self.json()))
    }

    /// docker's `registry.AuthConfig` JSON: its field order, empty fields left out (`auth` is
    /// always empty in what docker sends: it decodes it into the user and password).
    fn json(&self) -> Value {
        let mut m = Map::new();
        for (k, v) in [
            ("username", &self.username),
            ("password", &self.password),
            ("email", &self.email),
            ("serveraddress", &self.server_address),
            ("identitytoken", &self.identity_token),
            ("registrytoken", &self.registry_token),
        ] {
            if !v.is_empty() {
                m.insert(k.into(), Value::String(v.clone()));
            }
        }
        Value::Object(m)
    }
}

/// Every credential docker's `GetAllCredentials` gathers: the default store's (`credsStore`:
/// the registries its helper `list`s, each from `get`; else every `auths` entry of
/// config.json), then each `credHelpers` registry from its own helper (one that fails is a
/// warning and left out); by key. A failing default store is the error.
pub fn all_credentials(
    config: &ConfigFile,
) -> Result<std::collections::BTreeMap<String, AuthConfig>> {
    let mut all = std::collections::BTreeMap::new();
    let keys_of = |k: &str| -> Vec<String> {
        config
            .data
            .get(k)
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    };
    match config.str("credsStore").filter(|s| !s.is_empty()) {
        None => {
            for key in keys_of("auths") {
                let entry = file_entry(config, &key).unwrap_or_default();
                all.insert(key, entry);
            }
        }
        Some(name) => {
            let helper = Helper {
                name: name.to_string(),
            };
            for key in helper.list()?.keys().cloned().collect::<Vec<_>>() {
                let mut entry = file_entry(config, &key).unwrap_or_default();
                from_helper(&mut entry, helper.get(&key)?, &key);
                all.insert(key, entry);
            }
        }
    }
    for host in keys_of("credHelpers") {
        match get_any(config, &host) {
            Ok(a) => {
                all.insert(host, a);
            }
            Err(e) => eprintln!("WARNING: Failed to get credentials for registry: {host}: {e}"),
        }
    }
    Ok(all)
}

/// A helper's answer over what the file store holds (docker's native store: only the email
/// and, when the helper has nothing, the file's server address stay).
fn from_helper(entry: &mut AuthConfig, got: Got, key: &str) {
    entry.password = String::new();
    entry.identity_token = String::new();
    entry.username = String::new();
    match got {
        Got::Found { username, secret } if username == "<token>" => entry.identity_token = secret,
        Got::Found { username, secret } => {
            entry.username = username;
            entry.password = secret;
        }
        Got::NotFound => return,
    }
    if entry.server_address.is_empty() {
        entry.server_address = key.to_string();
    }
}

/// The `X-Registry-Config` header `build` sends: [`all_credentials`] as base64url JSON (none
/// when the default store fails, as docker ignores that error there).
pub fn registry_config_header(config: &ConfigFile) -> String {
    let all: Map<String, Value> = all_credentials(config)
        .unwrap_or_default()
        .into_iter()
        .map(|(k, a)| (k, a.json()))
        .collect();
    base64::engine::general_purpose::URL_SAFE.encode(go_json::marshal(&all))
}

/// A config.json holding just `creds`, as docker's `SaveToWriter` writes it (tab-indented,
/// `auth` as base64 `user:password`, no trailing newline).
pub fn config_file_text(creds: &std::collections::BTreeMap<String, AuthConfig>) -> String {
    let auths: Map<String, Value> = creds
        .iter()
        .map(|(k, a)| {
            let mut m = Map::new();
            if !(a.username.is_empty() && a.password.is_empty()) {
                let pair = format!("{}:{}", a.username, a.password);
                let auth = base64::engine::general_purpose::STANDARD.encode(pair);
                m.insert("auth".into(), Value::String(auth));
            }
            if !a.identity_token.is_empty() {
                m.insert(
                    "identitytoken".into(),
                    Value::String(a.identity_token.clone()),
                );
            }
            (k.clone(), Value::Object(m))
        })
        .collect();
    let mut out = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
    let doc = json!({ "auths": auths });
    serde::Serialize::serialize(&doc, &mut ser).expect("JSON of strings");
    String::from_utf8(out).unwrap_or_default()
}

/// Credentials from `DOCKER_AUTH_CONFIG` (a config.json document), as docker 28 reads them for
/// `--use-api-socket`: `None` when unset or holding no `auths`.
pub fn from_auth_config_env() -> Result<Option<std::collections::BTreeMap<String, AuthConfig>>> {
    let Some(text) = std::env::var("DOCKER_AUTH_CONFIG")
        .ok()
        .filter(|v| !v.is_empty())
    else {
        return Ok(None);
    };
    let fail =
        |e: String| anyhow::anyhow!("failed to read credentials from DOCKER_AUTH_CONFIG: {e}");
    let doc: Value = serde_json::from_str(&text).map_err(|e| fail(e.to_string()))?;
    let mut all = std::collections::BTreeMap::new();
    for (key, entry) in doc
        .get("auths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let mut a = AuthConfig {
            server_address: key.clone(),
            ..Default::default()
        };
        if let Some(encoded) = entry.get("auth").and_then(Value::as_str) {
            if let Some((u, p)) = crate::config::auth::decode(encoded).map_err(fail)? {
                a.username = u;
                a.password = p;
            }
        }
        if let Some(t) = entry.get("identitytoken").and_then(Value::as_str) {
            a.identity_token = t.to_string();
        }
        all.insert(key.clone(), a);
    }
    Ok((!all.is_empty()).then_some(all))
}

/// The registry a repository lives on: its first component when it looks like a host
/// (has `.` or `:`, or is `localhost`), else Docker Hub.
pub fn registry_of(repository: &str) -> &str {
    match repository.split_once('/') {
        Some((first, _)) if first.contains(['.', ':']) || first == "localhost" => first,
        _ => "docker.io",
    }
}

/// The config key for a registry host (Docker Hub's is its v1 index URL).
pub fn key_for(host: &str) -> String {
    match host {
        "docker.io" | "index.docker.io" | "registry-1.docker.io" => INDEX_SERVER.to_string(),
        h => h.to_string(),
    }
}

/// docker's `ConvertToHostname` for a `login`/`logout` argument: scheme and path dropped.
pub fn hostname(server: &str) -> String {
    let s = server
        .strip_prefix("http://")
        .or_else(|| server.strip_prefix("https://"))
        .unwrap_or(server);
    s.split('/').next().unwrap_or(s).to_string()
}

/// The helper that holds credentials for `key`, if any.
fn helper_for(config: &ConfigFile, key: &str) -> Option<Helper> {
    // docker looks the key up as given (`credHelpers["http://host"]` is not `host`'s); a
    // registry listed with an empty name uses the file, not `credsStore`.
    let named = match config.data.get("credHelpers").and_then(|h| h.get(key)) {
        Some(v) => v.as_str(),
        None => config.str("credsStore"),
    };
    named.filter(|s| !s.is_empty()).map(|n| Helper {
        name: n.to_string(),
    })
}

/// Where `store` put the credentials.
pub enum Stored {
    File,
    Helper,
}

fn auths(config: &mut ConfigFile) -> &mut Map<String, Value> {
    let entry = config.data.entry("auths").or_insert_with(|| json!({}));
    if !entry.is_object() {
        *entry = json!({});
    }
    match entry {
        Value::Object(m) => m,
        _ => unreachable!("made an object above"),
    }
}

/// config.json's `auths` entry for `key` as docker's file store reads it (user and password
/// decoded, the key as server address); an entry stored under a URL of that host counts (old
/// config files), as in docker's `fileStore.Get`.
fn file_entry(config: &ConfigFile, key: &str) -> Option<AuthConfig> {
    let auths = config.data.get("auths").and_then(Value::as_object)?;
    let (found, entry) = auths
        .get_key_value(key)
        .or_else(|| auths.iter().find(|(k, _)| hostname(k) == key))?;
    let text = |k: &str| {
        entry
            .get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let mut auth = AuthConfig {
        email: text("email"),
        server_address: found.clone(),
        identity_token: text("identitytoken"),
        registry_token: text("registrytoken"),
        ..Default::default()
    };
    // An invalid `auth` was reported when config.json was loaded (docker's warning); like
    // docker, go on without those credentials.
    if let Ok(Some((user, pass))) = crate::config::auth::decode(&text("auth")) {
        auth.username = user;
        auth.password = pass;
    }
    Some(auth)
}

/// docker's `GetAuthConfig`: what the store for `key` holds, empty when nothing (a helper's
/// answer over the file's entry, of which only the email stays).
pub fn get_any(config: &ConfigFile, key: &str) -> Result<AuthConfig> {
    let mut entry = file_entry(config, key).unwrap_or_default();
    if let Some(helper) = helper_for(config, key) {
        let got = helper.get(key)?;
        entry.server_address = String::new();
        from_helper(&mut entry, got, key);
    }
    Ok(entry)
}

/// The stored credentials for a registry key, `None` when there are none.
pub fn get(config: &ConfigFile, key: &str) -> Result<Option<AuthConfig>> {
    let auth = get_any(config, key)?;
    Ok((auth.username.len() + auth.identity_token.len() > 0).then_some(auth))
}

/// Stores credentials for `key` and saves config.json (a helper also gets an empty `auths`
/// entry, as docker records it).
pub fn store(config: &mut ConfigFile, key: &str, auth: &AuthConfig) -> Result<Stored> {
    let stored = match helper_for(config, key) {
        Some(helper) => {
            let (user, secret) = if auth.identity_token.is_empty() {
                (auth.username.as_str(), auth.password.as_str())
            } else {
                ("<token>", auth.identity_token.as_str())
            };
            helper.store(key, user, secret)?;
            auths(config).insert(key.to_string(), json!({}));
            Stored::Helper
        }
        None => {
            let mut entry = Map::new();
            let pair = format!("{}:{}", auth.username, auth.password);
            entry.insert(
                "auth".into(),
                Value::String(base64::engine::general_purpose::STANDARD.encode(pair)),
            );
            if !auth.identity_token.is_empty() {
                entry.insert(
                    "identitytoken".into(),
                    Value::String(auth.identity_token.clone()),
                );
            }
            auths(config).insert(key.to_string(), Value::Object(entry));
            Stored::File
        }
    };
    config.save()?;
    Ok(stored)
}

/// Removes the credentials for `key` as docker's store does: from its helper (a failure, "not
/// found" included, is the error and leaves config.json alone), then its `auths` entry
/// (config.json is saved only when it had one).
pub fn erase(config: &mut ConfigFile, key: &str) -> Result<()> {
    if let Some(h) = helper_for(config, key) {
        h.erase(key)?;
    }
    let had = config
        .data
        .get("auths")
        .and_then(Value::as_object)
        .is_some_and(|a| a.contains_key(key));
    if had {
        auths(config).remove(key);
        config.save()?;
    }
    Ok(())
}

/// The `X-Registry-Auth` value for pulling or pushing `repository` (`e30=`, `{}`, when
/// nothing is stored), as docker's `ResolveAuthConfig` finds it.
pub fn header_for(config: &ConfigFile, repository: &str) -> String {
    let key = key_for(registry_of(repository));
    match get_any(config, &key) {
        Ok(a) => a.header(),
        // docker's `ResolveAuthConfig` ignores the error: what config.json holds is sent.
        Err(_) => file_entry(config, &key).unwrap_or_default().header(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registries_and_keys() {
        assert_eq!(registry_of("busybox"), "docker.io");
        assert_eq!(registry_of("library/busybox"), "docker.io");
        assert_eq!(registry_of("127.0.0.1:5000/a/b"), "127.0.0.1:5000");
        assert_eq!(registry_of("localhost/a"), "localhost");
        assert_eq!(key_for("docker.io"), INDEX_SERVER);
        assert_eq!(hostname("https://127.0.0.1:5001/v2/"), "127.0.0.1:5001");
    }

    #[test]
    fn header_is_base64url_json_without_empty_fields() {
        assert_eq!(AuthConfig::default().header(), "e30=");
        let a = AuthConfig {
            username: "u".into(),
            password: "p".into(),
            ..Default::default()
        };
        let raw = base64::engine::general_purpose::URL_SAFE
            .decode(a.header())
            .unwrap();
        assert_eq!(
            String::from_utf8(raw).unwrap(),
            r#"{"username":"u","password":"p"}"#
        );
    }

    #[test]
    fn file_round_trip_keeps_other_keys() {
        let dir = std::env::temp_dir().join(format!("hvdock-store-{}", std::process::id()));
        let mut c = ConfigFile {
            path: dir.join("config.json"),
            ..Default::default()
        };
        c.data.insert("detachKeys".into(), json!("ctrl-x"));
        let a = AuthConfig {
            username: "u".into(),
            password: "p:q".into(),
            ..Default::default()
        };
        store(&mut c, "r:1", &a).unwrap();
        let loaded = ConfigFile::load(&dir).unwrap();
        assert_eq!(loaded.str("detachKeys"), Some("ctrl-x"));
        let got = get(&loaded, "r:1").unwrap().unwrap();
        assert_eq!((got.username.as_str(), got.password.as_str()), ("u", "p:q"));
        let mut l = loaded;
        erase(&mut l, "r:1").unwrap();
        assert!(get(&ConfigFile::load(&dir).unwrap(), "r:1")
            .unwrap()
            .is_none());
        let _ = std::fs::remove_dir_all(dir);
    }
}
