//! docker 28's builder routing (`cmd/docker/builder.go`, `aliases.go`): `build`, `image build`,
//! `builder ...` and `bake` go to the buildx plugin (or the one `aliases.builder` in config.json
//! names) when it is installed, unless `DOCKER_BUILDKIT=0`; otherwise the legacy builder runs
//! after docker's deprecation notice.

use serde_json::Value;

use crate::config::ConfigFile;

const DEFAULT_PLUGIN: &str = "buildx";

const BUILDX_MISSING_WARNING: &str =
    "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            Install the buildx component to build images with BuildKit:
            https://docs.docker.com/go/buildx/";

const BUILDKIT_DISABLED_WARNING: &str =
    "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0
            environment-variable.";

const BUILDX_MISSING_ERROR: &str =
    "ERROR: BuildKit is enabled but the buildx component is missing or broken.
       Install the buildx component to build images with BuildKit:
       https://docs.docker.com/go/buildx/";

const BAKE_MISSING_ERROR: &str =
    "ERROR: docker bake requires the buildx component but it is missing or broken.
       Install the buildx component to use bake:
       https://docs.docker.com/go/buildx/";

/// Go's `strconv.ParseBool`.
fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// The aliases of config.json, checked as docker checks them on every command: only `builder`
/// may be aliased, and not to a built-in command.
pub fn check_aliases(config: &ConfigFile, builtins: &[&str]) -> Result<Option<String>, String> {
    let Some(Value::Object(aliases)) = config.data.get("aliases") else {
        return Ok(None);
    };
    let mut builder = None;
    for (k, v) in aliases {
        if k != "builder" {
            return Err(format!(
                "not allowed to alias {} (allowed: map[string]struct {{}}{{\"builder\":struct {{}}{{}}}})",
                crate::help::go_quote(k)
            ));
        }
        let v = v.as_str().unwrap_or_default().to_string();
        if v.split(' ').next().is_some_and(|w| builtins.contains(&w)) {
            return Err(format!(
                "not allowed to alias with builtin {} as target",
                crate::help::go_quote(&v)
            ));
        }
        builder = Some(v);
    }
    Ok(builder)
}

/// `DOCKER_BUILDKIT`: unset, or docker's boolean.
pub fn buildkit_env() -> Result<Option<bool>, String> {
    match std::env::var("DOCKER_BUILDKIT") {
        Ok(v) if !v.is_empty() => parse_bool(&v).map(Some).ok_or_else(|| {
            format!(
                "DOCKER_BUILDKIT environment variable expects boolean value: strconv.ParseBool: parsing {}: invalid syntax",
                crate::help::go_quote(&v)
            )
        }),
        _ => Ok(None),
    }
}

/// docker's `forwardBuilder`: the command words that go to the builder plugin, what replaces
/// them, and the extra command path recorded for telemetry.
pub fn forwarded(alias: &str, rest: &[String]) -> Option<(usize, Vec<String>, &'static str)> {
    let first = rest.first().map(String::as_str);
    let second = rest.get(1).map(String::as_str);
    match (first, second) {
        (Some("bake"), _) => Some((1, vec![alias.into(), "bake".into()], "")),
        (Some("builder"), _) => Some((1, vec![alias.into()], " builder")),
        (Some("build"), _) => Some((1, vec![alias.into(), "build".into()], "")),
        (Some("image"), Some("build")) => Some((2, vec![alias.into(), "build".into()], " image")),
        _ => None,
    }
}

/// docker's `stringSliceReplaceAt(s, find, replace, -1)`: the first occurrence anywhere.
pub fn replace_first(s: &[String], find: &[String], replace: &[String]) -> Vec<String> {
    if find.is_empty() {
        return s.to_vec();
    }
    match s.windows(find.len()).position(|w| w == find) {
        Some(i) => {
            let mut out = s[..i].to_vec();
            out.extend(replace.iter().cloned());
            out.extend(s[i + find.len()..].iter().cloned());
            out
        }
        None => s.to_vec(),
    }
}

/// docker's `hasBuilderName`: `--builder` parsed with pflag (which stops at the first flag it
/// does not know), or a non-empty `BUILDX_BUILDER`.
pub fn has_builder_name(rest: &[String]) -> bool {
    let mut builder = String::new();
    let mut i = 0;
    while i < rest.len() {
        let tok = rest[i].as_str();
        if tok == "--" {
            break;
        }
        if let Some(v) = tok.strip_prefix("--builder=") {
            builder = v.to_string();
        } else if tok == "--builder" {
            match rest.get(i + 1) {
                Some(v) => builder = v.clone(),
                None => break,
            }
            i += 1;
        } else if tok.starts_with('-') && tok != "-" {
            break;
        }
        i += 1;
    }
    !builder.is_empty() || std::env::var("BUILDX_BUILDER").is_ok_and(|v| !v.is_empty())
}

/// What docker decides for a build command when the builder plugin is missing or disabled.
pub enum Legacy {
    /// Run the legacy builder after printing this notice (blank line included).
    Warn(String),
    /// Fail with this message, exit 1.
    Fail(String),
}

pub fn buildkit_disabled_notice() -> String {
    format!("{BUILDKIT_DISABLED_WARNING}\n\n")
}

/// The notice or error when the builder plugin is unusable: `plugin_err` is `None` when there
/// is no plugin at all, else why the installed one is invalid.
pub fn missing(bake: bool, enforced: bool, plugin_err: Option<&str>) -> Legacy {
    let with_cause = |msg: &str| match plugin_err {
        Some(e) => format!("{e}\n\n{msg}"),
        None => msg.to_string(),
    };
    if bake {
        Legacy::Fail(with_cause(BAKE_MISSING_ERROR))
    } else if enforced {
        Legacy::Fail(with_cause(BUILDX_MISSING_ERROR))
    } else {
        Legacy::Warn(format!("{}\n\n", with_cause(BUILDX_MISSING_WARNING)))
    }
}

pub fn default_plugin() -> &'static str {
    DEFAULT_PLUGIN
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn builder_flag_as_pflag_sees_it() {
        assert!(has_builder_name(&v(&["build", "--builder", "x", "."])));
        assert!(has_builder_name(&v(&["build", "--builder=x"])));
        assert!(!has_builder_name(&v(&[
            "build",
            "-t",
            "a",
            "--builder",
            "x"
        ])));
    }

    #[test]
    fn forwards_docker_words() {
        assert_eq!(
            forwarded("buildx", &v(&["image", "build", "."])).map(|f| f.1),
            Some(v(&["buildx", "build"]))
        );
        assert!(forwarded("buildx", &v(&["image", "ls"])).is_none());
        assert_eq!(
            replace_first(
                &v(&["docker", "-D", "build", "x"]),
                &v(&["build"]),
                &v(&["buildx", "build"])
            ),
            v(&["docker", "-D", "buildx", "build", "x"])
        );
    }
}
