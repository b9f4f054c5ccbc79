//! `-e`, `-l`, `--env-file`, `--label-file`, `--log-opt`, `--storage-opt` and `--sysctl`:
//! `KEY=value` strings, validated and merged as docker's `opts` package does.

use std::collections::HashMap;

/// `opts.ValidateEnv` (clap value parser for `-e`): a bare `KEY` takes its value from this
/// process's environment, and stays bare (for the engine to drop) when unset.
pub fn env(val: &str) -> Result<String, String> {
    let (key, has_value) = match val.split_once('=') {
        Some((k, _)) => (k, true),
        None => (val, false),
    };
    if key.is_empty() {
        return Err(format!("invalid environment variable: {val}"));
    }
    if has_value {
        return Ok(val.to_string());
    }
    Ok(match std::env::var_os(key) {
        Some(v) => format!("{key}={}", v.to_string_lossy()),
        None => val.to_string(),
    })
}

/// `opts.ValidateLabel` (clap value parser for `-l`).
pub fn label(value: &str) -> Result<String, String> {
    let key = value
        .split_once('=')
        .map_or(value, |(k, _)| k)
        .trim_start_matches([' ', '\t']);
    if key.is_empty() {
        return Err(format!("invalid label '{value}': empty name"));
    }
    if key.contains([' ', '\t']) {
        return Err(format!("label '{key}' contains whitespaces"));
    }
    Ok(value.to_string())
}

/// pflag's `stringToString` flag (`context create --docker`, a clap value parser): checked
/// when the flag is parsed, as [`string_to_string_pairs`] reads it.
pub fn string_to_string(value: &str) -> Result<String, String> {
    string_to_string_pairs(value).map(|_| value.to_string())
}

/// pflag's `stringToStringValue.Set`: no `=` is an error, exactly one makes the whole value one
/// pair (quotes trimmed, commas kept), more are read as a CSV record of `key=value` pairs.
pub fn string_to_string_pairs(value: &str) -> Result<Vec<(String, String)>, String> {
    let fields = match value.matches('=').count() {
        0 => return Err(format!("{value} must be formatted as key=value")),
        1 => vec![value.trim_matches('"').to_string()],
        _ => super::csv::read_record(value)?,
    };
    fields
        .iter()
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => Ok((k.to_string(), v.to_string())),
            None => Err(format!("{pair} must be formatted as key=value")),
        })
        .collect()
}

/// `opts.ValidateSysctl` (clap value parser for `--sysctl`): namespaced sysctls only.
pub fn sysctl(val: &str) -> Result<String, String> {
    const ALLOWED: &[&str] = &[
        "kernel.msgmax",
        "kernel.msgmnb",
        "kernel.msgmni",
        "kernel.sem",
        "kernel.shmall",
        "kernel.shmmax",
        "kernel.shmmni",
        "kernel.shm_rmid_forced",
    ];
    let not_allowed = || format!("sysctl '{val}' is not allowed");
    let (k, _) = val
        .split_once('=')
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(not_allowed)?;
    if ALLOWED.contains(&k) || k.starts_with("net.") || k.starts_with("fs.mqueue.") {
        return Ok(val.to_string());
    }
    Err(not_allowed())
}

/// `opts.ConvertKVStringsToMap`: `K=V` → K: V, a bare `K` → K: "" (later values win).
pub fn to_map(values: &[String]) -> HashMap<String, String> {
    values
        .iter()
        .map(|v| {
            let (k, val) = v.split_once('=').unwrap_or((v, ""));
            (k.to_string(), val.to_string())
        })
        .collect()
}

/// The container's environment: `--env-file` lines first, then the `-e` values, which docker
/// first folds into a map (a repeated key keeps its last value; docker's order is a map's).
pub fn environment(env_files: &[String], env: &[String]) -> Result<Vec<String>, String> {
    let lookup = |k: &str| std::env::var_os(k).map(|v| v.to_string_lossy().into_owned());
    let mut out = Vec::new();
    for file in env_files {
        out.extend(super::kvfile::parse_file(file, Some(&lookup))?);
    }
    let mut folded: Vec<(&str, &String)> = Vec::new();
    for v in env {
        let key = v.split_once('=').map_or(v.as_str(), |(k, _)| k);
        match folded.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = v,
            None => folded.push((key, v)),
        }
    }
    out.extend(folded.into_iter().map(|(_, v)| v.clone()));
    Ok(out)
}

