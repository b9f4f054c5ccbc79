//! `service` and `node ps` on a real two-node Swarm (scripts/cluster.sh), compared with the
//! reference docker on the same cluster: listings, inspect (JSON and --pretty), the spec that
//! create sends, docker's errors for bad input, secrets and configs mounted in tasks, logs
//! followed from tasks on both nodes, and the convergence display (plain and on a terminal).
//! One test drives the cluster through phases so it is started once and always torn down.

mod common;
mod service_support;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use common::{normalise, output, IMAGE};
use service_support::Cluster;

/// Replaces go-units' "N seconds ago" style durations so two listings taken a moment apart
/// compare (the clock is not what is being tested).
fn no_ages(s: &str) -> String {
    let units = [
        "less than a second",
        "about a minute",
        "about an hour",
        "Less than a second",
        "About a minute",
        "About an hour",
    ];
    let mut out = s.to_string();
    for u in units {
        out = out.replace(&format!("{u} ago"), "AGE ago");
    }
    let words: Vec<&str> = out.split(' ').collect();
    let mut res: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if i + 2 < words.len()
            && words[i].chars().all(|c| c.is_ascii_digit())
            && !words[i].is_empty()
            && words[i + 2].starts_with("ago")
        {
            res.push("AGE".into());
            i += 2;
            res.push(words[i].to_string());
            i += 1;
            continue;
        }
        res.push(words[i].to_string());
        i += 1;
    }
    res.join(" ")
}

/// The same command through hvdock and docker: stdout, stderr (program name normalised) and
/// exit code must be equal.
fn same(c: &Cluster, args: &[&str]) {
    let h = output(c.hv(args), None);
    let d = output(c.dk(args), None);
    // An age moves a table's columns: where one is shown, blank runs compare as one blank.
    let text = |s: &str| {
        if s.contains(" ago") {
            no_ages(s)
                .split(' ')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            s.to_string()
        }
    };
    assert_eq!(
        (h.code, text(&h.stdout), normalise(&h.stderr)),
        (d.code, text(&d.stdout), normalise(&d.stderr)),
        "hvdock vs docker: {args:?}"
    );
}

fn wait_running(c: &Cluster, service: &str, n: usize) {
    c.running_nodes(service, n);
}

fn listings_and_inspect(c: &Cluster) {
    c.ok(&[
        "service",
        "create",
        "-d",
        "--name",
        "hvtt-web",
        "--replicas",
        "2",
        "-p",
        "18080:80",
        "-l",
        "tier=front",
        IMAGE,
        "sleep",
        "100000",
    ]);
    c.ok(&[
        "service", "create", "-d", "--name", "hvtt-g", "--mode", "global", IMAGE, "sleep", "100000",
    ]);
    wait_running(c, "hvtt-web", 2);
    wait_running(c, "hvtt-g", 2);
    for args in [
        &["service", "ls"][..],
        &["service", "ls", "-q"],
        &["service", "ls", "--format", "json"],
        &["service", "ls", "--filter", "name=hvtt-w"],
        &[
            "service",
            "ls",
            "--filter",
            "label=tier=front",
            "--format",
            "{{.Name}} {{.Ports}}",
        ],
        &["service", "ps", "hvtt-web"],
        &["service", "ps", "hvtt-web", "hvtt-g", "--no-trunc"],
        &["service", "ps", "-q", "hvtt-g"],
        &["service", "ps", "--format", "json", "hvtt-web"],
        &[
            "service",
            "ps",
            "--filter",
            "desired-state=running",
            "hvtt-web",
            "nope",
        ],
        &["service", "inspect", "hvtt-web", "hvtt-g"],
        &[
            "service",
            "inspect",
            "--format",
            "{{.Spec.Name}} {{json .Spec.Mode}} {{.Spec.TaskTemplate.ContainerSpec.Image}}",
            "hvtt-web",
        ],
        &["service", "inspect", "--pretty", "hvtt-web", "hvtt-g"],
        &["node", "ps"],
        &[
            "node",
            "ps",
            "--format",
            "{{.Name}} {{.DesiredState}}",
            "self",
        ],
    ] {
        same(c, args);
    }
    // hvdock's own column.
    let iso = c.ok(&[
        "service",
        "ls",
        "--format",
        "{{.Name}} {{.Isolation}}",
        "--filter",
        "name=hvtt-web",
    ]);
    assert_eq!(iso, "hvtt-web default\n");
}

