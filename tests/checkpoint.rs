//! `checkpoint create|ls|rm`: docker annotates the group experimental, Linux-only, API 1.25
//! (src/cli/min_api.rs). On this daemon (not experimental) docker hides it from the root help and
//! refuses every line of it, help included; on a fake daemon that claims experimental features
//! both clients show it and send the same requests, and `ls` prints the same table. Each case
//! runs through hvdock and the reference client; stdout, stderr (program name normalised) and
//! exit code must be the same. Nothing is created: this daemon refuses before any request, and
//! the fake daemons keep nothing.

mod common;

use common::fake_daemon::{both, same_requests, FakeDaemon, Request};
use common::*;

/// Lines docker refuses on this daemon before it parses their flags or counts their arguments.
#[test]
fn every_checkpoint_line_is_refused_as_docker() {
    for args in [
        &["checkpoint"][..],
        &["checkpoint", "bogus"],
        &["checkpoint", "--bogus"],
        &["checkpoint", "ls", "hvck-none"],
        &["checkpoint", "list", "hvck-none"],
        &["checkpoint", "ls"],
        &["checkpoint", "ls", "--bogus", "hvck-none"],
        &["checkpoint", "create", "hvck-none", "cp1"],
        &["checkpoint", "create", "--leave-running", "hvck-none"],
        &["checkpoint", "rm", "hvck-none", "cp1"],
        &["checkpoint", "remove", "--checkpoint-dir", "/d", "a", "b"],
    ] {
        let r = same(args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("is only supported on a Docker daemon with experimental features"),
            "{args:?}: {}",
            r.stderr
        );
    }
}

/// Help pages: on this daemon the refusal (on stdout, exit 0); with no daemon, the pages.
#[test]
fn help_is_refused_here_and_shown_without_a_daemon() {
    let pages: &[&[&str]] = &[
        &["checkpoint", "--help"],
        &["checkpoint", "-h"],
        &["help", "checkpoint"],
        &["checkpoint", "create", "--help"],
        &["checkpoint", "ls", "--help"],
        &["checkpoint", "list", "--help"],
        &["checkpoint", "rm", "--help"],
        &["help", "checkpoint", "rm"],
    ];
    for page in pages {
        same_page(page);
        let mut away = vec!["-H", "unix:///hvck-no-daemon.sock"];
        away.extend_from_slice(page);
        same_page(&away);
    }
    let refused = run(&["checkpoint", "create", "--help"]);
    assert_eq!(
        normalise(&refused.stdout),
        "docker checkpoint create is only supported on a Docker daemon with experimental \
         features enabled\n"
    );
}

/// The root help's `checkpoint` line, if any.
fn checkpoint_line(help: &str) -> Option<String> {
    help.lines()
        .find(|l| l.trim_start().starts_with("checkpoint "))
        .map(str::to_string)
}

/// docker lists `checkpoint` in its root help only when the daemon offers it (or none answers).
#[test]
fn root_help_lists_checkpoint_as_docker() {
    let Some(theirs) = docker(&["--help"]) else {
        return;
    };
    let theirs = output(theirs, None);
    let ours = run(&["--help"]);
    assert_eq!(checkpoint_line(&ours.stdout), None, "{}", ours.stdout);
    assert_eq!(checkpoint_line(&theirs.stdout), None);
    let experimental = fake();
    let host = experimental.host();
    let ours = run(&["-H", &host, "--help"]);
    let theirs = output(reference(&["-H", &host, "--help"]), None);
    assert_eq!(
        checkpoint_line(&ours.stdout),
        checkpoint_line(&theirs.stdout)
    );
    assert_eq!(
        checkpoint_line(&ours.stdout).as_deref(),
        Some("  checkpoint  Manage checkpoints")
    );
}

/// What the fake daemon answers `checkpoint ls` for container `hvck-c`: names out of order, one
/// long, one with a character HTML escapes.
const CHECKPOINTS: &str =
    r#"[{"Name":"cp-b"},{"Name":"a-much-longer-checkpoint-name"},{"Name":"cp<1>"}]"#;

