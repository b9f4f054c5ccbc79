//! docker's global flags (before the command), each a differential against the reference
//! client: the log level checked before help, version or any other error; a global flag's bad
//! value reported with the root's usage; endpoint settings checked when the client starts.

mod common;

use common::same;

/// docker checks `--log-level` when its client initialises: after the global flags are parsed
/// (up to the first one that fails), before help, version, plugins or the command's own flags.
#[test]
fn log_level_is_checked_first() {
    let lines: &[&[&str]] = &[
        &["--log-level", "bogus", "--version"],
        &["--log-level", "bogus", "--help"],
        &["--log-level", "bogus"],
        &["--log-level", "bogus", "ps", "--help"],
        &["--log-level", "bogus", "ps", "--bogus"],
        &["--log-level", "bogus", "hvgl-no-such-command"],
        &["--log-level", "bogus", "--bogus"],
        &["--log-level=bogus", "--tlsverify=bogus"],
        &["-Dlbogus", "ps"],
        // the flag that fails comes first: its error, not the level's
        &["--bogus", "--log-level", "bogus"],
        &["--tlsverify=bogus", "--log-level", "bogus"],
        // case does not matter to logrus
        &["-l", "WARN", "version", "--format", "{{.Client.Version}}"],
    ];
    for line in lines {
        same(line);
    }
}

/// A global flag's value that does not parse: the root's usage, the flag named with its
/// shorthand, whatever command follows.
#[test]
fn global_flag_values_use_the_root_usage() {
    let lines: &[&[&str]] = &[
        &["--tlsverify=bogus", "ps"],
        &["-D=x", "ps"],
        &["--debug=x", "volume", "ls"],
        &["--tls=x"],
        // a command's own flag keeps the command's usage
        &["ps", "--last", "x"],
    ];
    for line in lines {
        same(line);
    }
}

/// docker makes a client of a context's endpoint before it stores it: a host that Go's URL
/// parser, the ssh helper or the client refuses is no context (create and update alike).
#[test]
fn context_hosts_are_checked() {
    let dir = std::env::temp_dir().join(common::uniq("hvgl-ctx"));
    std::fs::create_dir_all(&dir).expect("config dir");
    let config = dir.to_string_lossy().into_owned();
    let hosts = [
        "host=x",
        "host=tcp://a:b",
        "host=ssh://u:p@h",
        "host=ssh://",
        "host=ssh://h:x",
        "host=unix://",
        "host=tcp://",
        "host=npipe:///x",
        // accepted: docker parses no port range, and any other scheme is the client's business
        "host=tcp://a:99999",
        "host=foo://x",
    ];
    for host in hosts {
        let create = [
            "--config", &config, "context", "create", "hvglx", "--docker", host,
        ];
        let rm = ["--config", &config, "context", "rm", "-f", "hvglx"];
        let ours = common::run(&create);
        common::run(&rm);
        let Some(docker) = common::docker(&create) else {
            return;
        };
        let theirs = common::output(docker, None);
        common::run(&rm);
        common::assert_same(host, &ours, &theirs);
    }
    common::ok(&[
        "--config",
        &config,
        "context",
        "create",
        "hvglx",
        "--docker",
        "host=unix:///x",
    ]);
    for host in &hosts[..8] {
        same(&[
            "--config", &config, "context", "update", "hvglx", "--docker", host,
        ]);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// With TLS on, docker's client reads the CA file when it starts, whatever the host (a unix
/// socket too): the default `ca.pem` of the config directory when no `--tlscacert` is given.
#[test]
fn tls_ca_is_read_at_start() {
    let dir = std::env::temp_dir().join(common::uniq("hvgl-tls"));
    std::fs::create_dir_all(&dir).expect("config dir");
    let config = dir.to_string_lossy().into_owned();
    let lines: &[&[&str]] = &[
        &["--tls", "--tlscacert", "/nonexistent", "ps"],
        &["--tlsverify", "--tlscacert", "/nonexistent", "ps"],
        &["--tls", "--tlscacert", "/etc", "ps"],
        &["--tls", "--tlscacert", "/etc/hostname", "ps"],
        &["--config", &config, "--tls", "ps"],
        &[
            "--config",
            &config,
            "--tls",
            "--tlscert",
            "/nonexistent",
            "ps",
        ],
    ];
    for line in lines {
        same(line);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