fn errors(c: &Cluster) {
    for args in [
        &["service", "inspect", "nope"][..],
        &["service", "inspect", "--pretty", "nope"],
        &["service", "ps", "nope"],
        &["service", "rm", "nope1", "nope2"],
        &["service", "scale", "nope=2"],
        &["service", "scale", "nope"],
        &["service", "scale", "hvtt-web=x"],
        &["service", "scale", "hvtt-g=3"],
        &["service", "logs", "nope"],
        &["service", "update", "--image", IMAGE, "nope"],
        &["service", "rollback", "nope"],
        &[
            "service",
            "update",
            "--rollback",
            "--env-add",
            "A=1",
            "hvtt-web",
        ],
        &["service", "create", "--mode", "bogus", IMAGE],
        &[
            "service",
            "create",
            "--mode",
            "global",
            "--replicas",
            "2",
            IMAGE,
        ],
        &["service", "create", "--max-concurrent", "2", IMAGE],
        &["service", "create", "--replicas", "abc", IMAGE],
        &["service", "create", "-p", "target=x", IMAGE],
        &["service", "create", "-p", "published=80", IMAGE],
        &["service", "create", "-p", "127.0.0.1:80:80", IMAGE],
        &["service", "create", "--secret", "target=x", IMAGE],
        &[
            "service",
            "create",
            "--placement-pref",
            "pack=node.id",
            IMAGE,
        ],
        &["service", "create", "--update-delay", "soon", IMAGE],
        &[
            "service",
            "create",
            "--mode",
            "replicated-job",
            "--update-parallelism",
            "2",
            IMAGE,
        ],
        &[
            "service",
            "create",
            "-d",
            "--restart-condition",
            "bogus",
            IMAGE,
        ],
        &[
            "service",
            "create",
            "-d",
            "--secret",
            "hvtt-no-such-secret",
            IMAGE,
        ],
        &["service", "create"],
        &["service", "rm"],
    ] {
        same(c, args);
    }
}

