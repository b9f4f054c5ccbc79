//! Issue 4 on the real Linux engine: the seed's workflow — create with a runtime type, see it,
//! convert it, list the compute processes, and prove the isolation by comparing process lists
//! and kernels inside and outside.

mod common;

use common::*;

/// Host processes whose command line is exactly `args`.
fn host_pids_with_args(args: &str) -> Vec<u32> {
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline"))
                .map(|b| {
                    String::from_utf8_lossy(&b)
                        .split('\0')
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                        == args
                })
                .unwrap_or(false)
        })
        .collect()
}

fn unique() -> u32 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    100_000 + (t.subsec_nanos() % 800_000) + std::process::id() % 1000
}

fn run_d(scope: &Scope, name: &str, extra: &[&str], cmd: &[&str]) -> String {
    let label = scope.label();
    let mut a = vec!["run", "-d", "--label", &label, "--name", name];
    a.extend_from_slice(extra);
    a.push(IMAGE);
    a.extend_from_slice(cmd);
    ok(&a).trim().to_string()
}

#[test]
fn the_csrss_demo_process_vs_hyperv() {
    let s = Scope::new("demo");
    let n = unique();
    let sleep = format!("sleep {n}");
    let (web, vm) = (s.name("web"), s.name("vm"));
    run_d(
        &s,
        &web,
        &["--isolation=process"],
        &["sleep", &n.to_string()],
    );
    run_d(
        &s,
        &vm,
        &["--isolation=hyperv"],
        &["sleep", &(n + 1).to_string()],
    );
    // Outside: the process-isolated sleep is in the host's table, the hyperv one is not.
    assert_eq!(
        host_pids_with_args(&sleep).len(),
        1,
        "process-isolated workload must be visible on the host"
    );
    assert!(
        host_pids_with_args(&format!("sleep {}", n + 1)).is_empty(),
        "hyperv workload must be invisible on the host"
    );
    // Inside: both see their own sleep.
    assert!(ok(&["exec", &web, "ps"]).contains(&sleep));
    assert!(ok(&["exec", &vm, "ps"]).contains(&format!("sleep {}", n + 1)));
    // Kernels: shared vs own.
    let host_kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
    assert_eq!(
        ok(&["exec", &web, "uname", "-r"]).trim(),
        host_kernel.trim()
    );
    assert_ne!(ok(&["exec", &vm, "uname", "-r"]).trim(), host_kernel.trim());

    // hvdock proves it.
    let r = run(&["isolation", "verify", &web, &vm]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[0].starts_with(&web)
            && lines[0].contains(" process ")
            && lines[0].contains("shared kernel")
            && lines[0].ends_with("1/1 container processes visible on host"),
        "{lines:?}"
    );
    assert!(
        lines[1].starts_with(&vm)
            && lines[1].contains(" hyperv ")
            && lines[1].contains("own kernel")
            && lines[1].ends_with("0/1 container processes visible on host"),
        "{lines:?}"
    );
    let json = ok(&["isolation", "verify", "--format", "json", &vm]);
    let v: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(
        (
            v["Observed"].as_str(),
            v["Consistent"].as_bool(),
            v["VisibleOnHost"].as_u64()
        ),
        (Some("hyperv"), Some(true), Some(0))
    );

    // Seeing it: ps with .Isolation, and the filter.
    let table = ok(&[
        "ps",
        "-a",
        "--filter",
        &format!("label={}", s.label()),
        "--format",
        "table {{.Names}}\t{{.Isolation}}",
    ]);
    assert!(table.starts_with("NAMES"), "{table}");
    assert!(
        table
            .lines()
            .any(|l| l.starts_with(&web) && l.trim_end().ends_with("process")),
        "{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.starts_with(&vm) && l.trim_end().ends_with("hyperv")),
        "{table}"
    );
    let only = ok(&[
        "ps",
        "--filter",
        &format!("label={}", s.label()),
        "--filter",
        "isolation=hyperv",
        "--format",
        "{{.Names}}",
    ]);
    assert_eq!(only.trim(), vm);

    // The compute processes: the workload itself for runc, the gVisor sandbox for runsc.
    let rows = ok(&[
        "compute",
        "ls",
        "--format",
        "{{.Name}} {{.Owner}} {{.Type}} {{.Isolation}} {{.PID}} {{.ID}}",
    ]);
    let row = |name: &str| -> Vec<String> {
        rows.lines()
            .find(|l| l.starts_with(&format!("{name} ")))
            .unwrap_or_else(|| panic!("{name} missing: {rows}"))
            .split(' ')
            .map(str::to_string)
            .collect()
    };
    let w = row(&web);
    assert_eq!(&w[1..4], ["runc", "Container", "process"]);
    let pid: u32 = w[4].parse().unwrap();
    assert_eq!(
        host_pids_with_args(&sleep),
        vec![pid],
        "compute ls PID must be the workload"
    );
    let v = row(&vm);
    assert_eq!(&v[1..4], ["runsc", "Sandbox", "hyperv"]);
    let cmdline = std::fs::read(format!("/proc/{}/cmdline", v[4])).unwrap();
    let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
    assert!(
        cmdline.starts_with("runsc-sandbox ") && cmdline.trim_end().ends_with(&v[5]),
        "{cmdline}"
    );
}

