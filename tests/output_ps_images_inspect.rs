//! Issue 5: `ps`, `images`, `inspect` print exactly what docker prints. A differential harness runs
//! the same command lines with hvdock and the reference client on the same containers and
//! compares stdout, stderr (program name normalised) and the exit code.

mod common;

use common::*;

/// One side's result: (stdout, normalised stderr, exit code).
fn side(r: Run) -> (String, String, i32) {
    (r.stdout, normalise(&r.stderr), r.code)
}

/// Human durations ("Less than a second", "3 seconds", "About a minute") replaced by `T` and
/// blanks collapsed: what two runs straddling a second boundary still agree on. Only decides
/// whether a difference is worth a retry; it never makes two outputs agree.
fn without_durations(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let unit = |w: &str| {
        let w = w.trim_end_matches(',');
        [
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
            "weeks",
        ]
        .contains(&w)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if words[i..].starts_with(&["Less", "than", "a", "second"]) {
            out.push("T");
            i += 4;
        } else if words[i] == "About" && i + 2 < words.len() && unit(words[i + 2]) {
            out.push("T");
            i += 3;
        } else if i + 1 < words.len() && words[i].parse::<u64>().is_ok() && unit(words[i + 1]) {
            out.push("T");
            i += 2;
        } else {
            out.push(words[i]);
            i += 1;
        }
    }
    out.join(" ")
}

/// Every run of digits as `#`, blanks collapsed, time units singular: what two runs straddling
/// a second boundary still agree on where a duration sits inside quotes (`"Up 5 seconds"` in
/// JSON). Only decides whether a difference is worth a retry.
fn numbers_blurred(text: &str) -> String {
    let mut out = String::new();
    let mut in_digits = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push('#');
            }
            in_digits = true;
        } else {
            out.push(c);
            in_digits = false;
        }
    }
    let mut out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    for unit in ["second", "minute", "hour", "day", "week", "month", "year"] {
        out = out.replace(&format!("{unit}s"), unit);
    }
    out
}

/// Runs `args` with both clients; `None` when stdout, stderr (program name normalised) and exit
/// code agree exactly, else a report. A disagreement is retried only when it is the one race
/// between the two calls: a second boundary crossed changes a human duration ("3 seconds" →
/// "4 seconds", and with it a column's width). Any other difference fails at once, and a race
/// that shows on every attempt fails too: the last comparison is exact.
fn differ(args: &[&str]) -> Option<String> {
    let mut report = None;
    for _ in 0..5 {
        let theirs = side(output(reference(args), None));
        let ours = side(run(args));
        if ours == theirs {
            return None;
        }
        report = Some(format!(
            "hvdock {args:?}\n--- hvdock (exit {}):\n{}{}\n--- docker (exit {}):\n{}{}",
            ours.2, ours.0, ours.1, theirs.2, theirs.0, theirs.1
        ));
        let race = (ours.1.as_str(), ours.2) == (theirs.1.as_str(), theirs.2)
            && (without_durations(&ours.0) == without_durations(&theirs.0)
                || numbers_blurred(&ours.0) == numbers_blurred(&theirs.0));
        if !race {
            break;
        }
    }
    report
}

/// Runs every command line and fails listing all disagreements.
fn compare_all(lines: &[Vec<String>]) {
    let failures: Vec<String> = lines
        .iter()
        .filter_map(|l| differ(&l.iter().map(String::as_str).collect::<Vec<_>>()))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} command lines differ from docker:\n\n{}",
        failures.len(),
        lines.len(),
        failures.join("\n\n")
    );
}

fn create(args: &[&str]) -> String {
    create_exiting(args, 0)
}

fn create_exiting(args: &[&str], code: i32) -> String {
    let r = output(reference(args), None);
    assert_eq!(r.code, code, "docker {args:?}: {}", r.stderr);
    r.stdout.trim().to_string()
}

