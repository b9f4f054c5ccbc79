//! The API version each versioned flag needs, as docker annotates them (`version` annotations
//! in docker/cli): below it docker hides the flag from help and refuses it with
//! `"--FLAG" requires API version V, but the Docker daemon API version is W`.
//! Keys are the canonical command (`container run`, not `run`) and the flag's long name.

const RUN_CREATE: &[(&str, &str)] = &[
    ("annotation", "1.43"),
    ("cgroupns", "1.41"),
    ("cpu-rt-period", "1.25"),
    ("cpu-rt-runtime", "1.25"),
    ("cpus", "1.25"),
    ("gpus", "1.40"),
    ("health-start-interval", "1.44"),
    ("health-start-period", "1.29"),
    ("init", "1.25"),
    ("platform", "1.32"),
    ("stop-timeout", "1.25"),
];

const TABLE: &[(&str, &[(&str, &str)])] = &[
    ("container run", RUN_CREATE),
    ("container create", RUN_CREATE),
    (
        "container exec",
        &[("env", "1.25"), ("env-file", "1.25"), ("workdir", "1.35")],
    ),
    ("container logs", &[("until", "1.35")]),
    (
        "container update",
        &[
            ("cpu-rt-period", "1.25"),
            ("cpu-rt-runtime", "1.25"),
            ("cpus", "1.29"),
            ("pids-limit", "1.40"),
        ],
    ),
    (
        "image build",
        &[
            ("network", "1.25"),
            ("platform", "1.38"),
            ("squash", "1.25"),
        ],
    ),
    ("image history", &[("platform", "1.48")]),
    ("image import", &[("platform", "1.32")]),
    ("image inspect", &[("platform", "1.49")]),
    ("image load", &[("platform", "1.48")]),
    ("image ls", &[("tree", "1.47")]),
    ("image pull", &[("platform", "1.32")]),
    ("image push", &[("platform", "1.46")]),
    ("image rm", &[("platform", "1.50")]),
    ("image save", &[("platform", "1.48")]),
    (
        "network create",
        &[
            ("attachable", "1.25"),
            ("config-from", "1.30"),
            ("config-only", "1.30"),
            ("ingress", "1.29"),
            ("scope", "1.30"),
        ],
    ),
    (
        "service create",
        &[("health-start-interval", "1.44"), ("oom-score-adj", "1.46")],
    ),
    (
        "service update",
        &[("health-start-interval", "1.44"), ("oom-score-adj", "1.46")],
    ),
    ("system prune", &[("filter", "1.28")]),
    (
        "volume create",
        &[
            ("availability", "1.42"),
            ("group", "1.42"),
            ("limit-bytes", "1.42"),
            ("required-bytes", "1.42"),
            ("scope", "1.42"),
            ("secret", "1.42"),
            ("sharing", "1.42"),
            ("topology-preferred", "1.42"),
            ("topology-required", "1.42"),
            ("type", "1.42"),
        ],
    ),
    ("volume ls", &[("cluster", "1.42")]),
    ("volume prune", &[("all", "1.42")]),
    ("volume rm", &[("force", "1.25")]),
];

/// The API version `--flag` of `command` (canonical path, `container run`) needs, if any.
pub fn min_api(command: &str, flag: &str) -> Option<&'static str> {
    TABLE
        .iter()
        .find(|(c, _)| *c == command)
        .and_then(|(_, flags)| flags.iter().find(|(f, _)| *f == flag))
        .map(|(_, v)| *v)
}

/// docker's refusal of flags the daemon's API version is too old for, one line per flag
/// (`used` in the order docker visits them: sorted by name); `None` when all are supported.
pub fn refusal(command: &str, used: &[&str], api: &str) -> Option<String> {
    let mut used: Vec<&str> = used.to_vec();
    used.sort_unstable();
    let lines: Vec<String> = used
        .iter()
        .filter_map(|f| {
            let v = min_api(command, f)?;
            crate::engine::version_lt(api, v).then(|| {
                format!("\"--{f}\" requires API version {v}, but the Docker daemon API version is {api}")
            })
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_versions_and_refuses_like_docker() {
        assert_eq!(min_api("volume prune", "all"), Some("1.42"));
        assert_eq!(min_api("container run", "gpus"), Some("1.40"));
        assert_eq!(min_api("volume prune", "filter"), None);
        assert_eq!(
            refusal("volume prune", &["filter", "all"], "1.41").as_deref(),
            Some("\"--all\" requires API version 1.42, but the Docker daemon API version is 1.41")
        );
        assert_eq!(refusal("volume prune", &["all"], "1.42"), None);
    }
}