#[test]
fn verify_exits_nonzero_on_a_contradiction() {
    let s = Scope::new("liar");
    let name = s.name("liar");
    // Claims hyperv by label, but runs on runc: the evidence contradicts it.
    run_d(
        &s,
        &name,
        &["--label", "io.hvdock.isolation=hyperv"],
        &["sleep", "300"],
    );
    let r = run(&["isolation", "verify", &name]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("its label io.hvdock.isolation says hyperv, but the daemon runs it with runtime runc: process isolation"),
        "{}",
        r.stderr
    );
}

#[test]
fn hyperv_port_answers_while_its_process_stays_invisible() {
    let s = Scope::new("httpd");
    let name = s.name("httpd");
    let n = unique();
    run_d(
        &s,
        &name,
        &["--isolation=hyperv", "-p", "127.0.0.1::80"],
        &[
            "sh",
            "-c",
            &format!("echo served-{n} > /tmp/index.html; exec httpd -f -p 80 -h /tmp"),
        ],
    );
    let port = ok(&["port", &name, "80"]);
    let port = port.trim().rsplit(':').next().unwrap().to_string();
    let mut body = String::new();
    for _ in 0..50 {
        if let Ok(mut c) = std::net::TcpStream::connect(format!("127.0.0.1:{port}")) {
            use std::io::{Read, Write};
            let _ = c.write_all(b"GET /index.html HTTP/1.0\r\n\r\n");
            let _ = c.read_to_string(&mut body);
            if body.contains("served") {
                break;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(
        body.contains(&format!("served-{n}")),
        "no answer from the sandboxed httpd: {body:?}"
    );
    assert!(
        host_pids_with_args("httpd -f -p 80 -h /tmp").is_empty(),
        "the sandboxed httpd must not be in the host's process table"
    );
}

#[test]
fn hyperv_fails_closed_without_a_qualifying_runtime() {
    let s = Scope::new("closed");
    let mut c = hvdock(&[
        "run",
        "--rm",
        "--label",
        &s.label(),
        "--isolation=hyperv",
        IMAGE,
        "true",
    ]);
    c.env("HVDOCK_HYPERV_RUNTIME", "kata");
    let r = output(c, None);
    assert_eq!(r.code, 125);
    assert!(
        r.stderr.contains("\"kata\" is not registered") && r.stderr.contains("never falls back"),
        "{}",
        r.stderr
    );
    assert!(s.containers().is_empty(), "nothing may be created");
    let r = run(&[
        "run",
        "--rm",
        "--label",
        &s.label(),
        "--isolation=hyperv",
        "--runtime=runc",
        IMAGE,
        "true",
    ]);
    assert_eq!(r.code, 125);
    assert!(r.stderr.contains("conflicting options"), "{}", r.stderr);
    let r = run(&["create", "--label", &s.label(), "--isolation=vm", IMAGE]);
    assert_eq!(r.code, 125);
    assert!(
        r.stderr
            .contains("valid values are \"default\", \"process\" and \"hyperv\""),
        "{}",
        r.stderr
    );
    assert!(s.containers().is_empty());
}

#[test]
fn runtime_and_labels_are_recorded() {
    let s = Scope::new("labels");
    let name = s.name("c");
    let id = ok(&[
        "create",
        "--label",
        &s.label(),
        "--name",
        &name,
        "--isolation=HyperV",
        IMAGE,
    ])
    .trim()
    .to_string();
    let got = ok(&["inspect", "--format", "{{.HostConfig.Runtime}} {{index .Config.Labels \"io.hvdock.isolation\"}} {{index .Config.Labels \"io.hvdock.runtime\"}}", &id]);
    assert_eq!(got.trim(), "runsc hyperv runsc");
}

#[test]
fn conversion_round_trip_keeps_everything() {
    let s = Scope::new("convert");
    let name = s.name("conv");
    let vol = format!("hvt-vol-{}", s.id);
    ok(&[
        "run",
        "--rm",
        "--label",
        &s.label(),
        "-v",
        &format!("{vol}:/data"),
        IMAGE,
        "sh",
        "-c",
        "echo named > /data/n",
    ]);
    let first = run_d(
        &s,
        &name,
        &[
            "-e",
            "KEEP=me",
            "-l",
            "tier=web",
            "-v",
            &format!("{vol}:/data"),
            "-v",
            "/anon",
            "--isolation=process",
        ],
        &[
            "sh",
            "-c",
            "echo anon > /anon/a; echo layer > /root/layer; exec sleep 100000",
        ],
    );
    // Wait for the writes.
    for _ in 0..50 {
        if run(&["exec", &name, "cat", "/root/layer"]).stdout == "layer\n" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let check = |want_kernel_shared: bool| {
        let out = ok(&[
            "exec",
            &name,
            "sh",
            "-c",
            "cat /root/layer /data/n /anon/a; echo $KEEP",
        ]);
        assert_eq!(out, "layer\nnamed\nanon\nme\n");
        let labels = ok(&[
            "inspect",
            "--format",
            "{{index .Config.Labels \"tier\"}} {{.State.Running}}",
            &name,
        ]);
        assert_eq!(labels.trim(), "web true");
        let host_kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
        let inside = ok(&["exec", &name, "uname", "-r"]);
        assert_eq!(inside.trim() == host_kernel.trim(), want_kernel_shared);
    };
    check(true);

    let r = run(&["update", "--isolation=hyperv", &name]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let second = r.stdout.trim().to_string();
    assert_eq!(second.len(), 64);
    assert_ne!(second, first);
    assert!(
        r.stderr.contains("Stopping"),
        "a running container is stopped and started again, and says so: {}",
        r.stderr
    );
    check(false);
    assert_eq!(
        ok(&[
            "ps",
            "--filter",
            &format!("name={name}"),
            "--format",
            "{{.Isolation}}"
        ])
        .trim(),
        "hyperv"
    );

    let r = run(&["update", "--isolation=process", &name]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    check(true);

    // Nothing temporary left: no renamed originals, one layer tag at most (the current one).
    let all = ok(&[
        "ps",
        "-a",
        "--filter",
        &format!("label={}", s.label()),
        "--format",
        "{{.Names}}",
    ]);
    assert!(!all.contains("hvdock-old"), "{all}");
    let layers = ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    let mine: Vec<&str> = layers
        .lines()
        .filter(|l| l.starts_with(&format!("hvdock-layer/{name}:")))
        .collect();
    assert_eq!(mine.len(), 1, "{layers}");

    // Already there: nothing to do.
    let r = run(&["update", "--isolation=process", &name]);
    assert_eq!(r.code, 0);
    assert!(
        r.stderr.contains("already has process isolation"),
        "{}",
        r.stderr
    );

    // The anonymous volume is re-attached by name, so `rm -v` keeps it: remove it by name.
    let anon = ok(&[
        "inspect",
        "--format",
        "{{range .Mounts}}{{if eq .Destination \"/anon\"}}{{.Name}}{{end}}{{end}}",
        &name,
    ]);
    drop(s);
    for l in mine {
        run(&["rmi", l]);
    }
    api("DELETE", &format!("/volumes/{vol}"), None);
    api("DELETE", &format!("/volumes/{}", anon.trim()), None);
}

#[test]
fn a_failed_conversion_leaves_the_original_intact() {
    let s = Scope::new("rollback");
    let name = s.name("rb");
    let id = run_d(
        &s,
        &name,
        &[],
        &["sh", "-c", "echo mine > /root/f; exec sleep 100000"],
    );
    // Wait for the write the conversion must keep.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while run(&["exec", &name, "cat", "/root/f"]).stdout != "mine\n" {
        assert!(
            std::time::Instant::now() < deadline,
            "/root/f never written"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let mut c = hvdock(&["update", "--isolation=hyperv", &name]);
    c.env("HVDOCK_TEST_FAIL_CONVERT", "create");
    let r = output(c, None);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("is unchanged"), "{}", r.stderr);
    let state = ok(&[
        "inspect",
        "--format",
        "{{.Id}} {{.Name}} {{.State.Running}} {{.HostConfig.Runtime}}",
        &name,
    ]);
    assert_eq!(state.trim(), format!("{id} /{name} true runc"));
    assert_eq!(ok(&["exec", &name, "cat", "/root/f"]), "mine\n");
    let all = ok(&[
        "ps",
        "-a",
        "--filter",
        &format!("label={}", s.label()),
        "--format",
        "{{.Names}}",
    ]);
    assert_eq!(all.trim(), name);
}
