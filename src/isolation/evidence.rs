//! The seed's isolation demo as evidence: which of a container's processes the host can see, and
//! whether it runs on the host's kernel.

use serde::Serialize;

use super::host::HostProcess;

/// A process as seen inside the container (`ps -o pid,args`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inside {
    pub pid: u32,
    pub args: String,
}

/// Parses `ps -o pid,args` output, leaving out the lines of hvdock's own probes.
pub fn parse_ps(output: &str, own: &[&str]) -> Vec<Inside> {
    output
        .lines()
        .skip(1)
        .filter_map(|l| {
            let l = l.trim_start();
            let (pid, args) = l.split_once(char::is_whitespace)?;
            let pid = pid.parse().ok()?;
            let args = args.trim().to_string();
            (!own.iter().any(|o| args == *o)).then_some(Inside { pid, args })
        })
        .collect()
}

/// The processes of `inside` that the host can see: a host process in the same pid namespace
/// as the container's worker with the same command line. (For a sandbox or VM, the worker's
/// namespace holds only the worker itself, so nothing matches.)
pub fn visible_on_host<'a>(
    inside: &'a [Inside],
    host: &[HostProcess],
    same_namespace: impl Fn(u32) -> bool,
) -> Vec<&'a Inside> {
    inside
        .iter()
        .filter(|p| {
            host.iter()
                .any(|h| same_namespace(h.pid) && h.command_line() == p.args)
        })
        .collect()
}

/// What the host itself shows about a container, independent of anything inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostView {
    /// Its init (`State.Pid`) is a sandbox or VM worker serving it: its processes run on their
    /// own kernel, out of the host's sight.
    Sandboxed,
    /// Its init is an ordinary host process; these are the host processes in its pid namespace.
    Shared { members: Vec<HostProcess> },
    /// Its init is an ordinary host process in the host's own pid namespace (`--pid=host`):
    /// every process is the host's, so there is nothing to compare `ps` with.
    HostPidNamespace,
    /// The host has no such process (not running, or not this host).
    Unknown,
}

impl HostView {
    /// Reads the host's view of the container whose init is `pid` and whose ID is `id`.
    pub fn of(
        id: &str,
        pid: u32,
        procs: &[HostProcess],
        namespace: impl Fn(u32) -> Option<String>,
    ) -> HostView {
        Self::of_from(id, pid, procs, namespace, std::process::id())
    }

    /// As [`HostView::of`], with `me` a process in the host's pid namespace.
    fn of_from(
        id: &str,
        pid: u32,
        procs: &[HostProcess],
        namespace: impl Fn(u32) -> Option<String>,
        me: u32,
    ) -> HostView {
        if pid == 0 || !procs.iter().any(|p| p.pid == pid) {
            return HostView::Unknown;
        }
        if super::host::workers(procs)
            .iter()
            .any(|w| w.pid == pid || w.container_id == id)
        {
            return HostView::Sandboxed;
        }
        let ns = namespace(pid);
        if ns.is_some() && ns == namespace(me) {
            return HostView::HostPidNamespace;
        }
        let members = procs
            .iter()
            .filter(|p| ns.is_some() && namespace(p.pid) == ns)
            .cloned()
            .collect();
        HostView::Shared { members }
    }

    pub fn level(&self) -> &'static str {
        match self {
            HostView::Sandboxed => "hyperv",
            HostView::Shared { .. } | HostView::HostPidNamespace => "process",
            HostView::Unknown => "unknown",
        }
    }
}

