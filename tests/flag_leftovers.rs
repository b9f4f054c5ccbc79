//! Issue 19's leftovers, each compared with the reference client on the same daemon (stdout,
//! stderr and exit code exactly):
//!
//! - a single-valued flag given twice: pflag keeps the last value (clap refused it), while
//!   repeatable flags (`-e`, `-v`, `-p`, `--label`, `--filter`) still accumulate;
//! - maps whose Go key type is not `string` (`nat.PortMap`, `nat.PortSet`): `.Ports.x` fails on
//!   docker's typed object and its raw fallback says `map has no entry for key "x"`; `index` of a
//!   missing key gives the element type's zero value;
//! - `--mount ...,bind-nonrecursive=VALUE`: docker's logrus deprecation warning (not for the
//!   bare key, not under `-l error`);
//! - `--help=VALUE` before and after the command word.

mod common;

use common::*;

/// logrus's `time="..."` (the second the line was written) as a placeholder.
fn untimed(r: &Run) -> Run {
    let mut r = r.clone();
    let mut out = String::new();
    let mut rest = r.stderr.as_str();
    while let Some(at) = rest.find("time=\"") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 6..];
        let end = after.find('"').map_or(after.len(), |e| e + 1);
        out.push_str("time=\"T\"");
        rest = &after[end..];
    }
    out.push_str(rest);
    r.stderr = out;
    r
}

/// `args` through both clients, compared with logrus's time left out.
#[track_caller]
fn same_untimed(args: &[&str]) -> Run {
    let mine = run(args);
    if let Some(cmd) = docker(args) {
        assert_same(
            &format!("{args:?}"),
            &untimed(&mine),
            &untimed(&output(cmd, None)),
        );
    }
    mine
}

