//! The metadata call, `docker-NAME docker-cli-plugin-metadata`, and docker's wording when it
//! fails: the plugin runs with stdin closed, its stdout is the JSON, its stderr is discarded.

use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};

use serde_json::{json, Value};

use crate::format::go_json;

/// The argument of the metadata call.
pub const SUBCOMMAND: &str = "docker-cli-plugin-metadata";

/// What a plugin says about itself (docker's `metadata.Metadata`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub schema_version: String,
    pub vendor: String,
    pub version: String,
    pub short_description: String,
    pub url: String,
}

const FIELDS: [&str; 5] = [
    "SchemaVersion",
    "Vendor",
    "Version",
    "ShortDescription",
    "URL",
];

impl Metadata {
    /// The fields as docker marshals them (`omitempty`), in its order.
    pub fn to_json(&self) -> serde_json::Map<String, Value> {
        let mut m = serde_json::Map::new();
        for (k, v) in FIELDS.iter().zip([
            &self.schema_version,
            &self.vendor,
            &self.version,
            &self.short_description,
            &self.url,
        ]) {
            if !v.is_empty() {
                m.insert((*k).to_string(), json!(v));
            }
        }
        m
    }
}

/// The text of an errno as Go prints it (`permission denied`).
pub fn errno_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(n) => {
            // SAFETY: strerror returns a pointer to a NUL-terminated static or thread-local string.
            let s = unsafe { std::ffi::CStr::from_ptr(libc::strerror(n)) };
            lower_first(&s.to_string_lossy())
        }
        None => e.to_string(),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Go's `ProcessState.String()` for a failed child: `exit status 2`, `signal: killed`.
pub fn status_text(status: &ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    if let Some(code) = status.code() {
        return format!("exit status {code}");
    }
    let Some(sig) = status.signal() else {
        return "exit status -1".into();
    };
    // SAFETY: strsignal returns a NUL-terminated string for any signal number.
    let name = unsafe { std::ffi::CStr::from_ptr(libc::strsignal(sig)) };
    let mut text = format!("signal: {}", lower_first(&name.to_string_lossy()));
    if status.core_dumped() {
        text.push_str(" (core dumped)");
    }
    text
}

/// Runs the metadata call and decodes its answer; the error is docker's reason for an invalid
/// plugin (`failed to fetch metadata: exit status 1`, `invalid metadata: ...`).
pub fn fetch(path: &Path) -> Result<Metadata, String> {
    let out = Command::new(path)
        .arg(SUBCOMMAND)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| {
            format!(
                "failed to fetch metadata: fork/exec {}: {}",
                path.display(),
                errno_text(&e)
            )
        })?;
    if !out.status.success() {
        return Err(format!(
            "failed to fetch metadata: {}",
            status_text(&out.status)
        ));
    }
    decode(&out.stdout).map_err(|e| format!("invalid metadata: {e}"))
}

/// Go's `json.Unmarshal` of the metadata.
pub fn decode(data: &[u8]) -> Result<Metadata, String> {
    if let Some(e) = go_json::syntax_error(data) {
        return Err(e);
    }
    let doc: Value = serde_json::from_slice(data).map_err(|e| e.to_string())?;
    let (v, err) = go_json::decode_strings(&doc, &FIELDS);
    if let Some(e) = err {
        return Err(e);
    }
    let mut v = v.into_iter();
    let mut next = || v.next().unwrap_or_default();
    Ok(Metadata {
        schema_version: next(),
        vendor: next(),
        version: next(),
        short_description: next(),
        url: next(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_go() {
        let m = decode(br#"{"schemaversion":"0.1.0","Vendor":"v","url":"u","x":1}"#).unwrap();
        assert_eq!(m.schema_version, "0.1.0");
        assert_eq!(m.url, "u");
        assert_eq!(
            decode(b"{not json").unwrap_err(),
            "invalid character 'n' looking for beginning of object key string"
        );
    }
}
