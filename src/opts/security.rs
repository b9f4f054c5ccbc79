//! `--security-opt`: `label=...`, `apparmor=...`, `no-new-privileges`, `seccomp=<file>` (read
//! and inlined as compact JSON), and `systempaths=unconfined` (handled on the client), as
//! docker's `parseSecurityOpts` and `parseSystemPaths` do.

/// The options to send, and `MaskedPaths`/`ReadonlyPaths` (both empty, not absent, when
/// `systempaths=unconfined` was given).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Security {
    pub opts: Vec<String>,
    pub masked_paths: Option<Vec<String>>,
    pub readonly_paths: Option<Vec<String>>,
}

pub fn parse(opts: &[String]) -> Result<Security, String> {
    let mut out = Security::default();
    for opt in opts {
        let (k, v) = match opt.split_once('=') {
            Some(kv) => Some(kv),
            None if opt == "no-new-privileges" => None,
            None => opt.split_once(':'),
        }
        .unwrap_or((opt.as_str(), ""));
        if v.is_empty() && k != "no-new-privileges" {
            return Err(format!("Invalid --security-opt: {opt:?}"));
        }
        if opt == "systempaths=unconfined" {
            out.masked_paths = Some(Vec::new());
            out.readonly_paths = Some(Vec::new());
            continue;
        }
        if k == "seccomp" && v != "builtin" && v != "unconfined" {
            out.opts.push(format!("seccomp={}", read_profile(v)?));
            continue;
        }
        out.opts.push(opt.clone());
    }
    Ok(out)
}

fn read_profile(path: &str) -> Result<String, String> {
    let data = std::fs::read(path).map_err(|e| {
        format!(
            "opening seccomp profile ({path}) failed: open {path}: {}",
            super::oserror::describe(&e)
        )
    })?;
    compact_json(&data)
        .map_err(|e| format!("compacting json for seccomp profile ({path}) failed: {e}"))
}

/// Go's `json.Compact`: the same document without insignificant whitespace, keys and numbers
/// untouched.
fn compact_json(data: &[u8]) -> Result<String, String> {
    serde_json::from_slice::<serde::de::IgnoredAny>(data).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(data);
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn plain_options_pass_through() {
        let got = parse(&s(&[
            "label=disable",
            "no-new-privileges",
            "apparmor:unconfined",
            "seccomp=unconfined",
        ]))
        .unwrap();
        assert_eq!(
            got.opts,
            [
                "label=disable",
                "no-new-privileges",
                "apparmor:unconfined",
                "seccomp=unconfined"
            ]
        );
        assert_eq!(got.masked_paths, None);
    }

    #[test]
    fn systempaths_unconfined_clears_paths() {
        let got = parse(&s(&["systempaths=unconfined", "label=disable"])).unwrap();
        assert_eq!(got.opts, ["label=disable"]);
        assert_eq!(
            (got.masked_paths, got.readonly_paths),
            (Some(vec![]), Some(vec![]))
        );
    }

    #[test]
    fn seccomp_file_is_inlined_compact() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("p.json");
        std::fs::write(
            &f,
            "{\n  \"defaultAction\": \"SCMP_ACT_ALLOW\",\n  \"x\": \"a b\" , \"n\": 1.50\n}\n",
        )
        .unwrap();
        let got = parse(&[format!("seccomp={}", f.display())]).unwrap();
        assert_eq!(
            got.opts,
            ["seccomp={\"defaultAction\":\"SCMP_ACT_ALLOW\",\"x\":\"a b\",\"n\":1.50}"]
        );
    }

    #[test]
    fn docker_errors() {
        assert_eq!(
            parse(&s(&["foo"])).unwrap_err(),
            "Invalid --security-opt: \"foo\""
        );
        assert_eq!(
            parse(&s(&["label="])).unwrap_err(),
            "Invalid --security-opt: \"label=\""
        );
        assert_eq!(
            parse(&s(&["seccomp=/nonexistent.json"])).unwrap_err(),
            "opening seccomp profile (/nonexistent.json) failed: open /nonexistent.json: no such file or directory"
        );
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("bad.json");
        std::fs::write(&f, "{nope").unwrap();
        let err = parse(&[format!("seccomp={}", f.display())]).unwrap_err();
        assert!(
            err.starts_with(&format!(
                "compacting json for seccomp profile ({}) failed: ",
                f.display()
            )),
            "{err}"
        );
    }
}
