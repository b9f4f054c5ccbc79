//! `isolation verify` trusts only what the daemon and the host show: a container's label, and
//! its own `ps` and `uname` (which its image controls), are untrusted claims that are compared,
//! capped and cleaned — and `top` for sandboxes cleans what the sandbox's `ps` prints.

mod common;

use common::*;

/// Runs `IMAGE sh -c SCRIPT; exec sleep N` with `extra` flags; the script installs fakes.
fn fake(scope: &Scope, name: &str, extra: &[&str], script: &str) -> String {
    let label = scope.label();
    let mut a = vec!["run", "-d", "--label", &label, "--name", name];
    a.extend_from_slice(extra);
    let cmd = format!("{script}; touch /ready; exec sleep 100000");
    a.extend_from_slice(&[IMAGE, "sh", "-c", &cmd]);
    let id = ok(&a).trim().to_string();
    for _ in 0..300 {
        if api("GET", &format!("/containers/{id}/json"), None)
            .1
            .contains("\"Running\":true")
            && run(&["exec", name, "cat", "/ready"]).code == 0
        {
            return id;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("{name} never became ready");
}

const FAKE_HYPERV: &str = "rm /bin/ps /bin/uname; \
    printf '#!/bin/sh\\necho \"PID   COMMAND\"\\necho \"    1 /sbin/vm-init\"\\n' > /bin/ps; \
    printf '#!/bin/sh\\necho 4.4.0\\n' > /bin/uname; chmod +x /bin/ps /bin/uname";

#[test]
fn a_forged_label_and_fake_binaries_are_found_out() {
    let s = Scope::new("forged");
    let name = format!("hvc-{}-forged", s.id);
    fake(
        &s,
        &name,
        &["--runtime", "runc", "--label", "io.hvdock.isolation=hyperv"],
        FAKE_HYPERV,
    );
    let r = run(&["isolation", "verify", &name]);
    assert_eq!(r.code, 1, "{} {}", r.stdout, r.stderr);
    let host_kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
    let line = r.stdout.lines().next().unwrap_or_default().to_string();
    assert!(
        line.starts_with(&name)
            && line.contains(" process ")
            && line.contains(&format!("shared kernel {}", host_kernel.trim()))
            && line.ends_with("0/1 container processes visible on host"),
        "{line}"
    );
    for problem in [
        "its label io.hvdock.isolation says hyperv, but the daemon runs it with runtime runc: process isolation",
        "its uname says kernel \"4.4.0\", but it runs on the host's kernel",
        "its ps lists 1 process(es) that the host does not show in its pid namespace",
        "the host shows 1 process(es) in its pid namespace that its ps does not list",
    ] {
        assert!(
            r.stderr.contains(&format!("hvdock: {name}: {problem}")),
            "missing {problem:?} in {}",
            r.stderr
        );
    }
    let json = run(&["isolation", "verify", "--format", "json", &name]);
    let v: serde_json::Value = serde_json::from_str(json.stdout.trim()).unwrap();
    assert_eq!(
        (
            v["Isolation"].as_str(),
            v["Observed"].as_str(),
            v["Consistent"].as_bool()
        ),
        (Some("process"), Some("process"), Some(false))
    );

    // Without the label, the fake binaries alone are enough.
    let plain = format!("hvc-{}-fakebin", s.id);
    fake(&s, &plain, &["--runtime", "runc"], FAKE_HYPERV);
    let r = run(&["isolation", "verify", &plain]);
    assert_eq!(r.code, 1, "{} {}", r.stdout, r.stderr);
    assert!(!r.stderr.contains("label"), "{}", r.stderr);
    assert!(r.stderr.contains("its uname says kernel"), "{}", r.stderr);
}

/// `ps` that prints forever: verify ends with bounded memory, says why, and the runaway `ps`
/// does not outlive it. Terminal escapes it prints never reach hvdock's output.
#[test]
#[allow(clippy::zombie_processes)] // reaped by wait4, which also reports its memory
fn endless_or_hostile_ps_output_is_capped_and_cleaned() {
    let s = Scope::new("flood");
    let name = format!("hvc-{}-flood", s.id);
    let id = fake(
        &s,
        &name,
        &["--runtime", "runc"],
        "rm /bin/ps; printf '#!/bin/sh\\nwhile :; do echo \"\\033]0;pwned\\007\\033[2J 1 yyyyyyyyyyyyyyyyyyyyyyyy\"; done\\n' > /bin/ps; chmod +x /bin/ps",
    );
    let mut child = hvdock(&["isolation", "verify", &name])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    use std::io::Read;
    child.stdout.take().unwrap().read_to_end(&mut out).unwrap();
    child.stderr.take().unwrap().read_to_end(&mut err).unwrap();
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as i32);
    let (out, err) = (String::from_utf8_lossy(&out), String::from_utf8_lossy(&err));
    assert_eq!(libc::WEXITSTATUS(status), 1, "{out} {err}");
    assert!(
        err.contains("its ps cannot be trusted: it printed more than 1048576 bytes"),
        "{err}"
    );
    assert!(!out.contains('\x1b') && !err.contains('\x1b'));
    // ru_maxrss is in KiB: far below what keeping the endless output would take.
    assert!(
        usage.ru_maxrss < 100 * 1024,
        "max RSS {} KiB",
        usage.ru_maxrss
    );
    // The runaway ps was ended: the daemon's own top no longer lists it.
    let (_, top) = api("GET", &format!("/containers/{id}/top"), None);
    assert!(!top.contains("/bin/ps"), "{top}");
}

#[test]
fn top_in_a_sandbox_cleans_escapes() {
    let s = Scope::new("esc");
    let name = format!("hvc-{}-esc", s.id);
    fake(
        &s,
        &name,
        &["--runtime", "runsc"],
        "rm /bin/ps; printf '#!/bin/sh\\necho \"UID PID PPID C STIME TTY TIME CMD\"\\necho \"root 1 0 0 10:00 ? 00:00:00 \\033]0;pwned\\007\\033[2Jevil\\033[0m\"\\n' > /bin/ps; chmod +x /bin/ps",
    );
    let r = run(&["top", &name]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.raw_stdout.contains(&0x1b), "{:?}", r.stdout);
    let row = r.stdout.lines().nth(1).unwrap_or_default();
    assert!(row.starts_with("root") && row.ends_with(" evil"), "{row:?}");
}
