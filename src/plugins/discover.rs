//! Where docker looks for CLI plugins and what it makes of each candidate (docker/cli's
//! `cli-plugins/manager`): the directories in docker's order, the `docker-<name>` candidates in
//! them, and the checks that make a candidate a valid plugin or an invalid one with docker's
//! reason.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::metadata::{self, Metadata};
use crate::config::ConfigFile;

/// The prefix of every plugin executable.
pub const PREFIX: &str = "docker-";

/// The system directories docker searches on Linux, after the user's.
const SYSTEM_DIRS: [&str; 4] = [
    "/usr/local/lib/docker/cli-plugins",
    "/usr/local/libexec/docker/cli-plugins",
    "/usr/lib/docker/cli-plugins",
    "/usr/libexec/docker/cli-plugins",
];

/// A candidate as docker reports it: valid when `err` is `None`.
#[derive(Debug, Clone, Default)]
pub struct Plugin {
    pub name: String,
    pub path: PathBuf,
    pub meta: Metadata,
    pub err: Option<String>,
    /// Candidates of the same name this one takes precedence over.
    pub shadowed: Vec<PathBuf>,
}

/// docker's plugin name rule, `^[a-z][a-z0-9]*$`.
pub fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// The directories searched, in docker 28's order: `cliPluginsExtraDirs` from config.json, then
/// `<config dir>/cli-plugins`, then the system directories.
pub fn dirs(config_dir: &Path, config: &ConfigFile) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = config
        .data
        .get("cliPluginsExtraDirs")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(PathBuf::from)
        .collect();
    out.push(clean(&config_dir.join("cli-plugins")));
    out.extend(SYSTEM_DIRS.iter().map(PathBuf::from));
    out
}

/// Go's `filepath.Clean` for the paths docker prints (`./x/` → `x`).
fn clean(p: &Path) -> PathBuf {
    let s = p.to_string_lossy();
    let rooted = s.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in s.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|l| *l != "..") => {
                parts.pop();
            }
            ".." if rooted => {}
            p => parts.push(p),
        }
    }
    let joined = parts.join("/");
    PathBuf::from(match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".into(),
        (false, false) => joined,
    })
}

/// Every `docker-*` regular file or symlink of every directory, by plugin name, in priority
/// order. Directories that cannot be listed are skipped silently, as docker does.
fn candidates(dirs: &[PathBuf]) -> BTreeMap<String, Vec<PathBuf>> {
    let mut out: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut found: Vec<(String, PathBuf)> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
            .filter_map(|e| {
                let file = e.file_name().to_string_lossy().into_owned();
                let name = file.strip_prefix(PREFIX)?.to_string();
                Some((name, dir.join(&file)))
            })
            .collect();
        found.sort_by(|a, b| a.1.cmp(&b.1));
        for (name, path) in found {
            out.entry(name).or_default().push(path);
        }
    }
    out
}

/// docker's candidate tests, in its order: the name, no clash with a built-in command, then the
/// metadata the plugin reports.
pub fn check(path: &Path, builtins: &[&str]) -> Plugin {
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut p = Plugin {
        name: file.strip_prefix(PREFIX).unwrap_or(&file).to_string(),
        path: path.to_path_buf(),
        ..Default::default()
    };
    if !valid_name(&p.name) {
        p.err = Some(format!(
            "plugin candidate {} did not match \"^[a-z][a-z0-9]*$\"",
            crate::help::go_quote(&p.name)
        ));
        return p;
    }
    if builtins.contains(&p.name.as_str()) {
        p.err = Some(format!(
            "plugin {} duplicates builtin command",
            crate::help::go_quote(&p.name)
        ));
        return p;
    }
    match metadata::fetch(path) {
        Ok(meta) => {
            if meta.schema_version != "0.1.0" {
                p.err = Some(format!(
                    "plugin SchemaVersion {} is not valid, must be 0.1.0",
                    crate::help::go_quote(&meta.schema_version)
                ));
            } else if meta.vendor.is_empty() {
                p.err = Some("plugin metadata does not define a vendor".into());
            }
            p.meta = meta;
        }
        Err(e) => p.err = Some(e),
    }
    p
}

/// Every plugin docker would list (valid and invalid), in natural order of name; the metadata
/// calls run in parallel, as docker's do.
pub fn list(dirs: &[PathBuf], builtins: &[&str]) -> Vec<Plugin> {
    let found = candidates(dirs);
    let mut plugins: Vec<Plugin> = std::thread::scope(|s| {
        let handles: Vec<_> = found
            .values()
            .filter(|paths| !paths.is_empty())
            .map(|paths| {
                s.spawn(move || {
                    let mut p = check(&paths[0], builtins);
                    p.shadowed = paths[1..].to_vec();
                    p
                })
            })
            .collect();
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    });
    plugins.sort_by(|a, b| natural_cmp(&a.name, &b.name));
    plugins
}

/// The plugin `docker build` would hand over to (`GetPlugin`): the first candidate of that
/// name, checked; `None` when there is none.
pub fn get(dirs: &[PathBuf], name: &str, builtins: &[&str]) -> Option<Plugin> {
    let found = candidates(dirs);
    let paths = found.get(name)?;
    let mut p = check(paths.first()?, builtins);
    p.shadowed = paths[1..].to_vec();
    Some(p)
}

/// The plugin docker runs for `docker NAME` (`PluginRunCommand`): the first directory holding
/// something at `docker-NAME` wins; it must be valid, else there is no plugin.
pub fn runnable(dirs: &[PathBuf], name: &str, builtins: &[&str]) -> Option<Plugin> {
    if !valid_name(name) {
        return None;
    }
    for dir in dirs {
        let path = dir.join(format!("{PREFIX}{name}"));
        if matches!(std::fs::metadata(&path), Err(e) if e.kind() == std::io::ErrorKind::NotFound) {
            continue;
        }
        let p = check(&path, builtins);
        return p.err.is_none().then_some(p);
    }
    None
}

/// fvbommel/sortorder's natural order: runs of digits compare by value.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (da, db) = (a[i].is_ascii_digit(), b[j].is_ascii_digit());
        if da && db {
            let si = i;
            while i < a.len() && a[i] == b'0' {
                i += 1;
            }
            let sj = j;
            while j < b.len() && b[j] == b'0' {
                j += 1;
            }
            let (ni, nj) = (i, j);
            while i < a.len() && a[i].is_ascii_digit() {
                i += 1;
            }
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let ord = (i - ni)
                .cmp(&(j - nj))
                .then_with(|| a[ni..i].cmp(&b[nj..j]))
                .then_with(|| (ni - si).cmp(&(nj - sj)));
            if ord != Ordering::Equal {
                return ord;
            }
        } else {
            if a[i] != b[j] {
                return a[i].cmp(&b[j]);
            }
            i += 1;
            j += 1;
        }
    }
    (a.len() - i).cmp(&(b.len() - j))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_docker_rule() {
        assert!(valid_name("compose"));
        assert!(valid_name("a1"));
        for bad in ["", "1a", "Upper", "under_score", "da-sh"] {
            assert!(!valid_name(bad), "{bad}");
        }
    }

    #[test]
    fn natural_order() {
        let mut v = vec!["b10", "b9", "a", "B", "b09"];
        v.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(v, vec!["B", "a", "b9", "b09", "b10"]);
    }

    #[test]
    fn cleans_like_go() {
        assert_eq!(
            clean(Path::new("./x//cli-plugins")),
            PathBuf::from("x/cli-plugins")
        );
        assert_eq!(clean(Path::new("/a/../b/")), PathBuf::from("/b"));
    }
}
