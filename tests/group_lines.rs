//! Lines around a group that checkpoint's wiring made visible, compared with docker (stdout,
//! stderr with the program name normalised, exit code): a group's unknown flag shows cobra's
//! use line of the group, and an unknown flag on cobra's way to a command fails where cobra's
//! traversal stops; a bare group the daemon does not offer is refused (exit 1), not
//! helped; the root help (and the bare root) leave out what the daemon does not offer; and
//! `--debug` does not log the ping help makes. None of these lines changes anything.

mod common;

use common::*;

#[test]
fn a_groups_unknown_flag_shows_its_use_line() {
    for group in [
        "network",
        "volume",
        "image",
        "container",
        "stack",
        "manifest",
        "system",
        "plugin",
        "context",
    ] {
        let r = same(&[group, "--bogus"]);
        assert_eq!(r.code, 125, "{group}: {}", r.stderr);
    }
}

/// cobra's traversal: the root's flags end at the command word; a group's unknown flag takes
/// the next word as its value, so `container --bogus ls` is `container`'s usage error (125)
/// and `container --bogus=1 ls` fails between the group and `ls` with the bare message (1).
#[test]
fn unknown_flags_on_the_way_to_the_command_fail_where_cobra_stops() {
    let lines: [&[&str]; 25] = [
        // a group the daemon does not offer is refused before its usage error, not before the
        // bare message
        &["checkpoint", "--bogus", "ls"],
        &["checkpoint", "--bogus=1", "ls"],
        &["volume", "--bogus", "update"],
        &["container", "--bogus", "ls"],
        &["container", "--bogus", "ls", "ps"],
        &["container", "--bogus=1", "ls"],
        &["container", "--bogus", "x", "ls"],
        &["container", "-x", "ls"],
        &["container", "-x=1", "ls"],
        &["container", "-xyz", "ls"],
        &["container", "x", "--bogus"],
        &["container", "--debug", "ls"],
        &["container", "-H", "unix:///var/run/docker.sock", "ls"],
        &["image", "--bogus", "ls"],
        &["network", "-q", "ls"],
        &["trust", "--bogus", "key", "generate"],
        &["trust", "key", "--bogus", "generate"],
        &["-D", "container", "--bogus", "ls"],
        &["--bogus", "ps"],
        &["--bogus=1", "ps"],
        &["-x", "ps"],
        &["-Dx", "ps"],
        &["--config", "/tmp/hvt-none", "--bogus", "ps"],
        &["ps", "--bogus"],
        &["container", "ls", "-xyz"],
    ];
    for args in lines {
        let r = same(args);
        assert_ne!(r.code, 0, "{args:?}");
    }
}

/// docker prints the deprecated `-h`'s notice once for each `-h` among a command's own flags
/// (`-hq` too) and three times for each one a group took on cobra's way to the command; never
/// where `-h` is not help (`run -h`).
#[test]
fn help_shorthand_notices_are_counted_as_dockers() {
    let lines: [&[&str]; 12] = [
        &["container", "-h", "ls"],
        &["container", "-h", "-h", "ls"],
        &["container", "-h", "ls", "-h", "-h"],
        &["trust", "-h", "key", "generate"],
        &["trust", "-h", "key", "-h", "generate"],
        &["volume", "-h", "create", "-h"],
        &["-D", "image", "-h", "ls"],
        &["container", "ls", "-h", "-h"],
        &["container", "ls", "-hq"],
        &["container", "ls", "-qh"],
        &["ps", "-h", "-h"],
        &["run", "-h"],
    ];
    for args in lines {
        let Some(theirs) = docker(args) else { return };
        let (ours, theirs) = (run(args), output(theirs, None));
        assert_eq!(
            (
                ours.code,
                ours.stdout.replace("hvdock", "docker"),
                ours.stderr.replace("hvdock", "docker")
            ),
            (theirs.code, theirs.stdout, theirs.stderr),
            "{args:?}: hvdock, then docker"
        );
    }
}

/// `args` through both clients with the API version pinned to `version`.
fn pinned(version: &str, args: &[&str]) -> Option<(Run, Run)> {
    let mut ours = hvdock(args);
    ours.env("DOCKER_API_VERSION", version);
    let mut theirs = docker(args)?;
    theirs.env("DOCKER_API_VERSION", version);
    let (o, t) = (output(ours, None), output(theirs, None));
    assert_eq!(
        (o.code, normalise(&o.stdout), normalise(&o.stderr)),
        (t.code, t.stdout.clone(), normalise(&t.stderr)),
        "hvdock vs docker for {args:?} with API {version}"
    );
    Some((o, t))
}

#[test]
fn a_bare_group_below_its_version_is_refused() {
    for group in ["plugin", "builder", "stack", "secret"] {
        let Some((o, _)) = pinned("1.24", &[group]) else {
            return;
        };
        assert_eq!(o.code, 1, "{group}: {}", o.stderr);
    }
}

/// With API 1.24 pinned docker leaves out builder, plugin, config, secret, stack (and the
/// experimental checkpoint); hvdock's own commands aside, the lists are the same, for `--help`
/// and for the bare root (on stderr).
#[test]
fn root_help_leaves_out_what_the_daemon_does_not_offer() {
    let own = ["compute", "isolation"];
    for args in [&["--help"][..], &[]] {
        let mut ours = hvdock(args);
        ours.env("DOCKER_API_VERSION", "1.24");
        let Some(mut theirs) = docker(args) else {
            return;
        };
        theirs.env("DOCKER_API_VERSION", "1.24");
        let (o, t) = (output(ours, None), output(theirs, None));
        let text = |r: &Run| format!("{}{}", r.stdout, r.stderr);
        let mut mine: Vec<String> = command_lines(&text(&o)).into_keys().collect();
        mine.retain(|c| !own.contains(&c.as_str()));
        let theirs: Vec<String> = command_lines(&text(&t)).into_keys().collect();
        assert_eq!(mine, theirs, "{args:?}");
        assert!(!mine.contains(&"plugin".to_string()), "{mine:?}");
    }
}

#[test]
fn debug_does_not_log_the_ping_of_help() {
    for args in [&["-D", "--help"][..], &["-D", "volume", "--help"], &["-D"]] {
        let r = run(args);
        assert!(!r.stderr.contains("_ping"), "{args:?}: {}", r.stderr);
        assert!(!r.stdout.contains("_ping"), "{args:?}: {}", r.stdout);
    }
}
