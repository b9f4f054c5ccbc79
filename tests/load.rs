//! Load: 50 concurrent `run --rm` each print their own container's hostname (its short ID) and
//! leave nothing behind; 20 concurrent `exec` into one container all get their own answer.
//! Bounded in time by the work itself; no timing assertions.

mod common;

use common::*;

const RUNS: usize = 50;
const EXECS: usize = 20;

#[test]
fn fifty_concurrent_runs_print_their_own_hostname_and_leave_nothing() {
    let scope = Scope::new("load-run");
    let label = scope.label();
    let dir = tempfile::tempdir().expect("tempdir");
    let results: Vec<(Run, String)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..RUNS)
            .map(|i| {
                let (label, dir) = (&label, dir.path());
                s.spawn(move || {
                    let cidfile = dir.join(format!("cid-{i}"));
                    let cidfile = cidfile.to_string_lossy().into_owned();
                    let r = run(&[
                        "run",
                        "--rm",
                        "--cidfile",
                        &cidfile,
                        "--label",
                        label,
                        IMAGE,
                        "sh",
                        "-c",
                        "echo $HOSTNAME",
                    ]);
                    (r, std::fs::read_to_string(&cidfile).unwrap_or_default())
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("runner"))
            .collect()
    });
    let mut hostnames = Vec::new();
    for (i, (r, id)) in results.iter().enumerate() {
        assert_eq!(r.code, 0, "run {i} failed: {}", r.stderr);
        let h = r.stdout.trim().to_string();
        assert!(
            h.len() == 12 && id.len() == 64 && id.starts_with(&h),
            "run {i}: hostname {h:?} is not its container's short ID ({id:?}; stderr: {})",
            r.stderr
        );
        hostnames.push(h);
    }
    hostnames.sort();
    hostnames.dedup();
    assert_eq!(hostnames.len(), RUNS, "two runs printed the same hostname");
    // --rm: the daemon removes each container once it has exited; give it a moment.
    let mut left = scope.containers();
    for _ in 0..100 {
        if left.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        left = scope.containers();
    }
    assert!(left.is_empty(), "{} containers left behind", left.len());
}

#[test]
fn twenty_concurrent_execs_into_one_container() {
    let scope = Scope::new("load-exec");
    let name = scope.name("target");
    let label = scope.label();
    ok(&[
        "run", "-d", "--init", "--name", &name, "--label", &label, IMAGE, "sleep", "300",
    ]);
    let results: Vec<(usize, Run)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..EXECS)
            .map(|i| {
                let name = &name;
                s.spawn(move || {
                    let script =
                        format!("echo exec-{i}-$((6*7)); echo err-{i} >&2; exit {}", i % 5);
                    (i, run(&["exec", name, "sh", "-c", &script]))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("exec"))
            .collect()
    });
    for (i, r) in results {
        assert_eq!(r.code, (i % 5) as i32, "exec {i}: {}", r.stderr);
        assert_eq!(r.stdout, format!("exec-{i}-42\n"), "exec {i}");
        assert_eq!(r.stderr, format!("err-{i}\n"), "exec {i}");
    }
}