static PORTS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Host ports unlikely to be taken by anyone else: derived from the process id, ten per fixture.
/// A base port whose next seven ports are free now, below the kernel's ephemeral range (32768+),
/// where an outgoing connection of another process could take one between the check and the run.
fn port_base() -> u32 {
    loop {
        let n = PORTS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let b = 20000 + ((std::process::id() * 7 + n * 97) % 1200) * 10;
        let free = (b..b + 7).all(|p| {
            std::net::TcpListener::bind(("0.0.0.0", p as u16)).is_ok()
                && std::net::UdpSocket::bind(("0.0.0.0", p as u16)).is_ok()
        });
        if free {
            return b;
        }
    }
}

struct Fixture {
    scope: Scope,
    web_id: String,
    ports: u32,
}

/// The scope's containers: published ranges, labels, a bind mount, an exit code, a runsc
/// sandbox, a created-only container with a quoted, HTML-ish long command, exposed ports.
fn fixture(name: &str) -> Option<Fixture> {
    if !require(Need::Docker) {
        return None;
    }
    let scope = Scope::new(name);
    let l = scope.label();
    let b = port_base();
    let range = format!("{}-{}:80-82", b, b + 2);
    let single = format!("127.0.0.1:{}:{}", b + 5, b + 5);
    let other = format!("{}:6001/udp", b + 6);
    let web = create(&[
        "run",
        "-d",
        "--label",
        &l,
        "--label",
        "tier=front",
        "--label",
        "z=a,b",
        "--name",
        &scope.name("web"),
        "-p",
        &range,
        "-p",
        &single,
        "-p",
        &other,
        IMAGE,
        "sleep",
        "600",
    ]);
    create(&[
        "run",
        "-d",
        "--label",
        &l,
        "--name",
        &scope.name("vol"),
        "-v",
        "/tmp:/hosttmp",
        IMAGE,
        "sleep",
        "600",
    ]);
    create_exiting(
        &[
            "run",
            "--label",
            &l,
            "--name",
            &scope.name("exit"),
            IMAGE,
            "sh",
            "-c",
            "exit 3",
        ],
        3,
    );
    create(&[
        "run",
        "-d",
        "--label",
        &l,
        "--runtime",
        "runsc",
        "--name",
        &scope.name("gvisor"),
        IMAGE,
        "sleep",
        "600",
    ]);
    create(&[
        "create",
        "--label",
        &l,
        "--expose",
        "7000-7002",
        "--name",
        &scope.name("created"),
        IMAGE,
        "echo",
        "say \"<hello> & goodbye\" to a long command line",
    ]);
    create(&[
        "run",
        "-d",
        "--label",
        &l,
        "--label",
        "io.hvdock.isolation=hyperv",
        "--name",
        &scope.name("labelled"),
        IMAGE,
        "sleep",
        "600",
    ]);
    Some(Fixture {
        scope,
        web_id: web,
        ports: b,
    })
}

fn line(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|s| s.to_string()).collect()
}

/// Formats that do not depend on the clock.
const PS_FORMATS: &[&str] = &[
    "{{.ID}}",
    "{{.Names}}",
    "{{.Names}}\t{{.Image}}\t{{.Command}}",
    "{{.Names}} {{.Ports}}",
    "{{.Names}} {{.State}}",
    "{{.Names}}|{{.Labels}}",
    "{{.Names}}|{{.Label \"tier\"}}|{{.Label \"nope\"}}",
    "{{.Names}} {{.Mounts}} {{.LocalVolumes}}",
    "{{.Names}} {{.Networks}}",
    "{{.Names}} {{.CreatedAt}}",
    "{{.Names}} {{.Size}}",
    "{{.Names}} {{.Platform}}",
    "table {{.Names}}\t{{.Ports}}",
    "table {{.ID}}\t{{.Names}}\t{{.Command}}\t{{.State}}",
    "table {{.Names}}\t{{.Labels}}\t{{.Mounts}}",
    "table {{.Names}}\t{{.Size}}",
    "table {{.Names}}\t{{.LocalVolumes}}\t{{.Networks}}\t{{.CreatedAt}}",
    "table {{.Names}}\t{{.Label \"tier\"}}",
    "table",
    "{{json .Ports}}",
    "{{upper .Names}} {{len .Ports}}",
    "{{if eq .State \"exited\"}}{{.Names}} gone{{else}}{{.Names}} here{{end}}",
    "{{.Names}}\\n{{.Image}}",
    "{{.Nope}}",
    "{{",
    "raw",
];

