//! `search` as docker 28: the daemon's answer (offline here: its error) and docker's table,
//! checked against a fake daemon that returns canned results to both clients.

mod common;

use common::fake_daemon::FakeDaemon;
use common::{docker, hvdock, normalise, output};

fn same(args: &[&str]) {
    let Some(d) = docker(args) else { return };
    let (h, d) = (output(hvdock(args), None), output(d, None));
    assert_eq!(normalise(&h.stdout), d.stdout, "stdout of {args:?}");
    assert_eq!(normalise(&h.stderr), d.stderr, "stderr of {args:?}");
    assert_eq!(h.code, d.code, "exit code of {args:?}");
}

#[test]
fn the_daemons_errors_as_docker_prints_them() {
    for line in [
        &["search", "busybox"][..],
        &["search", "--limit", "200", "busybox"],
        &["search", "-f", "is-official=maybe", "x"],
        &["search", "-f", "is-automated=true", "x"],
        &["search", "127.0.0.1:5000/busybox"],
        &["search"],
        &["search", "--limit", "x", "y"],
    ] {
        same(line);
    }
}

#[test]
fn results_in_docker_table_and_templates() {
    let fake = FakeDaemon::start(Box::new(|req| {
        if req.path.starts_with("/_ping") {
            return (
                200,
                vec![("Api-Version".into(), "1.41".into())],
                String::new(),
            );
        }
        if req.path.starts_with("/images/search") {
            let body = r#"[{"star_count":12,"is_official":true,"name":"busybox","is_automated":false,"description":"Busybox base image."},{"star_count":0,"is_official":false,"name":"someone/very-long-name","is_automated":false,"description":"A description that is much longer than forty-five characters,\nwith a newline"}]"#;
            return (
                200,
                vec![("Content-Type".into(), "application/json".into())],
                body.into(),
            );
        }
        (404, vec![], r#"{"message":"page not found"}"#.into())
    }));
    let host = fake.host();
    for line in [
        &["search", "busybox"][..],
        &["search", "--no-trunc", "busybox"],
        &[
            "search",
            "--format",
            "{{.Name}}: {{.StarCount}} {{.IsOfficial}}",
            "busybox",
        ],
        &[
            "search",
            "--format",
            "table {{.Name}}\t{{.Description}}",
            "--limit",
            "5",
            "busybox",
        ],
    ] {
        let mut args = vec!["-H", host.as_str()];
        args.extend_from_slice(line);
        same(&args);
    }
    let searched: Vec<String> = fake
        .requests()
        .into_iter()
        .filter(|r| r.path.starts_with("/images/search"))
        .map(|r| r.path)
        .collect();
    assert!(
        searched.iter().any(|p| p.contains("limit=5")),
        "{searched:?}"
    );
}
