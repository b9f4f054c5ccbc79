//! Differences an audit of issues 16 and 19 found between hvdock and docker 28.2.2, each a
//! differential against the reference client on the same daemon: flag values docker checks
//! when it parses the flag (so it refuses with usage and exit 125 before it asks the daemon),
//! and the wording of template errors from a row's methods and `call`.

mod common;

use common::{assert_same, docker, output, run, same};

/// Flag values docker refuses while parsing: every line fails before any daemon request, so
/// no object is created (the main daemon is no swarm manager: had hvdock asked it, it would say
/// so instead).
const PARSE_TIME: &[&[&str]] = &[
    // unsigned integers: Go's strconv wording, not a range
    &[
        "run",
        "--blkio-weight",
        "70000",
        "hvdock-test/busybox:latest",
    ],
    &["run", "--blkio-weight", "-1", "hvdock-test/busybox:latest"],
    &["update", "--blkio-weight", "-5", "hvau-none"],
    &["swarm", "init", "--data-path-port", "-1"],
    &["swarm", "init", "--default-addr-pool-mask-length", "-1"],
    // service flags with validators
    &["service", "create", "--label", "", "busybox"],
    &["service", "create", "--container-label", "=x", "busybox"],
    &["service", "create", "--log-opt", "", "busybox"],
    &["service", "create", "--entrypoint", "'a b", "busybox"],
    &["service", "create", "--health-interval", "-1s", "busybox"],
    &["service", "create", "--health-timeout", "-2m", "busybox"],
    &[
        "service",
        "create",
        "--health-start-period",
        "-1ms",
        "busybox",
    ],
    &["service", "create", "--config", "bogus=1", "busybox"],
    &["service", "create", "--secret", "bogus=1", "busybox"],
    &["service", "update", "--args", "\"a", "hvau-none"],
    &["service", "update", "--label-add", "", "hvau-none"],
    &[
        "service",
        "update",
        "--container-label-add",
        "",
        "hvau-none",
    ],
    &[
        "service",
        "update",
        "--config-add",
        "src=a,bogus=1",
        "hvau-none",
    ],
    // other commands
    &["network", "connect", "--link", "", "hvau-none", "hvau-none"],
    &["build", "--tag", "a=b", "/nonexistent-hvau"],
    &["build", "-t", "UP", "/nonexistent-hvau"],
    &["build", "--label", "", "/nonexistent-hvau"],
    &["build", "--build-arg", "", "/nonexistent-hvau"],
    &["context", "create", "--docker", "nohost", "hvau-none"],
    &[
        "context",
        "update",
        "--docker",
        "host=unix:///a,ca=b,x",
        "hvau-none",
    ],
];

#[test]
fn flag_values_docker_checks_when_parsing() {
    for args in PARSE_TIME {
        let r = same(args);
        assert_eq!(r.code, 125, "{args:?}: {}", r.stderr);
    }
}

/// `--docker` is pflag's stringToString: one `=` makes the whole value one pair (a comma is
/// part of the host), more are CSV pairs. Each client writes its own config directory.
#[test]
fn context_docker_values_read_as_pflag_does() {
    let dirs = [tempdir("ours"), tempdir("theirs")];
    let (ours, theirs) = (dirs[0].to_str().unwrap(), dirs[1].to_str().unwrap());
    for (name, value) in [
        ("hvau-one", "host=unix:///x,"),
        ("hvau-two", "host=unix:///x,skip-tls-verify=true"),
        ("hvau-quoted", "\"host=unix:///y\""),
    ] {
        for args in [
            &["context", "create", "--docker", value, name][..],
            &[
                "context",
                "inspect",
                "--format",
                "{{json .Endpoints}}",
                name,
            ],
        ] {
            let mine = run(&[&["--config", ours][..], args].concat());
            assert_eq!(mine.code, 0, "{args:?}: {}", mine.stderr);
            if let Some(cmd) = docker(&[&["--config", theirs][..], args].concat()) {
                assert_same(&format!("{args:?}"), &mine, &output(cmd, None));
            }
        }
    }
    for d in dirs {
        let _ = std::fs::remove_dir_all(d);
    }
}

fn tempdir(side: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("hvau-audit-{side}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Go checks a method's arguments before the call: a wrong count is not "error calling"; and
/// `call` names its callee by the template's text.
#[test]
fn template_errors_of_methods_and_call() {
    for args in [
        &[
            "ps",
            "--filter",
            "name=^hvau-none$",
            "--format",
            "{{.Label}}",
        ][..],
        &[
            "ps",
            "--filter",
            "name=^hvau-none$",
            "--format",
            "{{.Label \"a\" \"b\"}}",
        ],
        &[
            "ps",
            "--filter",
            "name=^hvau-none$",
            "--format",
            "{{call .Names}}",
        ],
        &[
            "network",
            "ls",
            "--filter",
            "name=^bridge$",
            "--format",
            "{{.Label}}",
        ],
        &[
            "network",
            "ls",
            "--filter",
            "name=^bridge$",
            "--format",
            "{{.Label \"a\" \"b\"}}",
        ],
        &["network", "inspect", "-f", "{{call .Name}}", "bridge"],
        &[
            "network",
            "inspect",
            "-f",
            "{{call .IPAM.Driver}}",
            "bridge",
        ],
    ] {
        let r = same(args);
        assert_ne!(r.code, 0, "{args:?}");
    }
}

/// `--log-level` takes any string when parsed; docker refuses an unknown level when it starts
/// (exit 1), and knows logrus's levels (`trace`, `warning`, any case).
#[test]
fn log_level_checked_as_logrus_does() {
    let ps = ["ps", "-q", "--filter", "name=^hvau-none$"];
    for level in ["bogus", "trace", "WARNING", "panic"] {
        let r = same(&[&["--log-level", level][..], &ps].concat());
        assert_eq!(r.code, i32::from(level == "bogus"), "{level}: {}", r.stderr);
    }
}