#[test]
fn ps_matches_docker() {
    let Some(f) = fixture("ps") else { return };
    let lf = format!("label={}", f.scope.label());
    let mut lines = Vec::new();
    for fmt in PS_FORMATS {
        lines.push(line(&["ps", "-a", "-f", &lf, "--format", fmt]));
    }
    for fmt in [
        "{{.Names}} {{.Command}}",
        "table {{.ID}}\t{{.Command}}\t{{.Mounts}}",
        "{{json .Command}}",
    ] {
        lines.push(line(&[
            "ps",
            "-a",
            "--no-trunc",
            "-f",
            &lf,
            "--format",
            fmt,
        ]));
    }
    let name = |s: &str| f.scope.name(s);
    let b = f.ports;
    let filters = [
        format!("name={}", name("web")),
        format!("id={}", &f.web_id[..12]),
        "status=exited".into(),
        "status=created".into(),
        "status=running".into(),
        "exited=3".into(),
        "exited=0".into(),
        format!("ancestor={IMAGE}"),
        "volume=/hosttmp".into(),
        "network=bridge".into(),
        format!("publish={}", b),
        format!("publish={}/udp", b + 6),
        "expose=7001".into(),
        "health=none".into(),
        format!("before={}", name("created")),
        format!("since={}", name("exit")),
        "label=tier=front".into(),
        "label=tier".into(),
        "bogus=1".into(),
        "status=nonsense".into(),
    ];
    for flt in &filters {
        lines.push(line(&[
            "ps",
            "-a",
            "-f",
            &lf,
            "-f",
            flt,
            "--format",
            "{{.Names}} {{.Status}}",
        ]));
    }
    lines.push(line(&["ps", "-f", &lf, "--format", "{{.Names}}"]));
    lines.push(line(&["ps", "-a", "-q", "-f", &lf]));
    lines.push(line(&["ps", "-a", "-q", "--no-trunc", "-f", &lf]));
    lines.push(line(&[
        "ps",
        "-a",
        "-q",
        "-f",
        &lf,
        "--format",
        "{{.Names}}",
    ]));
    lines.push(line(&[
        "ps",
        "-a",
        "-n",
        "2",
        "-f",
        &lf,
        "--format",
        "{{.Names}}",
    ]));
    lines.push(line(&[
        "ps",
        "-a",
        "--last",
        "0",
        "-f",
        &lf,
        "--format",
        "{{.Names}}",
    ]));
    lines.push(line(&["ps", "-l", "-f", &lf, "--format", "{{.Names}}"]));
    lines.push(line(&[
        "ps",
        "-a",
        "-s",
        "-f",
        &lf,
        "--format",
        "{{.Names}} {{.Size}}",
    ]));
    lines.push(line(&[
        "ps",
        "-a",
        "--size=false",
        "-f",
        &lf,
        "--format",
        "{{.Names}} {{.Size}}",
    ]));
    lines.push(line(&["ps", "-a", "-f", &lf, "--format", "json"]));
    lines.push(line(&["ps", "-a", "-f", &lf, "--format", "{{json .}}"]));
    lines.push(line(&[
        "container",
        "ls",
        "-a",
        "-f",
        &lf,
        "--format",
        "{{.Names}}",
    ]));
    lines.push(line(&[
        "container",
        "list",
        "-a",
        "-f",
        &lf,
        "--format",
        "{{.Names}}",
    ]));
    lines.push(line(&[
        "container",
        "ps",
        "-a",
        "-f",
        &lf,
        "--format",
        "{{.Names}}",
    ]));
    lines.push(line(&["ps", "-f", "nonsense"]));
    lines.push(line(&["ps", "extra"]));
    compare_all(&lines);
}

/// The default table has RunningFor and Status ("Up 3 seconds"): compared with a retry.
#[test]
fn ps_default_tables_match_docker() {
    let Some(f) = fixture("pstable") else { return };
    let lf = format!("label={}", f.scope.label());
    compare_all(&[
        line(&["ps", "-a", "-f", &lf]),
        line(&["ps", "-a", "-s", "-f", &lf]),
        line(&["ps", "-a", "--no-trunc", "-f", &lf]),
        line(&[
            "ps",
            "-f",
            &lf,
            "--format",
            "table {{.Names}}\t{{.RunningFor}}\t{{.Status}}",
        ]),
    ]);
}