/// What the container itself reports (its `ps` and `uname`): untrusted, only compared.
#[derive(Debug, Clone, Default)]
pub struct Claims {
    /// The `io.hvdock.isolation` label, when set (an image can set it).
    pub label: Option<String>,
    pub processes: Vec<Inside>,
    pub kernel: String,
    /// Why the container's `ps` output was not usable, if it was not.
    pub ps_unusable: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "ID")]
    pub id: String,
    /// The isolation the daemon gives it (from its runtime or `HostConfig.Isolation`).
    #[serde(rename = "Isolation")]
    pub isolation: String,
    /// What the host's own evidence shows (`process`, `hyperv`, or `unknown`).
    #[serde(rename = "Observed")]
    pub observed: String,
    #[serde(rename = "HostKernel")]
    pub host_kernel: String,
    /// What the container's `uname -r` says (cleaned; untrusted).
    #[serde(rename = "ContainerKernel")]
    pub container_kernel: String,
    /// How many processes the container's `ps` lists.
    #[serde(rename = "Processes")]
    pub processes: usize,
    /// How many of them the host shows in the container's pid namespace.
    #[serde(rename = "VisibleOnHost")]
    pub visible: usize,
    #[serde(rename = "Consistent")]
    pub consistent: bool,
    /// Every contradiction found; empty when consistent.
    #[serde(rename = "Problems")]
    pub problems: Vec<String>,
}

impl Verdict {
    /// Judges a container: `isolation` is what the daemon says, `view` what the host shows,
    /// `claims` what the container says about itself.
    pub fn judge(
        name: String,
        id: String,
        isolation: &str,
        runtime: &str,
        host_kernel: String,
        view: &HostView,
        claims: &Claims,
    ) -> Verdict {
        let observed = view.level();
        let mut problems = Vec::new();
        if let Some(label) = claims.label.as_deref().filter(|l| *l != isolation) {
            let backing = if runtime.is_empty() {
                String::new()
            } else {
                format!(" with runtime {runtime}")
            };
            problems.push(format!(
                "its label io.hvdock.isolation says {label}, but the daemon runs it{backing}: {isolation} isolation"
            ));
        }
        if observed != isolation {
            problems.push(format!(
                "it is meant to have {isolation} isolation, but the host shows {observed}"
            ));
        }
        let visible = match view {
            HostView::Shared { members } => {
                visible_on_host(&claims.processes, members, |_| true).len()
            }
            HostView::HostPidNamespace => claims.processes.len(),
            _ => 0,
        };
        if let Some(why) = &claims.ps_unusable {
            problems.push(format!("its ps cannot be trusted: {why}"));
        }
        if observed == "process" && claims.kernel != host_kernel {
            problems.push(format!(
                "its uname says kernel {:?}, but it runs on the host's kernel {host_kernel}",
                claims.kernel
            ));
        }
        match view {
            HostView::Shared { members } if claims.ps_unusable.is_none() => {
                if visible < claims.processes.len() {
                    problems.push(format!(
                            "its ps lists {} process(es) that the host does not show in its pid namespace",
                            claims.processes.len() - visible
                        ));
                }
                let hidden = members
                    .iter()
                    // (a process that just ended has no command line left)
                    .filter(|m| !m.args.is_empty())
                    .filter(|m| !claims.processes.iter().any(|p| p.args == m.command_line()))
                    .count();
                if hidden > 0 {
                    problems.push(format!(
                            "the host shows {hidden} process(es) in its pid namespace that its ps does not list"
                        ));
                }
            }
            HostView::Sandboxed if claims.kernel == host_kernel => {
                problems.push(format!(
                    "its uname says the host's kernel {host_kernel}, but it runs in a sandbox"
                ));
            }
            _ => {}
        }
        Verdict {
            consistent: problems.is_empty(),
            observed: observed.into(),
            name,
            id,
            isolation: isolation.into(),
            container_kernel: claims.kernel.clone(),
            host_kernel,
            processes: claims.processes.len(),
            visible,
            problems,
        }
    }