/// A fake daemon with experimental features (API 1.41, Linux) answering the checkpoint routes:
/// (every answer says it is JSON) `hvck-c`'s list, an empty one for `hvck-empty`, a wrongly typed one for `hvck-bad`, 404 for
/// other containers; 201 for a create, 204 for a remove.
fn fake() -> FakeDaemon {
    FakeDaemon::start(Box::new(|r: &Request| {
        let path = r.path.as_str();
        let list = path.split('?').next().unwrap_or_default();
        let ping = vec![
            ("Api-Version".to_string(), "1.41".to_string()),
            ("Ostype".to_string(), "linux".to_string()),
            ("Docker-Experimental".to_string(), "true".to_string()),
        ];
        match r.method.as_str() {
            _ if path == "/_ping" => (200, ping, String::new()),
            "GET" if list == "/containers/hvck-c/checkpoints" => (200, vec![], CHECKPOINTS.into()),
            "GET" if list == "/containers/hvck-empty/checkpoints" => (200, vec![], "[]".into()),
            "GET" if list == "/containers/hvck-bad/checkpoints" => {
                (200, vec![], r#"[{"Name":1}]"#.into())
            }
            "POST" if path == "/containers/hvck-c/checkpoints" => (201, vec![], String::new()),
            "DELETE" if path.starts_with("/containers/hvck-c/checkpoints/") => {
                (204, vec![], String::new())
            }
            _ => (
                404,
                vec![],
                r#"{"message":"No such container: hvck-none"}"#.into(),
            ),
        }
    }))
}

/// create, ls and rm send docker's requests (method, path, query, API version, body) and print
/// what docker prints.
#[test]
fn requests_are_dockers_on_an_experimental_daemon() {
    let created = same_requests(&fake, &["checkpoint", "create", "hvck-c", "cp<1>"]);
    if created.is_empty() {
        return;
    }
    assert_eq!(
        created,
        [(
            "POST".to_string(),
            "/containers/hvck-c/checkpoints".to_string(),
            Some("1.41".to_string()),
            "{\"CheckpointID\":\"cp\\u003c1\\u003e\",\"CheckpointDir\":\"\",\"Exit\":true}\n"
                .to_string()
        )]
    );
    let kept = same_requests(
        &fake,
        &[
            "checkpoint",
            "create",
            "--leave-running",
            "--checkpoint-dir",
            "/var/cp",
            "hvck-c",
            "cp1",
        ],
    );
    assert!(
        kept[0]
            .3
            .contains(r#""CheckpointDir":"/var/cp","Exit":false"#),
        "{kept:?}"
    );
    same_requests(
        &fake,
        &[
            "checkpoint",
            "create",
            "--leave-running=false",
            "hvck-c",
            "cp1",
        ],
    );
    let listed = same_requests(&fake, &["checkpoint", "ls", "hvck-c"]);
    assert_eq!(listed[0].1, "/containers/hvck-c/checkpoints");
    let listed = same_requests(
        &fake,
        &[
            "checkpoint",
            "list",
            "--checkpoint-dir",
            "/var/c p",
            "hvck-c",
        ],
    );
    assert_eq!(
        listed[0].1,
        "/containers/hvck-c/checkpoints?dir=%2Fvar%2Fc+p"
    );
    same_requests(&fake, &["checkpoint", "ls", "--checkpoint-dir=", "hvck-c"]);
    let removed = same_requests(
        &fake,
        &[
            "checkpoint",
            "rm",
            "--checkpoint-dir",
            "/d",
            "hvck-c",
            "cp?1",
        ],
    );
    assert_eq!(
        (removed[0].0.as_str(), removed[0].1.as_str()),
        ("DELETE", "/containers/hvck-c/checkpoints/cp%3F1?dir=%2Fd")
    );
    same_requests(&fake, &["checkpoint", "remove", "hvck-c", "cp1"]);
    // A slash in the checkpoint's name goes out as docker sends it (its client puts the name
    // into the path as it is), and the daemon finds no such route.
    let slashed = same_requests(&fake, &["checkpoint", "rm", "hvck-c", "cp/1"]);
    assert_eq!(slashed[0].1, "/containers/hvck-c/checkpoints/cp/1");
}

/// `ls` prints docker's table for the canned answer; an empty list, a wrongly typed answer and
/// a daemon's error are docker's too; the help pages and usage errors, now the daemon offers
/// the command, are docker's.
#[test]
fn output_is_dockers_on_an_experimental_daemon() {
    let Some(_) = both(&fake, &["checkpoint", "ls", "hvck-c"]) else {
        return;
    };
    let experimental = fake();
    let host = experimental.host();
    let table = run(&["-H", &host, "checkpoint", "ls", "hvck-c"]);
    assert_eq!(
        table.stdout,
        "CHECKPOINT NAME\ncp-b\na-much-longer-checkpoint-name\ncp<1>\n"
    );
    for args in [
        &["checkpoint", "ls", "hvck-empty"][..],
        &["checkpoint", "ls", "hvck-bad"],
        &["checkpoint", "ls", "hvck-none"],
        &["checkpoint", "create", "hvck-none", "cp1"],
        &["checkpoint", "rm", "hvck-none", "cp1"],
        &["checkpoint"],
        &["checkpoint", "--help"],
        &["checkpoint", "create", "--help"],
        &["checkpoint", "ls", "--help"],
        &["checkpoint", "rm", "--help"],
        &["checkpoint", "bogus"],
        &["checkpoint", "--bogus"],
        &["checkpoint", "ls"],
        &["checkpoint", "create", "hvck-c"],
        &["checkpoint", "rm", "a", "b", "c"],
        &["checkpoint", "ls", "--bogus", "hvck-c"],
        &[
            "checkpoint",
            "create",
            "--leave-running=maybe",
            "hvck-c",
            "cp1",
        ],
    ] {
        both(&fake, args);
    }
}
