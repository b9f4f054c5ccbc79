//! What the daemon must offer for a command or a flag, as docker annotates them (`version`,
//! `ostype` and `experimental` annotations in docker/cli). docker hides what the daemon does not
//! offer from help and refuses it before running the command: a command with
//! `docker volume update requires API version 1.42, but the Docker daemon API version is 1.41`,
//! a flag with `"--cpu-count" is only supported on a Docker daemon running on windows, but the
//! Docker daemon is running on linux` (one line per flag). Keys are the canonical command
//! (`container run`, not `run`) and the flag's long name; a flag may have several needs.

use Need::{Api, Experimental, Os};

/// One annotation: what the daemon must offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// `version`: an API version at least this one.
    Api(&'static str),
    /// `ostype`: a daemon running on this OS.
    Os(&'static str),
    /// `experimental`: a daemon with experimental features enabled.
    Experimental,
}

/// What docker knows of the daemon when it checks (`/_ping`): the negotiated API version, the
/// OS type (`OSType`, empty when unknown) and `Docker-Experimental`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Daemon {
    pub api: String,
    pub os_type: String,
    pub experimental: bool,
}

impl Daemon {
    /// Does the daemon offer `need`? An unknown OS type offers every one, as in docker.
    pub fn offers(&self, need: Need) -> bool {
        match need {
            Api(v) => !crate::engine::version_lt(&self.api, v),
            Os(os) => self.os_type.is_empty() || self.os_type == os,
            Experimental => self.experimental,
        }
    }

    /// docker's refusal of `subject` (`"--flag"`, or the command's path) for the first need in
    /// `needs` it does not offer, checked as docker checks them: version, OS type, experimental.
    fn refusal(&self, subject: &str, needs: &[Need]) -> Option<String> {
        let kind = |n: &Need| match n {
            Api(_) => 0,
            Os(_) => 1,
            Experimental => 2,
        };
        let mut needs = needs.to_vec();
        needs.sort_by_key(kind);
        let unmet = needs.into_iter().find(|n| !self.offers(*n))?;
        Some(match unmet {
            Api(v) => format!(
                "{subject} requires API version {v}, but the Docker daemon API version is {}",
                self.api
            ),
            Os(os) => format!(
                "{subject} is only supported on a Docker daemon running on {os}, but the Docker \
                 daemon is running on {}",
                self.os_type
            ),
            Experimental => format!(
                "{subject} is only supported on a Docker daemon with experimental features enabled"
            ),
        })
    }
}

/// Commands docker annotates (its ancestors' annotations apply to a verb too).
const COMMANDS: &[(&str, &[Need])] = &[
    ("builder", &[Api("1.31")]),
    ("builder prune", &[Api("1.39")]),
    ("checkpoint", &[Api("1.25"), Os("linux"), Experimental]),
    ("config", &[Api("1.30")]),
    ("container prune", &[Api("1.25")]),
    ("image prune", &[Api("1.25")]),
    ("network", &[Api("1.21")]),
    ("network prune", &[Api("1.25")]),
    ("node", &[Api("1.24")]),
    ("plugin", &[Api("1.25")]),
    ("plugin upgrade", &[Api("1.26")]),
    ("secret", &[Api("1.25")]),
    ("service", &[Api("1.24")]),
    ("service logs", &[Api("1.29")]),
    ("service rollback", &[Api("1.31")]),
    ("stack", &[Api("1.25")]),
    ("swarm", &[Api("1.24")]),
    ("swarm ca", &[Api("1.30")]),
    ("swarm init", &[Api("1.24")]),
    ("swarm join", &[Api("1.24")]),
    ("swarm join-token", &[Api("1.24")]),
    ("swarm leave", &[Api("1.24")]),
    ("swarm unlock", &[Api("1.24")]),
    ("swarm unlock-key", &[Api("1.24")]),
    ("swarm update", &[Api("1.24")]),
    ("system df", &[Api("1.25")]),
    ("system prune", &[Api("1.25")]),
    ("volume", &[Api("1.21")]),
    ("volume prune", &[Api("1.25")]),
    ("volume update", &[Api("1.42")]),
];