#[test]
fn a_flag_given_twice_keeps_the_last_value() {
    let scope = Scope::new("hvf2-twice");
    let label = scope.label();
    let name = scope.name("logs");
    ok(&[
        "run",
        "-d",
        "--name",
        &name,
        "--label",
        &label,
        IMAGE,
        "sh",
        "-c",
        "echo a; echo b; echo c; exec sleep 600",
    ]);
    // its three lines are in the log before the comparisons read it
    let mut tries = 0;
    while ok(&["logs", &name]) != "a\nb\nc\n" {
        tries += 1;
        assert!(
            tries < 600,
            "the container's three lines never reached its log"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let filter = format!("label={label}");
    let cases: Vec<Vec<&str>> = vec![
        vec![
            "ps",
            "-a",
            "--filter",
            &filter,
            "--last",
            "1",
            "--last",
            "2",
            "--format",
            "{{.Names}}",
        ],
        vec![
            "ps",
            "-a",
            "--filter",
            &filter,
            "-n",
            "5",
            "-n",
            "0",
            "--format",
            "{{.ID}}",
            "--format",
            "{{.Names}}",
        ],
        // repeatable: both filters apply (nothing matches both)
        vec![
            "ps",
            "-a",
            "--filter",
            &filter,
            "--filter",
            "name=hvf2-nothing",
            "-q",
        ],
        vec![
            "-l",
            "debug",
            "-l",
            "info",
            "version",
            "--format",
            "{{.Client.Os}}",
        ],
        vec![
            "-l",
            "bogus",
            "-l",
            "error",
            "version",
            "--format",
            "{{.Client.Os}}",
        ],
        vec![
            "-l",
            "error",
            "-l",
            "bogus",
            "version",
            "--format",
            "{{.Client.Os}}",
        ],
        vec![
            "-D=true",
            "-D=false",
            "version",
            "--format",
            "{{.Client.Os}}",
        ],
        vec!["logs", "--tail", "1", "--tail", "2", &name],
        vec!["logs", "-n", "2", "--tail", "1", &name],
        vec!["inspect", "-f", "{{.Id}}", "-f", "{{.Name}}", &name],
        vec![
            "inspect",
            "--type",
            "image",
            "--type",
            "container",
            "-f",
            "{{.Name}}",
            &name,
        ],
        vec![
            "exec",
            "-u",
            "root",
            "-u",
            "nobody",
            "-w",
            "/",
            "-w",
            "/tmp",
            &name,
            "sh",
            "-c",
            "id -u; pwd",
        ],
        vec![
            "exec",
            "-e",
            "A=1",
            "-e",
            "B=2",
            "-e",
            "A=3",
            &name,
            "sh",
            "-c",
            "echo $A$B",
        ],
        vec![
            "images",
            "--format",
            "{{.ID}}",
            "--format",
            "{{.Repository}}",
            IMAGE,
        ],
        vec![
            "network",
            "ls",
            "--filter",
            "name=^none$",
            "--format",
            "{{.ID}}",
            "--format",
            "{{.Name}}",
        ],
        vec![
            "volume",
            "ls",
            "-q",
            "--filter",
            "name=hvf2-nothing",
            "--filter",
            "dangling=true",
        ],
        // run: single-valued flags (the last wins), repeatable ones (all kept)
        vec![
            "run",
            "--rm",
            "--label",
            &label,
            "--label",
            "hvf2=1",
            "--name",
            "hvf2-twice-a",
            "--name",
            "hvf2-twice-b",
            "-e",
            "A=1",
            "-e",
            "A=2",
            "-e",
            "B=3",
            "-w",
            "/tmp",
            "-w",
            "/",
            "-u",
            "1",
            "-u",
            "2",
            "-h",
            "h1",
            "-h",
            "h2",
            "-v",
            "/tmp:/t1:ro",
            "-v",
            "/tmp:/t2:ro",
            "-p",
            "127.0.0.1::80",
            "-p",
            "127.0.0.1::81",
            "--rm=false",
            "--rm",
            IMAGE,
            "sh",
            "-c",
            "echo $A $B; pwd; id -u; hostname; ls -d /t1 /t2",
        ],
        vec![
            "run",
            "--rm",
            "--label",
            &label,
            "--entrypoint",
            "false",
            "--entrypoint",
            "echo",
            IMAGE,
            "hi",
        ],
    ];
    for args in &cases {
        same(args);
    }
    // the run's container: the name given last, both labels, both ports
    let (theirs, ours) = (scope.name("docker"), scope.name("ours"));
    let make = |name: &str| -> Vec<String> {
        [
            "create",
            "--label",
            &label,
            "--label",
            "x=1",
            "--label",
            "y=2",
            "--name",
            "hvf2-x",
            "--name",
            name,
            "-p",
            "127.0.0.1::80",
            "-p",
            "127.0.0.1::81",
            "--restart",
            "always",
            "--restart",
            "no",
            "--stop-signal",
            "1",
            "--stop-signal",
            "SIGINT",
            IMAGE,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let made = output(
        reference(&make(&theirs).iter().map(String::as_str).collect::<Vec<_>>()),
        None,
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    let mine = run(&make(&ours).iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(mine.code, 0, "{}", mine.stderr);
    let shape = "{{.Name}} {{.Config.Labels.x}}{{.Config.Labels.y}} {{len .HostConfig.PortBindings}} {{.HostConfig.RestartPolicy.Name}} {{.Config.StopSignal}}";
    let seen = |name: &str| ok(&["inspect", "-f", shape, name]).replace(name, "NAME");
    assert_eq!(seen(&ours), seen(&theirs));
    assert_eq!(seen(&ours), "/NAME 12 2 no SIGINT\n");
}

#[test]
fn maps_with_port_keys_refuse_a_string_key_as_docker() {
    let scope = Scope::new("hvf2-ports");
    let name = scope.name("p");
    ok(&[
        "run",
        "-d",
        "--name",
        &name,
        "--label",
        &scope.label(),
        "-p",
        "127.0.0.1::80",
        "--expose",
        "90",
        IMAGE,
        "sleep",
        "600",
    ]);
    let templates = [
        "{{.NetworkSettings.Ports.x}}",
        "{{index .NetworkSettings.Ports \"x\"}}",
        "{{index .NetworkSettings.Ports \"80/tcp\"}}",
        "{{index .NetworkSettings.Ports 1}}",
        "{{.NetworkSettings.Ports}}",
        "{{range $k, $v := .NetworkSettings.Ports}}{{$k}}={{len $v}} {{end}}",
        "{{.HostConfig.PortBindings.x}}",
        "{{index .HostConfig.PortBindings \"80/tcp\"}}",
        "{{.Config.ExposedPorts.x}}",
        "{{index .Config.ExposedPorts \"90/tcp\"}}",
        "{{printf \"%T %T %T %T\" .NetworkSettings.Ports .Config.ExposedPorts .Config.Labels .NetworkSettings.Networks}}",
        "{{json .Config.ExposedPorts}} {{json .HostConfig.Tmpfs}} {{json .HostConfig.PortBindings}}",
        // string keys: a missing key is `<no value>`; `index` gives the element's zero value
        "{{.NetworkSettings.Networks.x}}|{{index .NetworkSettings.Networks \"x\"}}",
        "{{.NetworkSettings.Networks.x.IPAddress}}",
        "{{index .Config.Labels \"x\"}}|{{index .HostConfig.Tmpfs \"x\"}}|{{index .Config.Volumes \"x\"}}",
        "{{index .HostConfig.LogConfig.Config \"x\"}}",
    ];
    for t in templates {
        same(&["inspect", "-f", t, &name]);
        same(&["container", "inspect", "-f", t, &name]);
    }
    // an image's OCI config has string keys; its container config has nat.PortSet
    for t in [
        "{{.Config.ExposedPorts.x}}",
        "{{index .Config.ExposedPorts \"x\"}}",
        "{{printf \"%T %T\" .Config.ExposedPorts .ContainerConfig.ExposedPorts}}",
        "{{index .ContainerConfig.ExposedPorts \"x\"}}",
    ] {
        same(&["image", "inspect", "-f", t, IMAGE]);
    }
    let net = uniq("hvf2-net");
    ok(&["network", "create", &net]);
    for t in [
        "{{index .Containers \"x\"}}|{{index .Services \"x\"}}|{{index .Options \"x\"}}",
        "{{.Containers.x}}",
        "{{printf \"%T %T\" .Containers .IPAM.Options}}",
    ] {
        same(&["network", "inspect", "-f", t, &net]);
    }
    ok(&["network", "rm", &net]);
}

#[test]
fn bind_nonrecursive_logs_docker_s_deprecation() {
    let scope = Scope::new("hvf2-nonrec");
    let label = scope.label();
    let mount = |v: &str| format!("type=bind,src=/tmp,dst=/x{v}");
    let (with_true, with_false, bare) = (
        mount(",bind-nonrecursive=true"),
        mount(",bind-nonrecursive=0"),
        mount(",bind-nonrecursive"),
    );
    let twice = [
        "run",
        "--rm",
        "--label",
        &label,
        "--mount",
        &with_true,
        "--mount",
        "type=bind,src=/tmp,dst=/y,bind-nonrecursive=false",
        IMAGE,
        "true",
    ];
    let r = same_untimed(&twice);
    assert_eq!(
        untimed(&r).stderr,
        "time=\"T\" level=warning msg=\"bind-nonrecursive is deprecated, use bind-recursive=disabled instead\"\n".repeat(2)
    );
    for m in [&with_false, &bare] {
        same_untimed(&[
            "run", "--rm", "--label", &label, "--mount", m, IMAGE, "true",
        ]);
    }
    same_untimed(&[
        "-l", "error", "run", "--rm", "--label", &label, "--mount", &with_true, IMAGE, "true",
    ]);
    same_untimed(&[
        "--log-level=WARN",
        "create",
        "--mount",
        &with_true,
        "--bogus",
    ]);
    same_untimed(&["create", "--mount", &format!("{with_true},foo=1"), IMAGE]);
    // service create parses the flag before it asks the daemon (no swarm here)
    same_untimed(&["service", "create", "--mount", &with_true, IMAGE]);
}

#[test]
fn help_values_go_to_the_flag_set_they_belong_to() {
    for args in [
        &["--help=x", "ps"][..],
        &["ps", "--help=x"],
        &["--help=x", "--help", "ps"],
        &["--help=false", "ps", "-q", "--filter", "name=hvf2-nothing"],
        &["ps", "--help=false", "-q", "--filter", "name=hvf2-nothing"],
        &["--help=1", "ps"],
        &["--help=false", "--help=true", "ps"],
        &["ps", "--help=true"],
        &["container", "--help=x", "ls"],
        &[
            "container",
            "--help=false",
            "ls",
            "-q",
            "--filter",
            "name=hvf2-nothing",
        ],
        &["image", "--help=1", "ls"],
    ] {
        // help pages name the program on stdout too
        let mut mine = run(args);
        mine.stdout = normalise(&mine.stdout);
        if let Some(cmd) = docker(args) {
            assert_same(&format!("{args:?}"), &mine, &output(cmd, None));
        }
    }
}

/// The daemon's own API version (`/version`).
fn daemon_api() -> String {
    let (status, body) = api("GET", "/version", None);
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    v["ApiVersion"].as_str().unwrap().to_string()
}

/// `args` through a proxy that claims API 1.47 for this daemon, by hvdock (`ours`) or docker:
/// the run, and the requests whose line contains `what`.
fn at_api_147(ours: bool, args: &[&str], what: &str) -> (Run, Vec<common::proxy::Request>) {
    let actual = daemon_api();
    let proxy = common::proxy::Proxy::claiming_api(SOCKET, &actual, "1.47");
    let host = proxy.host();
    let mut all = vec!["-H", host.as_str()];
    all.extend_from_slice(args);
    let r = output(if ours { hvdock(&all) } else { reference(&all) }, None);
    let seen = proxy
        .requests()
        .into_iter()
        .filter(|q| q.line.contains(what))
        .collect();
    (r, seen)
}

/// JSON without its nulls (Go marshals nil slices and maps as null where hvdock leaves them out).
fn without_nulls(v: &serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => serde_json::Value::Object(
            m.iter()
                .filter(|(_, x)| !x.is_null())
                .map(|(k, x)| (k.clone(), without_nulls(x)))
                .collect(),
        ),
        serde_json::Value::Array(a) => {
            serde_json::Value::Array(a.iter().map(without_nulls).collect())
        }
        other => other.clone(),
    }
}

/// A request body as JSON (`null` when there is none).
fn body_json(q: &common::proxy::Request) -> serde_json::Value {
    serde_json::from_slice(&q.body).unwrap_or(serde_json::Value::Null)
}

/// On a daemon that answers API 1.47, flags that need a newer API than this daemon's are sent as
/// docker sends them: both clients go through a proxy that claims 1.47 (and passes the requests
/// on under the daemon's own version), and the requests they make are compared.
#[test]
fn newer_api_flags_are_sent_as_docker_sends_them() {
    if !require(Need::Docker) {
        return;
    }
    let scope = Scope::new("hvf2-api");
    let label = scope.label();
    // the whole request: line and body (nulls aside)
    let whole: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "create",
                "--label",
                &label,
                "--annotation",
                "a=b",
                "--annotation",
                "c",
                "--annotation",
                "a=e",
                IMAGE,
            ],
            "/containers/create",
        ),
        (
            vec![
                "create",
                "--label",
                &label,
                "--health-cmd",
                "true",
                "--health-start-interval",
                "1500ms",
                IMAGE,
            ],
            "/containers/create",
        ),
        (
            vec![
                "create",
                "--label",
                &label,
                "--health-start-interval",
                "1s",
                "--health-start-period",
                "2s",
                "--annotation",
                "x=y",
                IMAGE,
            ],
            "/containers/create",
        ),
        (
            vec![
                "volume",
                "prune",
                "--all",
                "-f",
                "--filter",
                "label=hvf2-nothing",
            ],
            "/volumes/prune",
        ),
        (vec!["images", "--tree", "hvf2-nothing"], "/images/json"),
        (
            vec![
                "image",
                "ls",
                "-a",
                "--tree",
                "--filter",
                "reference=hvf2-nothing",
            ],
            "/images/json",
        ),
    ];
    for (args, what) in &whole {
        let (mine, ours) = at_api_147(true, args, what);
        let (theirs, sent) = at_api_147(false, args, what);
        assert_eq!(
            mine.code, theirs.code,
            "{args:?}: {} / {}",
            mine.stderr, theirs.stderr
        );
        assert_eq!(ours.len(), 1, "{args:?}: {ours:?}");
        assert_eq!(
            (&ours[0].line, without_nulls(&body_json(&ours[0]))),
            (&sent[0].line, without_nulls(&body_json(&sent[0]))),
            "{args:?}: hvdock's request, then docker's"
        );
    }
    // a service (no swarm here: the daemon refuses it, after the request was recorded); the
    // container spec's versioned fields
    for args in [
        &[
            "service",
            "create",
            "--no-resolve-image",
            "--oom-score-adj",
            "5",
            "--health-start-interval",
            "2s",
            IMAGE,
        ][..],
        &[
            "service",
            "create",
            "--no-resolve-image",
            "--oom-score-adj",
            "0",
            "--health-cmd",
            "true",
            IMAGE,
        ],
    ] {
        let (mine, ours) = at_api_147(true, args, "/services/create");
        let (theirs, sent) = at_api_147(false, args, "/services/create");
        assert_same(&format!("{args:?}"), &mine, &theirs);
        let spec = |q: &common::proxy::Request| {
            let b = body_json(q);
            let c = &b["TaskTemplate"]["ContainerSpec"];
            (
                q.line.clone(),
                c["OomScoreAdj"].clone(),
                c["Healthcheck"].clone(),
            )
        };
        assert_eq!(spec(&ours[0]), spec(&sent[0]), "{args:?}");
    }
}

/// `args` through both clients with `env` set, stdout and stderr normalised; `part` picks what
/// is compared of each stream (the root help differs from docker's by design outside its
/// Global Options).
#[track_caller]
fn same_help(args: &[&str], env: &[(&str, &str)], part: fn(&str) -> String) {
    let with_env = |mut c: std::process::Command| {
        for (k, v) in env {
            c.env(k, v);
        }
        let mut r = output(c, None);
        r.stdout = part(&normalise(&r.stdout));
        r.stderr = part(&normalise(&r.stderr));
        r
    };
    let mine = with_env(hvdock(args));
    if let Some(cmd) = docker(args) {
        assert_same(&format!("{args:?} with {env:?}"), &mine, &with_env(cmd));
    }
}

/// The root help's Global Options section.
fn global_options(help: &str) -> String {
    help.split("\nGlobal Options:\n")
        .nth(1)
        .and_then(|s| s.split("\n\n").next())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn help_shows_the_defaults_the_command_line_changed() {
    let certs = tempfile::tempdir().unwrap();
    let cert_path = certs.path().to_str().unwrap();
    std::fs::write(certs.path().join("cert.pem"), "x").unwrap();
    let sock = format!("unix://{SOCKET}");
    type Case<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>);
    let root: Vec<Case> = vec![
        (vec!["--help"], vec![]),
        (vec!["-H", &sock, "--help"], vec![]),
        (vec!["-H", &sock], vec![]),
        (vec!["--help"], vec![("DOCKER_HOST", &sock)]),
        (vec!["--context", "default", "--help"], vec![]),
        (
            vec!["-H", "tcp://127.0.0.1:1", "--tlsverify", "--help"],
            vec![],
        ),
        (vec!["--tls=false", "--tlsverify=false", "--help"], vec![]),
        (vec!["--tlscacert", "", "--help"], vec![]),
        (vec!["--tlscert", "/x", "--tls", "--help"], vec![]),
        (vec!["--help"], vec![("DOCKER_TLS_VERIFY", "1")]),
        (vec!["--help"], vec![("DOCKER_TLS", "1")]),
        // a certificate that exists keeps its default; the missing key loses it
        (
            vec!["--help"],
            vec![("DOCKER_TLS", "1"), ("DOCKER_CERT_PATH", cert_path)],
        ),
    ];
    for (args, env) in &root {
        same_help(args, env, global_options);
    }
    let whole: fn(&str) -> String = |s| s.to_string();
    for args in [
        &["run", "-e", "A=1", "--help"][..],
        &[
            "run",
            "--help",
            "-e",
            "A=1",
            "-m",
            "1g",
            "--cpus",
            "1.5",
            "--mount",
            "type=tmpfs,dst=/x",
            "-p",
            "80",
        ],
        &["run", "-m", "0", "--cpus", "0", "--help"],
        &["run", "-dit", "-e", "A=1", "--network", "host", "--help"],
        &["ps", "--filter", "name=x", "--help"],
        &["image", "--help=1", "ls", "--filter", "reference=x"],
        &["network", "create", "--label", "a=b", "-o", "a=b", "--help"],
        &[
            "service",
            "create",
            "--limit-cpu",
            "1",
            "--placement-pref",
            "spread=a",
            "-p",
            "80:80",
            "--mount",
            "type=tmpfs,dst=/x",
            "--help",
        ],
    ] {
        same_help(args, &[], whole);
    }
}