/// The spec create sends: a service made by hvdock and one made by docker with the same flags
/// inspect alike (but for names, IDs, times and the virtual IPs).
fn create_spec(c: &Cluster) {
    let flags = [
        "-d",
        "-l",
        "a=1",
        "-l",
        "b=",
        "--env",
        "X=1",
        "-e",
        "Y=2",
        "-w",
        "/tmp",
        "-u",
        "root",
        "--init",
        "--limit-cpu",
        "0.5",
        "--limit-memory",
        "64m",
        "--reserve-memory",
        "32m",
        "--limit-pids",
        "20",
        "--constraint",
        "node.role==manager",
        "--placement-pref",
        "spread=node.id",
        "--replicas-max-per-node",
        "2",
        "--update-delay",
        "3s",
        "--update-parallelism",
        "2",
        "--rollback-order",
        "start-first",
        "--mount",
        "type=tmpfs,dst=/t",
        "--mount",
        "type=volume,src=hvttv,dst=/v,ro",
        "--health-cmd",
        "true",
        "--health-interval",
        "5s",
        "--log-driver",
        "json-file",
        "--log-opt",
        "max-size=1m",
        "--cap-add",
        "NET_ADMIN",
        "--sysctl",
        "net.core.somaxconn=1024",
        "--ulimit",
        "nofile=100:200",
        "--dns",
        "1.1.1.1",
        "--host",
        "foo:1.2.3.4",
        "--restart-condition",
        "on-failure",
        "--stop-grace-period",
        "3s",
        "--entrypoint",
        "sh -c",
        "--hostname",
        "hh",
        "--container-label",
        "c=d",
        "--read-only",
        "-t",
        "--replicas",
        "0",
    ];
    let mut h: Vec<&str> = vec![
        "service",
        "create",
        "--name",
        "hvtt-spec-a",
        "-p",
        "18081:80",
    ];
    h.extend_from_slice(&flags);
    h.extend_from_slice(&[IMAGE, "sleep", "1000"]);
    let mut d: Vec<&str> = vec![
        "service",
        "create",
        "--name",
        "hvtt-spec-b",
        "-p",
        "18082:80",
    ];
    d.extend_from_slice(&flags);
    d.extend_from_slice(&[IMAGE, "sleep", "1000"]);
    let hr = output(c.hv(&h), None);
    let dr = output(c.dk(&d), None);
    assert_eq!(hr.code, 0, "{}", hr.stderr);
    assert_eq!(
        normalise(&hr.stderr),
        normalise(&dr.stderr),
        "create's warnings"
    );
    let norm = |s: String, name: &str, port: &str| -> String {
        s.replace(name, "NAME")
            .replace(port, "PORT")
            .lines()
            .filter(|l| {
                ![
                    "\"ID\"",
                    "\"CreatedAt\"",
                    "\"UpdatedAt\"",
                    "\"Index\"",
                    "\"Addr\"",
                ]
                .iter()
                .any(|k| l.trim_start().starts_with(k))
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        norm(
            c.ok(&["service", "inspect", "hvtt-spec-a"]),
            "hvtt-spec-a",
            "18081"
        ),
        norm(
            c.docker_ok(&["service", "inspect", "hvtt-spec-b"]),
            "hvtt-spec-b",
            "18082"
        ),
    );
    // update with -add/-rm flags changes both alike.
    let upd = [
        "-d",
        "--env-add",
        "Z=3",
        "--env-rm",
        "X",
        "--label-add",
        "c=2",
        "--label-rm",
        "a",
        "--constraint-rm",
        "node.role==manager",
        "--constraint-add",
        "node.role!=worker",
        "--mount-rm",
        "/t",
        "--publish-rm",
        "80",
        "--replicas",
        "0",
        "--force",
    ];
    let mut h = vec!["service", "update"];
    h.extend_from_slice(&upd);
    h.push("hvtt-spec-a");
    let mut d = vec!["service", "update"];
    d.extend_from_slice(&upd);
    d.push("hvtt-spec-b");
    assert_eq!(output(c.hv(&h), None).code, 0);
    assert_eq!(output(c.dk(&d), None).code, 0);
    // docker's `--env-add` goes through a Go map (updateEnvironment), so the order of the
    // resulting Env differs from run to run; the entries themselves are compared exactly.
    let spec = |name: &str| {
        let text = c
            .docker_ok(&["service", "inspect", "--format", "{{json .Spec}}", name])
            .replace(name, "NAME");
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        if let Some(serde_json::Value::Array(env)) =
            v.pointer_mut("/TaskTemplate/ContainerSpec/Env")
        {
            env.sort_by_key(|a| a.to_string());
        }
        v.to_string()
    };
    assert_eq!(spec("hvtt-spec-a"), spec("hvtt-spec-b"));
    c.rm(&["hvtt-spec-a", "hvtt-spec-b"]);
}

fn secrets_and_configs(c: &Cluster) {
    // Created through the API (the secret/config commands belong to another branch).
    let data = "aHZ0dC1zZWNyZXQtdmFsdWU="; // "hvtt-secret-value"
    let cdata = "aHZ0dC1jb25maWctdmFsdWU="; // "hvtt-config-value"
    let (code, _) = c.call(
        0,
        "POST",
        "/secrets/create",
        Some(&format!(r#"{{"Name":"hvtt-s","Data":"{data}"}}"#)),
    );
    assert!(code == 201 || code == 409, "secret create: {code}");
    let (code, _) = c.call(
        0,
        "POST",
        "/configs/create",
        Some(&format!(r#"{{"Name":"hvtt-c","Data":"{cdata}"}}"#)),
    );
    assert!(code == 201 || code == 409, "config create: {code}");
    c.ok(&[
        "service",
        "create",
        "-d",
        "--name",
        "hvtt-sec",
        "--secret",
        "hvtt-s",
        "--secret",
        "source=hvtt-s,target=/etc/other,mode=0400",
        "--config",
        "source=hvtt-c,target=/etc/app.conf",
        IMAGE,
        "sleep",
        "100000",
    ]);
    wait_running(c, "hvtt-sec", 1);
    let task = &c.running_tasks("hvtt-sec")[0];
    let node_id = task["NodeID"].as_str().unwrap_or_default();
    let node = c
        .nodes
        .iter()
        .position(|n| n.id == node_id)
        .expect("task's node");
    let container = task
        .pointer("/Status/ContainerStatus/ContainerID")
        .and_then(|v| v.as_str())
        .expect("container id")
        .to_string();
    let cat = |path: &str| {
        let out = common::docker(&["-H", &c.nodes[node].host, "exec", &container, "cat", path])
            .expect("docker")
            .output()
            .expect("exec");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(cat("/run/secrets/hvtt-s"), "hvtt-secret-value");
    assert_eq!(cat("/etc/other"), "hvtt-secret-value");
    assert_eq!(cat("/etc/app.conf"), "hvtt-config-value");
    // The secret's data is never in hvdock's output.
    let shown = c.ok(&["service", "inspect", "hvtt-sec"])
        + &c.ok(&["service", "inspect", "--pretty", "hvtt-sec"]);
    assert!(!shown.contains("hvtt-secret-value") && shown.contains("/etc/other"));
    same(c, &["service", "inspect", "--pretty", "hvtt-sec"]);
    c.rm(&["hvtt-sec"]);
}

fn logs_from_both_nodes(c: &Cluster) {
    c.ok(&[
        "service",
        "create",
        "-d",
        "--name",
        "hvtt-log",
        "--mode",
        "global",
        "--env",
        "NODE={{.Node.Hostname}}",
        IMAGE,
        "sh",
        "-c",
        "echo hello from $NODE; sleep 100000",
    ]);
    wait_running(c, "hvtt-log", 2);
    let mut child = c
        .hv(&["service", "logs", "-f", "hvtt-log"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("logs -f");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    while !(seen
        .iter()
        .any(|l: &String| l.ends_with("| hello from hvtt1"))
        && seen
            .iter()
            .any(|l: &String| l.ends_with("| hello from hvtt2")))
    {
        match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(l) => seen.push(l),
            Err(_) => panic!("logs -f: lines from both nodes did not come: {seen:?}"),
        }
    }
    // Still following: the stream stays open until the client ends it.
    assert!(
        child.try_wait().expect("try_wait").is_none(),
        "logs -f ended by itself"
    );
    let _ = child.kill();
    let _ = child.wait();
    for l in &seen {
        let (prefix, _) = l.split_once("    | ").expect("docker's separator");
        let node = &prefix[prefix.rfind('@').expect("@node") + 1..];
        assert!(prefix.starts_with("hvtt-log.0."), "{l}");
        assert!(l.ends_with(&format!("hello from {node}")), "{l}");
    }
    // Without -f, the lines (in whatever order the nodes send them) equal docker's.
    for args in [
        &["service", "logs", "hvtt-log"][..],
        &["service", "logs", "--no-task-ids", "hvtt-log"],
        &["service", "logs", "--raw", "hvtt-log"],
        &["service", "logs", "--no-trunc", "--no-resolve", "hvtt-log"],
    ] {
        let sorted = |s: String| {
            let mut v: Vec<String> = s.lines().map(str::to_string).collect();
            v.sort();
            v
        };
        let h = output(c.hv(args), None);
        let d = output(c.dk(args), None);
        assert_eq!(h.code, d.code, "{args:?}");
        assert_eq!(sorted(h.stdout), sorted(d.stdout), "{args:?}");
    }
    c.rm(&["hvtt-log"]);
}

/// Without -d: docker's messages, plain lines when stdout is not a terminal.
fn convergence_plain(c: &Cluster) {
    let r = c.run(&["service", "scale", "hvtt-web=3"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.first(), Some(&"hvtt-web scaled to 3"));
    assert_eq!(lines.get(1), Some(&"overall progress: 0 out of 3 tasks"));
    assert_eq!(lines.last(), Some(&"verify: Service hvtt-web converged"));
    assert!(lines.contains(&"overall progress: 3 out of 3 tasks"));
    for l in &lines[1..] {
        let known = l.starts_with("overall progress: ")
            || l.starts_with("verify: Waiting ")
            || ["1/3:  ", "2/3:  ", "3/3:  "].contains(l)
            || *l == "verify: Service hvtt-web converged";
        assert!(known, "unexpected progress line {l:?}");
    }
    // The same for docker, on the same service.
    let d = output(c.dk(&["service", "scale", "hvtt-web=2"]), None);
    let dl: Vec<&str> = d.stdout.lines().collect();
    assert_eq!(dl.first(), Some(&"hvtt-web scaled to 2"));
    assert_eq!(dl.last(), Some(&"verify: Service hvtt-web converged"));
    // -q: nothing but the ID.
    let r = c.run(&["service", "update", "-q", "--env-add", "Q=1", "hvtt-web"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "hvtt-web\n"));
}

/// On a terminal: indicatif redraws the same lines; the final state is docker's.
fn convergence_on_a_pty(c: &Cluster) {
    let mut pty = common::pty::Pty::spawn(c.hv(&["service", "scale", "hvtt-web=3"]), 30, 100);
    pty.expect("hvtt-web scaled to 3", Duration::from_secs(20));
    pty.expect("overall progress", Duration::from_secs(20));
    pty.expect(
        "verify: Service hvtt-web converged",
        Duration::from_secs(60),
    );
    assert_eq!(pty.wait(Duration::from_secs(20)), Some(0));
    let mut pty = common::pty::Pty::spawn(c.dk(&["service", "scale", "hvtt-web=2"]), 30, 100);
    pty.expect(
        "verify: Service hvtt-web converged",
        Duration::from_secs(60),
    );
    assert_eq!(pty.wait(Duration::from_secs(20)), Some(0));
    // docker's rollback shows the same display.
    let r = c.run(&["service", "rollback", "hvtt-web"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("hvtt-web\n"), "{}", r.stdout);
    // As docker's display: the daemon's rollback message as the first poll finds it — the
    // request while the rollback runs, or (when the daemon has already finished it, which a
    // loaded machine sees) the completion, printed after "converged".
    assert!(
        r.stdout.contains("rollback: manually requested rollback")
            || r.stdout
                .ends_with("verify: Service hvtt-web converged\nrollback: rollback completed\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn services_on_a_real_swarm() {
    let Some(c) = Cluster::up() else { return };
    c.rm(&[
        "hvtt-web",
        "hvtt-g",
        "hvtt-sec",
        "hvtt-log",
        "hvtt-spec-a",
        "hvtt-spec-b",
    ]);
    listings_and_inspect(&c);
    errors(&c);
    create_spec(&c);
    secrets_and_configs(&c);
    logs_from_both_nodes(&c);
    convergence_plain(&c);
    convergence_on_a_pty(&c);
    let h = c.run(&["service", "rm", "hvtt-web", "nope"]);
    let d = output(c.dk(&["service", "rm", "hvtt-g", "nope"]), None);
    assert_eq!(
        (
            h.code,
            h.stdout.replace("hvtt-web", "S"),
            normalise(&h.stderr)
        ),
        (
            d.code,
            d.stdout.replace("hvtt-g", "S"),
            normalise(&d.stderr)
        )
    );
}