const RUN_CREATE: &[(&str, Need)] = &[
    ("annotation", Api("1.43")),
    ("cgroupns", Api("1.41")),
    ("cpu-rt-period", Api("1.25")),
    ("cpu-rt-runtime", Api("1.25")),
    ("cpus", Api("1.25")),
    ("cpu-count", Os("windows")),
    ("cpu-percent", Os("windows")),
    ("gpus", Api("1.40")),
    ("health-start-interval", Api("1.44")),
    ("health-start-period", Api("1.29")),
    ("init", Api("1.25")),
    ("io-maxbandwidth", Os("windows")),
    ("io-maxiops", Os("windows")),
    ("platform", Api("1.32")),
    ("stop-timeout", Api("1.25")),
];

const FLAGS: &[(&str, &[(&str, Need)])] = &[
    ("container run", RUN_CREATE),
    ("container create", RUN_CREATE),
    (
        "container exec",
        &[
            ("env", Api("1.25")),
            ("env-file", Api("1.25")),
            ("workdir", Api("1.35")),
        ],
    ),
    ("container logs", &[("until", Api("1.35"))]),
    (
        "container start",
        &[
            ("checkpoint", Experimental),
            ("checkpoint", Os("linux")),
            ("checkpoint-dir", Experimental),
            ("checkpoint-dir", Os("linux")),
        ],
    ),
    (
        "container update",
        &[
            ("cpu-rt-period", Api("1.25")),
            ("cpu-rt-runtime", Api("1.25")),
            ("cpus", Api("1.29")),
            ("pids-limit", Api("1.40")),
        ],
    ),
    (
        "image build",
        &[
            ("network", Api("1.25")),
            ("platform", Api("1.38")),
            ("squash", Api("1.25")),
            ("squash", Experimental),
        ],
    ),
    ("image history", &[("platform", Api("1.48"))]),
    ("image import", &[("platform", Api("1.32"))]),
    ("image inspect", &[("platform", Api("1.49"))]),
    ("image load", &[("platform", Api("1.48"))]),
    ("image ls", &[("tree", Api("1.47"))]),
    ("image pull", &[("platform", Api("1.32"))]),
    ("image push", &[("platform", Api("1.46"))]),
    ("image rm", &[("platform", Api("1.50"))]),
    ("image save", &[("platform", Api("1.48"))]),
    (
        "network create",
        &[
            ("attachable", Api("1.25")),
            ("config-from", Api("1.30")),
            ("config-only", Api("1.30")),
            ("ingress", Api("1.29")),
            ("scope", Api("1.30")),
        ],
    ),
    (
        "service create",
        &[
            ("health-start-interval", Api("1.44")),
            ("oom-score-adj", Api("1.46")),
        ],
    ),
    (
        "service update",
        &[
            ("health-start-interval", Api("1.44")),
            ("oom-score-adj", Api("1.46")),
        ],
    ),
    ("system prune", &[("filter", Api("1.28"))]),
    (
        "volume create",
        &[
            ("availability", Api("1.42")),
            ("group", Api("1.42")),
            ("limit-bytes", Api("1.42")),
            ("required-bytes", Api("1.42")),
            ("scope", Api("1.42")),
            ("secret", Api("1.42")),
            ("sharing", Api("1.42")),
            ("topology-preferred", Api("1.42")),
            ("topology-required", Api("1.42")),
            ("type", Api("1.42")),
        ],
    ),
    ("volume ls", &[("cluster", Api("1.42"))]),
    ("volume prune", &[("all", Api("1.42"))]),
    ("volume rm", &[("force", Api("1.25"))]),
    ("volume update", &[("availability", Api("1.42"))]),
];

/// Flags docker marks deprecated (pflag's `MarkDeprecated`): hidden from help, still taken, and
/// announced on each use. The command that owns the flag (a group's applies to its verbs), the
/// flag, pflag's message.
const DEPRECATED: &[(&str, &str, &str)] = &[("stack", "orchestrator", "option will be ignored")];

/// pflag's notice for `--flag` of the command whose canonical chain is `chain`, if deprecated.
pub fn deprecation(chain: &[String], flag: &str) -> Option<String> {
    DEPRECATED
        .iter()
        .find(|(c, f, _)| *f == flag && chain.iter().any(|x| x == c))
        .map(|(_, f, m)| format!("Flag --{f} has been deprecated, {m}"))
}

/// What `--flag` of `command` (canonical path, `container run`) needs.
pub fn flag_needs(command: &str, flag: &str) -> Vec<Need> {
    FLAGS
        .iter()
        .filter(|(c, _)| *c == command)
        .flat_map(|(_, flags)| flags.iter())
        .filter(|(f, _)| *f == flag)
        .map(|(_, n)| *n)
        .collect()
}