    /// `web  process  shared kernel 6.18.44  2/2 container processes visible on host`: the
    /// kernel is the host's when the host shows the container on its kernel, else what the
    /// container reports.
    pub fn line(&self) -> String {
        let kernel = match self.observed.as_str() {
            "process" => format!("shared kernel {}", self.host_kernel),
            _ => format!("own kernel {}", self.container_kernel),
        };
        format!(
            "{}\t{}\t{}\t{}/{} container processes visible on host",
            self.name, self.isolation, kernel, self.visible, self.processes
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hp(pid: u32, args: &[&str]) -> HostProcess {
        HostProcess {
            pid,
            args: args.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn parses_busybox_ps_without_our_probe() {
        let out = "PID   COMMAND\n    1 sleep 4242\n   12 sh -c x y\n   19 ps -o pid,args\n";
        let p = parse_ps(out, &["ps -o pid,args"]);
        assert_eq!(
            p,
            vec![
                Inside {
                    pid: 1,
                    args: "sleep 4242".into()
                },
                Inside {
                    pid: 12,
                    args: "sh -c x y".into()
                }
            ]
        );
    }

    #[test]
    fn matches_only_in_the_containers_namespace() {
        let inside = vec![Inside {
            pid: 1,
            args: "sleep 4242".into(),
        }];
        let host = vec![hp(500, &["sleep", "4242"]), hp(501, &["bash"])];
        assert_eq!(visible_on_host(&inside, &host, |pid| pid == 500).len(), 1);
        assert_eq!(visible_on_host(&inside, &host, |_| false).len(), 0);
    }

    fn claims(label: Option<&str>, kernel: &str, procs: &[(u32, &str)]) -> Claims {
        Claims {
            label: label.map(str::to_string),
            processes: procs
                .iter()
                .map(|(pid, a)| Inside {
                    pid: *pid,
                    args: a.to_string(),
                })
                .collect(),
            kernel: kernel.into(),
            ps_unusable: None,
        }
    }

    #[test]
    fn host_view_and_verdicts() {
        let id = "c".repeat(64);
        let procs = vec![
            hp(1, &["init"]),
            hp(500, &["sleep", "4242"]),
            hp(600, &["runsc-sandbox", "boot", &id]),
        ];
        let ns = |pid: u32| Some(if pid == 500 { "pid:[9]" } else { "pid:[1]" }.to_string());
        let shared = HostView::of("x", 500, &procs, ns);
        assert_eq!(shared.level(), "process");
        assert_eq!(HostView::of(&id, 600, &procs, ns), HostView::Sandboxed);
        assert_eq!(HostView::of("x", 777, &procs, ns), HostView::Unknown);
        assert_eq!(
            HostView::of_from("x", 500, &procs, |_| Some("pid:[1]".into()), 1),
            HostView::HostPidNamespace
        );

        let j = |view: &HostView, iso: &str, c: &Claims| {
            Verdict::judge("n".into(), "i".into(), iso, "runc", "6.1".into(), view, c)
        };
        let v = j(
            &shared,
            "process",
            &claims(None, "6.1", &[(1, "sleep 4242")]),
        );
        assert!(v.consistent, "{:?}", v.problems);
        assert_eq!(
            v.line(),
            "n\tprocess\tshared kernel 6.1\t1/1 container processes visible on host"
        );
        // A forged label and fake ps/uname on runc: every lie is named.
        let v = j(
            &shared,
            "process",
            &claims(Some("hyperv"), "4.4.0", &[(1, "/sbin/vm-init")]),
        );
        assert!(!v.consistent);
        assert_eq!(v.problems.len(), 4, "{:?}", v.problems);
        assert_eq!(
            v.line(),
            "n\tprocess\tshared kernel 6.1\t0/1 container processes visible on host"
        );
        let v = j(
            &HostView::Sandboxed,
            "hyperv",
            &claims(None, "4.4.0", &[(1, "sleep 1")]),
        );
        assert!(v.consistent && v.observed == "hyperv");
        let v = j(&HostView::Sandboxed, "process", &claims(None, "4.4.0", &[]));
        assert!(!v.consistent);
    }
}
