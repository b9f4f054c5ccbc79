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

#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "ID")]
    pub id: String,
    /// What the container is meant to have (`process` or `hyperv`).
    #[serde(rename = "Isolation")]
    pub isolation: String,
    /// What the evidence shows (`process`, `hyperv`, or `mixed`).
    #[serde(rename = "Observed")]
    pub observed: String,
    #[serde(rename = "HostKernel")]
    pub host_kernel: String,
    #[serde(rename = "ContainerKernel")]
    pub container_kernel: String,
    #[serde(rename = "Processes")]
    pub processes: usize,
    #[serde(rename = "VisibleOnHost")]
    pub visible: usize,
    #[serde(rename = "Consistent")]
    pub consistent: bool,
}

impl Verdict {
    pub fn new(
        name: String,
        id: String,
        isolation: String,
        host_kernel: String,
        container_kernel: String,
        processes: usize,
        visible: usize,
    ) -> Verdict {
        let shared = host_kernel == container_kernel;
        let observed = if shared && visible == processes && processes > 0 {
            "process"
        } else if !shared && visible == 0 {
            "hyperv"
        } else {
            "mixed"
        };
        Verdict {
            consistent: observed == isolation,
            observed: observed.into(),
            name,
            id,
            isolation,
            host_kernel,
            container_kernel,
            processes,
            visible,
        }
    }

    /// `web  process  shared kernel 6.18.44  2/2 container processes visible on host`
    pub fn line(&self) -> String {
        let kernel = if self.host_kernel == self.container_kernel {
            format!("shared kernel {}", self.container_kernel)
        } else {
            format!("own kernel {}", self.container_kernel)
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

    #[test]
    fn verdicts() {
        let v = Verdict::new(
            "web".into(),
            "x".into(),
            "process".into(),
            "6.1".into(),
            "6.1".into(),
            2,
            2,
        );
        assert!(v.consistent);
        assert_eq!(
            v.line(),
            "web\tprocess\tshared kernel 6.1\t2/2 container processes visible on host"
        );
        let v = Verdict::new(
            "vm".into(),
            "y".into(),
            "hyperv".into(),
            "6.1".into(),
            "4.4.0".into(),
            2,
            0,
        );
        assert_eq!((v.observed.as_str(), v.consistent), ("hyperv", true));
        let v = Verdict::new(
            "liar".into(),
            "z".into(),
            "hyperv".into(),
            "6.1".into(),
            "6.1".into(),
            1,
            1,
        );
        assert_eq!((v.observed.as_str(), v.consistent), ("process", false));
    }
}