/// The container's labels: `--label-file` lines, then `-l` values, folded into a map.
pub fn labels(
    label_files: &[String],
    labels: &[String],
) -> Result<HashMap<String, String>, String> {
    let mut all = Vec::new();
    for file in label_files {
        all.extend(super::kvfile::parse_file(file, None)?);
    }
    all.extend(labels.iter().cloned());
    Ok(to_map(&all))
}

/// `parseLoggingOpts`.
pub fn logging(driver: Option<&str>, opts: &[String]) -> Result<HashMap<String, String>, String> {
    if driver == Some("none") && !opts.is_empty() {
        return Err("invalid logging opts for driver none".into());
    }
    Ok(to_map(opts))
}

/// `parseStorageOpts`.
pub fn storage(opts: &[String]) -> Result<HashMap<String, String>, String> {
    opts.iter()
        .map(|o| {
            o.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .ok_or_else(|| "invalid storage option".to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_to_string_reads_as_pflag_does() {
        let p = |k: &str, v: &str| (k.to_string(), v.to_string());
        assert_eq!(
            string_to_string_pairs("host=x,a\"b"),
            Ok(vec![p("host", "x,a\"b")])
        );
        assert_eq!(
            string_to_string_pairs("\"host=x,\""),
            Ok(vec![p("host", "x,")])
        );
        assert_eq!(
            string_to_string_pairs("host=a,ca=b"),
            Ok(vec![p("host", "a"), p("ca", "b")])
        );
        assert_eq!(
            string_to_string("a"),
            Err("a must be formatted as key=value".into())
        );
        assert_eq!(
            string_to_string("host=a,ca=b,x"),
            Err("x must be formatted as key=value".into())
        );
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn env_values() {
        assert_eq!(env("A=1"), Ok("A=1".into()));
        assert_eq!(
            env("HVDOCK_SURELY_UNSET_VAR"),
            Ok("HVDOCK_SURELY_UNSET_VAR".into())
        );
        let path = std::env::var("PATH").unwrap();
        assert_eq!(env("PATH"), Ok(format!("PATH={path}")));
        assert_eq!(env("=x"), Err("invalid environment variable: =x".into()));
    }

    #[test]
    fn env_fold_keeps_last_value() {
        let e = environment(&[], &strings(&["A=1", "B=2", "A=3"])).unwrap();
        assert_eq!(e, ["A=3", "B=2"]);
        assert_eq!(
            environment(&strings(&["/nonexistent"]), &[]).unwrap_err(),
            "open /nonexistent: no such file or directory"
        );
    }

    #[test]
    fn labels_and_files() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("l");
        std::fs::write(&f, "# c\nA=from-file\nBARE\nB=2\n").unwrap();
        let m = labels(&[f.to_string_lossy().into()], &strings(&["A=flag", "C"])).unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(
            (m["A"].as_str(), m["B"].as_str(), m["C"].as_str()),
            ("flag", "2", "")
        );
        assert_eq!(label("=x"), Err("invalid label '=x': empty name".into()));
        assert_eq!(
            label("a b=x"),
            Err("label 'a b' contains whitespaces".into())
        );
        assert_eq!(label("  a=x"), Ok("  a=x".into()));
    }

    #[test]
    fn sysctls() {
        assert!(sysctl("net.ipv4.ip_forward=1").is_ok());
        assert!(sysctl("kernel.shmmax=1").is_ok());
        assert_eq!(
            sysctl("kernel.foo=1"),
            Err("sysctl 'kernel.foo=1' is not allowed".into())
        );
        assert_eq!(sysctl("net.x"), Err("sysctl 'net.x' is not allowed".into()));
    }

    #[test]
    fn log_and_storage() {
        assert_eq!(
            logging(Some("json-file"), &strings(&["max-size=1m"])).unwrap()["max-size"],
            "1m"
        );
        assert_eq!(
            logging(Some("none"), &strings(&["a=b"])).unwrap_err(),
            "invalid logging opts for driver none"
        );
        assert_eq!(storage(&strings(&["size=1G"])).unwrap()["size"], "1G");
        assert_eq!(
            storage(&strings(&["x"])).unwrap_err(),
            "invalid storage option"
        );
    }
}
