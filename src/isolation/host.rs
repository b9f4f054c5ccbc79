//! What the host itself can see: its process table, pid namespaces and kernel. Only meaningful
//! when the daemon runs on this host (a unix socket endpoint).

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostProcess {
    pub pid: u32,
    /// argv, NUL-separated in /proc; empty for kernel threads.
    pub args: Vec<String>,
}

impl HostProcess {
    pub fn command_line(&self) -> String {
        self.args.join(" ")
    }
}

fn read_args(pid: u32) -> Vec<String> {
    std::fs::read(format!("/proc/{pid}/cmdline"))
        .map(|b| {
            b.split(|&c| c == 0)
                .filter(|s| !s.is_empty())
                .map(|s| String::from_utf8_lossy(s).into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Every process on the host (those that vanish while we look are skipped).
pub fn processes() -> Vec<HostProcess> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut out: Vec<HostProcess> = dir
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .map(|pid| HostProcess {
            pid,
            args: read_args(pid),
        })
        .collect();
    out.sort_by_key(|p| p.pid);
    out
}

/// The pid namespace of a process (`pid:[4026531836]`).
pub fn pid_namespace(pid: u32) -> Option<String> {
    std::fs::read_link(format!("/proc/{pid}/ns/pid"))
        .ok()
        .map(|p| p.to_string_lossy().into_owned())
}

/// Ends a command hvdock ran in a container (an exec) that will not stop printing, by its
/// host pid; only when that pid is a process in another pid namespace than hvdock's whose
/// arguments end with `args` (so a sandbox-internal pid never hits a host process). Returns
/// whether it was this host's process to kill.
pub fn kill_exec(pid: u32, args: &[&str]) -> bool {
    let own = pid_namespace(std::process::id());
    let theirs = pid_namespace(pid);
    let argv = read_args(pid);
    let ends_with_ours = argv.len() >= args.len() && argv[argv.len() - args.len()..] == *args;
    if pid <= 1 || theirs.is_none() || theirs == own || !ends_with_ours {
        return false;
    }
    // SAFETY: kill(2) on a checked pid with a valid signal number.
    unsafe { libc::kill(pid as i32, libc::SIGKILL) == 0 }
}

/// The host kernel's release (`uname -r`).
pub fn kernel_release() -> String {
    std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// A sandbox or VM worker process on the host, and the container it serves.
#[derive(Debug, Clone)]
pub struct Worker {
    pub pid: u32,
    pub container_id: String,
    pub owner: &'static str,
}

/// gVisor sandboxes (`runsc-sandbox ... boot ... <id>`) and Kata VMs (`qemu`/`cloud-hypervisor`
/// with `sandbox-<id>` in their arguments) running on the host.
pub fn workers(procs: &[HostProcess]) -> Vec<Worker> {
    let mut out = Vec::new();
    for p in procs {
        let Some(arg0) = p.args.first() else { continue };
        let base = arg0.rsplit('/').next().unwrap_or(arg0);
        if base == "runsc-sandbox" || (base == "runsc" && p.args.iter().any(|a| a == "boot")) {
            if let Some(id) = p.args.last().filter(|a| is_container_id(a)) {
                out.push(Worker {
                    pid: p.pid,
                    container_id: id.clone(),
                    owner: "runsc",
                });
            }
        } else if base.contains("qemu")
            || base.contains("cloud-hypervisor")
            || base.contains("firecracker")
        {
            let id = p.args.iter().find_map(|a| {
                let i = a.find("sandbox-")?;
                let rest = &a[i + 8..];
                let id: String = rest.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
                (id.len() == 64).then_some(id)
            });
            if let Some(id) = id {
                out.push(Worker {
                    pid: p.pid,
                    container_id: id,
                    owner: "kata",
                });
            }
        }
    }
    out
}

fn is_container_id(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_gvisor_sandboxes_and_kata_vms() {
        let id = "a".repeat(64);
        let procs = vec![
            HostProcess {
                pid: 10,
                args: vec![
                    "runsc-sandbox".into(),
                    "--root=/x".into(),
                    "boot".into(),
                    id.clone(),
                ],
            },
            HostProcess {
                pid: 11,
                args: vec!["runsc-gofer".into(), "gofer".into(), id.clone()],
            },
            HostProcess {
                pid: 12,
                args: vec![
                    "/usr/bin/qemu-system-x86_64".into(),
                    format!("-name sandbox-{}", "b".repeat(64)),
                ],
            },
            HostProcess {
                pid: 13,
                args: vec!["sleep".into(), "5".into()],
            },
        ];
        let w = workers(&procs);
        assert_eq!(w.len(), 2);
        assert_eq!(
            (w[0].pid, w[0].owner, w[0].container_id.as_str()),
            (10, "runsc", id.as_str())
        );
        assert_eq!((w[1].pid, w[1].owner), (12, "kata"));
    }

    #[test]
    fn reads_this_process() {
        let me = std::process::id();
        let procs = processes();
        assert!(procs.iter().any(|p| p.pid == me));
        assert!(pid_namespace(me).unwrap_or_default().starts_with("pid:["));
        assert!(!kernel_release().is_empty());
    }
}