/// Is `--flag` of `command` annotated (so its help and use depend on the daemon)?
pub fn flag_annotated(command: &str, flag: &str) -> bool {
    !flag_needs(command, flag).is_empty()
}

/// What `command` (canonical path) itself needs.
pub fn command_needs(command: &str) -> &'static [Need] {
    COMMANDS
        .iter()
        .find(|(c, _)| *c == command)
        .map(|(_, n)| *n)
        .unwrap_or(&[])
}

/// Does docker show `--flag` of `command` in help, given the daemon (`None`: none answered,
/// every flag is shown)?
pub fn flag_shown(command: &str, flag: &str, daemon: Option<&Daemon>) -> bool {
    daemon.is_none_or(|d| flag_needs(command, flag).into_iter().all(|n| d.offers(n)))
}

/// Does docker list the subcommand `command` in its parent's help, given the daemon?
pub fn command_shown(command: &str, daemon: Option<&Daemon>) -> bool {
    daemon.is_none_or(|d| command_needs(command).iter().all(|n| d.offers(*n)))
}

/// docker's refusal of a command the daemon does not offer: `chain` is the canonical command
/// and then its ancestors (`volume update`, `volume`), `shown` its path as typed.
pub fn command_refusal(chain: &[String], shown: &str, daemon: &Daemon) -> Option<String> {
    chain
        .iter()
        .find_map(|c| daemon.refusal(shown, command_needs(c)))
}

/// docker's refusal of flags the daemon does not offer, one line per flag (`used` in the order
/// docker visits them: sorted by name); `None` when all are offered.
pub fn flag_refusal(command: &str, used: &[&str], daemon: &Daemon) -> Option<String> {
    let mut used: Vec<&str> = used.to_vec();
    used.sort_unstable();
    let lines: Vec<String> = used
        .iter()
        .filter_map(|f| daemon.refusal(&format!("\"--{f}\""), &flag_needs(command, f)))
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn daemon(api: &str, os_type: &str, experimental: bool) -> Daemon {
        Daemon {
            api: api.into(),
            os_type: os_type.into(),
            experimental,
        }
    }

    #[test]
    fn knows_needs_and_refuses_like_docker() {
        let linux = daemon("1.41", "linux", false);
        assert_eq!(flag_needs("volume prune", "all"), vec![Api("1.42")]);
        assert_eq!(flag_needs("container run", "gpus"), vec![Api("1.40")]);
        assert!(flag_needs("volume prune", "filter").is_empty());
        assert_eq!(
            flag_refusal("volume prune", &["filter", "all"], &linux).as_deref(),
            Some("\"--all\" requires API version 1.42, but the Docker daemon API version is 1.41")
        );
        assert_eq!(
            flag_refusal("volume prune", &["all"], &daemon("1.42", "linux", false)),
            None
        );
        assert_eq!(
            flag_refusal("container run", &["io-maxiops", "cpu-count"], &linux).as_deref(),
            Some(
                "\"--cpu-count\" is only supported on a Docker daemon running on windows, but the \
                 Docker daemon is running on linux\n\"--io-maxiops\" is only supported on a Docker \
                 daemon running on windows, but the Docker daemon is running on linux"
            )
        );
        assert_eq!(
            flag_refusal("image build", &["squash"], &linux).as_deref(),
            Some("\"--squash\" is only supported on a Docker daemon with experimental features enabled")
        );
        // The version is checked before experimental features.
        assert_eq!(
            flag_refusal("image build", &["squash"], &daemon("1.24", "linux", false)).as_deref(),
            Some(
                "\"--squash\" requires API version 1.25, but the Docker daemon API version is 1.24"
            )
        );
        assert_eq!(
            flag_refusal(
                "container start",
                &["checkpoint"],
                &daemon("1.41", "", true)
            ),
            None
        );
        let chain = ["volume update".to_string(), "volume".to_string()];
        assert_eq!(
            command_refusal(&chain, "hvdock volume update", &linux).as_deref(),
            Some("hvdock volume update requires API version 1.42, but the Docker daemon API version is 1.41")
        );
        assert!(!command_shown("volume update", Some(&linux)));
        assert!(command_shown("volume update", None));
        assert!(!flag_shown("container run", "cpu-count", Some(&linux)));
        assert!(flag_shown(
            "container run",
            "cpu-count",
            Some(&daemon("1.41", "windows", false))
        ));
    }
}
