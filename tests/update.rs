//! `update` without `--isolation`: docker's resource and restart-policy updates, output and errors.

mod common;

use common::*;

fn container(s: &Scope) -> String {
    ok(&["run", "-d", "--label", &s.label(), IMAGE, "sleep", "300"])
        .trim()
        .to_string()
}

#[test]
fn resources_and_restart_policy_update_like_docker() {
    let s = Scope::new("update");
    let c = container(&s);
    let r = run(&[
        "update",
        "--memory",
        "64m",
        "--memory-swap",
        "128m",
        "--cpus",
        "0.5",
        "--restart",
        "on-failure:3",
        &c,
    ]);
    assert_eq!((r.code, r.stdout.trim()), (0, c.as_str()), "{}", r.stderr);
    let got = ok(&["inspect", "--format", "{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}", &c]);
    assert_eq!(got.trim(), "67108864 134217728 500000000 on-failure 3");

    let other = container(&s);
    for args in [
        vec!["update", c.as_str()],
        vec!["update", "--restart", "bogus", c.as_str()],
        vec!["update", "--memory", "64m", "hvt-no-such-container"],
        vec!["update", "--memory", "lots", c.as_str()],
        vec!["update", "--pids-limit", "100", c.as_str(), other.as_str()],
    ] {
        same(&args);
    }
}
