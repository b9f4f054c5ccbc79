//! `update --isolation` on the containers that used to break it: a name that is not a valid
//! image repository (`hvc-..._`, capitals), an anonymous `--mount type=volume` volume, a paused
//! container, and containers that others depend on (refused, naming them).

mod common;

use common::*;

fn inspect(name: &str) -> serde_json::Value {
    let (status, body) = api("GET", &format!("/containers/{name}/json"), None);
    assert_eq!(status, 200, "{name}: {body}");
    serde_json::from_str(&body).unwrap()
}

fn cleanup(name: &str) {
    let c = inspect(name);
    let image = c["Config"]["Image"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let vols: Vec<String> = c["Mounts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["Name"].as_str().map(str::to_string))
        .collect();
    api("DELETE", &format!("/containers/{name}?force=1"), None);
    if image.starts_with("hvdock-layer/") {
        api("DELETE", &format!("/images/{}", urlencode(&image)), None);
    }
    for v in vols {
        api("DELETE", &format!("/volumes/{v}"), None);
    }
}

#[test]
fn odd_name_anonymous_mount_and_paused_survive_both_ways() {
    let s = Scope::new("cases");
    let name = format!("hvc-{}-Z_", s.id);
    ok(&[
        "run",
        "-d",
        "--name",
        &name,
        "--label",
        &s.label(),
        "--runtime",
        "runc",
        "--mount",
        "type=volume,dst=/mv",
        IMAGE,
        "sh",
        "-c",
        "[ -e /mv/f ] || { echo anon > /mv/f; echo layer > /root/l; }; exec sleep 100000",
    ]);
    for _ in 0..100 {
        if run(&["exec", &name, "cat", "/mv/f", "/root/l"]).stdout == "anon\nlayer\n" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let vol = inspect(&name)["Mounts"][0]["Name"]
        .as_str()
        .unwrap()
        .to_string();
    ok(&["pause", &name]);
    for (level, runtime) in [("hyperv", "runsc"), ("process", "runc")] {
        let r = run(&["update", &format!("--isolation={level}"), &name]);
        assert_eq!(r.code, 0, "{level}: {}", r.stderr);
        let c = inspect(&name);
        assert_eq!(c["HostConfig"]["Runtime"], runtime);
        assert_eq!(
            c["State"]["Paused"], true,
            "a paused container comes back paused"
        );
        let vols: Vec<&str> = c["Mounts"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|m| m["Name"].as_str())
            .collect();
        assert_eq!(
            vols,
            [vol.as_str()],
            "the same anonymous volume, no new one"
        );
        ok(&["unpause", &name]);
        assert_eq!(
            ok(&["exec", &name, "cat", "/mv/f", "/root/l"]),
            "anon\nlayer\n"
        );
        ok(&["pause", &name]);
    }
    cleanup(&name);
}

#[test]
fn dependents_are_named_and_nothing_changes() {
    let s = Scope::new("deps");
    let base = format!("hvc-{}-base", s.id);
    let label = s.label();
    let id = ok(&[
        "run", "-d", "--name", &base, "--label", &label, IMAGE, "sleep", "100000",
    ])
    .trim()
    .to_string();
    let side = format!("hvc-{}-side", s.id);
    let vf = format!("hvc-{}-vf", s.id);
    ok(&[
        "create",
        "--name",
        &side,
        "--label",
        &label,
        "--network",
        &format!("container:{base}"),
        IMAGE,
    ]);
    ok(&[
        "create",
        "--name",
        &vf,
        "--label",
        &label,
        "--volumes-from",
        &base,
        IMAGE,
    ]);
    let r = run(&["update", "--isolation=hyperv", &base]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "cannot convert {base}: {side} (--network container:), {vf} (--volumes-from) depend on it"
        )) || r.stderr.contains(&format!(
            "cannot convert {base}: {vf} (--volumes-from), {side} (--network container:) depend on it"
        )),
        "{}",
        r.stderr
    );
    let c = inspect(&base);
    assert_eq!(c["Id"], id.as_str());
    assert_eq!(c["State"]["Running"], true);
    assert_eq!(
        api("GET", &format!("/volumes/hvdock-convert-{id}"), None).0,
        404
    );
}