/// This test's own images, each created in a later second than the one before: the daemon lists
/// images newest first by a one-second timestamp and hands back ties in random order, so a
/// listing of images made by anyone (other tests leave theirs for a moment) is not the same
/// from one call to the next. One image has two tags, one is dangling, one is in a
/// repository with a slash; all carry the scope's label and are removed at the end.
struct OwnImages {
    scope: Scope,
    _images: Images,
}

impl OwnImages {
    fn build() -> OwnImages {
        let scope = Scope::new("imgs");
        let repo = format!("hvt-imgs-{}", scope.id);
        let images = Images::new(Vec::new());
        let mut last_second = 0;
        let tags: [&[String]; 3] = [
            &[format!("{repo}:one"), format!("{repo}:two")],
            &[],
            &[format!("{repo}/sub:latest")],
        ];
        for (n, tags) in tags.iter().enumerate() {
            // Wait for the clock (the daemon's: same machine) to pass the last image's second.
            while unix_seconds() <= last_second {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            let dockerfile = format!("FROM {IMAGE}\nLABEL {} n={n}\n", scope.label());
            let mut args = vec!["build", "-q"];
            for t in tags.iter() {
                args.extend(["-t", t.as_str()]);
            }
            args.push("-");
            let r = output(hvdock(&args), Some(dockerfile.as_bytes()));
            assert_eq!(r.code, 0, "build: {}", r.stderr);
            let id = r.stdout.trim().to_string();
            images.also(&id);
            let created = ok(&["image", "inspect", "-f", "{{.Created}}", &id]);
            last_second = created_seconds(created.trim());
        }
        OwnImages {
            scope,
            _images: images,
        }
    }
}

fn unix_seconds() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Seconds since the epoch of an RFC 3339 UTC time as the daemon writes `Created`.
fn created_seconds(rfc3339: &str) -> i64 {
    let out = std::process::Command::new("date")
        .args(["-u", "-d", rfc3339, "+%s"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("a time date(1) reads: {rfc3339}"))
}

#[test]
fn images_match_docker() {
    if !require(Need::Docker) {
        return;
    }
    let formats = [
        "{{.Repository}}:{{.Tag}}",
        "{{.ID}} {{.Size}} {{.VirtualSize}}",
        "{{.Repository}} {{.Digest}} {{.CreatedAt}}",
        "{{.Repository}} {{.Containers}} {{.SharedSize}} {{.UniqueSize}}",
        "table {{.Repository}}\t{{.Tag}}\t{{.ID}}",
        "table {{.Repository}}\t{{.Size}}\t{{.Containers}}\t{{.SharedSize}}\t{{.UniqueSize}}",
        "table {{.Repository}}\t{{.Digest}}",
        "{{json .Repository}}",
        "{{.Nope}}",
        "{{",
        "raw",
    ];
    let own = OwnImages::build();
    let mine = format!("label={}", own.scope.label());
    let mut lines = Vec::new();
    for fmt in formats {
        lines.push(line(&["images", "-f", &mine, "--format", fmt]));
        lines.push(line(&["image", "ls", IMAGE, "--format", fmt]));
    }
    lines.push(line(&["images", "-f", &mine]));
    lines.push(line(&["images", "-f", &mine, "-q"]));
    lines.push(line(&["images", "-f", &mine, "-f", "dangling=true", "-q"]));
    lines.push(line(&["images", "-a", "-f", &mine, "--no-trunc"]));
    lines.push(line(&["images", IMAGE]));
    lines.push(line(&["images", IMAGE, "--format", "json"]));
    lines.push(line(&["images", IMAGE, "--format", "{{json .}}"]));
    lines.push(line(&["images", IMAGE, "--digests"]));
    lines.push(line(&["images", IMAGE, "--no-trunc"]));
    lines.push(line(&["images", IMAGE, "-q"]));
    lines.push(line(&["images", IMAGE, "-q", "--no-trunc"]));
    lines.push(line(&[
        "images",
        IMAGE,
        "--digests",
        "--format",
        "table {{.Repository}}\t{{.Tag}}",
    ]));
    lines.push(line(&["images", "-a", IMAGE, "--format", "{{.ID}}"]));
    lines.push(line(&[
        "images",
        "-f",
        "dangling=false",
        IMAGE,
        "--format",
        "{{.Repository}}",
    ]));
    lines.push(line(&[
        "images",
        "-f",
        "reference=hvdock-test/*",
        "--format",
        "{{.Repository}}",
    ]));
    lines.push(line(&["images", "-f", "bogus=1"]));
    lines.push(line(&["images", "no-such-repo"]));
    lines.push(line(&["image", "list", IMAGE, "--format", "{{.Tag}}"]));
    lines.push(line(&["images", "a", "b"]));
    compare_all(&lines);
}

#[test]
fn inspect_matches_docker() {
    let Some(f) = fixture("inspect") else { return };
    let (web, gone, created) = (
        f.scope.name("web"),
        f.scope.name("exit"),
        f.scope.name("created"),
    );
    let mut lines = vec![
        line(&["inspect", &web]),
        line(&["inspect", &created]),
        line(&["inspect", &web, &gone]),
        line(&["inspect", "--format", "json", &web, &gone]),
        line(&["inspect", "-s", &web]),
        line(&["inspect", IMAGE]),
        line(&["inspect", "--type", "image", IMAGE]),
        line(&["inspect", "--type", "container", IMAGE]),
        line(&["inspect", "bridge"]),
        line(&[
            "inspect",
            "--type",
            "network",
            "bridge",
            "-f",
            "{{.Name}} {{.Driver}}",
        ]),
        line(&["inspect", "no-such-thing"]),
        line(&["inspect", &web, "no-such-thing", "-f", "{{.Name}}"]),
        line(&["inspect", "--type", "bogus", &web]),
        line(&["inspect", "--type", "", &web]),
        line(&["inspect", "--type", "volume", "no-such-volume"]),
        line(&["inspect", "-s", "bridge", "-f", "{{.Name}}"]),
        line(&["inspect", "-f", "{{.Name}}", "bridge", IMAGE]),
        line(&["inspect", "-f", "{{", &web]),
        line(&["inspect"]),
        line(&["container", "inspect", &web]),
        line(&["container", "inspect", &web, "no-such-container"]),
        line(&["container", "inspect", "-s", "-f", "{{.SizeRw}}", &gone]),
        line(&["container", "inspect", "--format", "json", &created]),
        line(&["image", "inspect", IMAGE]),
        line(&["image", "inspect", "--format", "json", IMAGE]),
        line(&["image", "inspect", "no-such-image"]),
        line(&[
            "image",
            "inspect",
            "-f",
            "{{.Os}}/{{.Architecture}} {{.Size}}",
            IMAGE,
        ]),
        line(&["image", "inspect", "-f", "{{json .Config}}", IMAGE]),
        line(&["image", "inspect", "-f", "{{.Config.Labels.x}}", IMAGE]),
        line(&[
            "image",
            "inspect",
            "-f",
            "{{json .Config.Labels}} {{.Config.Labels}}",
            IMAGE,
        ]),
        line(&[
            "image",
            "inspect",
            "-f",
            "{{.Config.Cmd}} {{.RepoTags}} {{.Container}}",
            IMAGE,
        ]),
    ];
    let formats = [
        "{{.Name}}",
        "{{.State.Status}} {{.State.ExitCode}} {{.State.Running}}",
        "{{.Config.Labels.tier}}|{{.Config.Labels.nope}}",
        "{{json .Config.Labels}} {{.HostConfig.LogConfig.Config}}",
        "{{json .Config.Labels}}",
        "{{json .Config}}",
        "{{json .HostConfig.PortBindings}}",
        "{{json .NetworkSettings.Ports}}",
        "{{range $p, $b := .NetworkSettings.Ports}}{{$p}}={{json $b}};{{end}}",
        "{{range .Mounts}}{{.Source}}->{{.Destination}}{{end}}",
        "{{.HostConfig.Runtime}}",
        "{{.Config.Cmd}}",
        "{{join .Config.Cmd \" \"}}",
        "{{.Config.Image}} {{.Driver}} {{.Platform}}",
        "{{.Nope}}",
        "{{.State.Nope}}",
        "{{.Config.Labels}}",
        "{{len .Config.Env}}",
        "{{.Path}} {{.Args}}",
    ];
    for fmt in formats {
        lines.push(line(&["inspect", "-f", fmt, &web, &gone, &created]));
    }
    compare_all(&lines);
}

#[test]
fn version_and_info_formats_match_docker() {
    if !require(Need::Docker) {
        return;
    }
    compare_all(&[
        line(&["version", "--format", "{{.Server.Os}}/{{.Server.Arch}}"]),
        line(&[
            "version",
            "--format",
            "{{.Server.Version}} {{.Server.KernelVersion}}",
        ]),
        line(&["info", "--format", "{{.OSType}} {{.Driver}}"]),
        line(&["info", "--format", "{{.ServerVersion}} {{.NCPU}}"]),
        line(&["info", "--format", "{{json .Plugins}}"]),
    ]);
}

/// `.Isolation`: runsc → hyperv, runc → process, the label wins; `--filter isolation=` is applied
/// here (the daemon ignores it).
#[test]
fn isolation_field_and_filter() {
    let scope = Scope::new("iso");
    let l = scope.label();
    let lf = format!("label={l}");
    let run_one = |name: &str, extra: &[&str]| {
        let mut args = vec!["run", "-d", "--label", &l];
        args.extend_from_slice(extra);
        let n = scope.name(name);
        args.extend_from_slice(&["--name", &n, IMAGE, "sleep", "600"]);
        let body = api_create(&args);
        assert!(!body.is_empty());
    };
    run_one("sandboxed", &["--runtime", "runsc"]);
    run_one("plain", &[]);
    let out = ok(&["ps", "-f", &lf, "--format", "{{.Names}} {{.Isolation}}"]);
    let mut got: Vec<&str> = out.lines().collect();
    got.sort();
    assert_eq!(
        got,
        [
            format!("{} process", scope.name("plain")),
            format!("{} hyperv", scope.name("sandboxed"))
        ]
    );
    let out = ok(&[
        "ps",
        "-f",
        &lf,
        "-f",
        "isolation=hyperv",
        "--format",
        "{{.Names}}",
    ]);
    assert_eq!(out, format!("{}\n", scope.name("sandboxed")));
    let out = ok(&[
        "ps",
        "-f",
        &lf,
        "-f",
        "isolation=process",
        "-q",
        "--no-trunc",
    ]);
    assert_eq!(out.lines().count(), 1, "{out}");
    let out = ok(&[
        "ps",
        "-f",
        &lf,
        "--format",
        "table {{.Names}}\t{{.Isolation}}",
    ]);
    assert!(out.starts_with("NAMES"), "{out}");
    assert!(out.lines().next().unwrap().ends_with("ISOLATION"), "{out}");
    // JSON stays docker's: no Isolation key.
    let out = ok(&["ps", "-f", &lf, "--format", "json"]);
    assert!(!out.contains("Isolation"), "{out}");
}

#[test]
fn isolation_label_wins_over_runtime() {
    let scope = Scope::new("isolabel");
    let l = scope.label();
    let n = scope.name("labelled");
    api_create(&[
        "run",
        "-d",
        "--label",
        &l,
        "--label",
        "io.hvdock.isolation=hyperv",
        "--name",
        &n,
        IMAGE,
        "sleep",
        "600",
    ]);
    let out = ok(&[
        "ps",
        "-f",
        &format!("label={l}"),
        "--format",
        "{{.Isolation}}",
    ]);
    assert_eq!(out, "hyperv\n");
    let out = ok(&[
        "ps",
        "-f",
        &format!("label={l}"),
        "-f",
        "isolation=process",
        "-q",
    ]);
    assert_eq!(out, "");
}

/// Starts a container through the reference client when present, else through hvdock itself
/// (setup only: these tests check hvdock's own `.Isolation`, not a comparison).
fn api_create(args: &[&str]) -> String {
    if std::path::Path::new(&reference_docker()).exists() {
        let r = output(reference(args), None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    } else {
        ok(args)
    }
}
