//! `load -i FILE`, `import FILE`, and either one with a regular file on stdin, send the file as
//! a `Content-Length` body moved by `sendfile(2)` (src/engine/upload_file.rs): a fake daemon
//! that reads nothing but `Content-Length` bodies receives the file's bytes whole, from the
//! offset stdin stands at. Against the real daemon, tests/streaming_uploads.rs checks the same
//! commands in bounded memory with the layer digest docker's client gets, and tests/load.rs the
//! streamed (chunked) path of a pipe.

mod common;

use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::fake_daemon::{FakeDaemon, Request};
use common::*;

fn daemon() -> FakeDaemon {
    FakeDaemon::start(Box::new(|req: &Request| {
        if req.path.starts_with("/_ping") {
            return (
                200,
                vec![("Api-Version".into(), "1.41".into())],
                String::new(),
            );
        }
        if req.path.starts_with("/images/load") {
            return (200, vec![], r#"{"stream":"Loaded image: fake:1\n"}"#.into());
        }
        if req.path.starts_with("/images/create") {
            return (200, vec![], r#"{"status":"sha256:fake"}"#.into());
        }
        (404, vec![], r#"{"message":"page not found"}"#.into())
    }))
}

/// A text file of 3 MiB and a bit (several `sendfile` steps), and its content.
fn text_file(dir: &Path) -> (PathBuf, String) {
    let line = "0123456789abcdefghijklmnopqrstuvwxyz\n";
    let content = line.repeat((3 << 20) / line.len() + 7);
    let path = dir.join("archive.tar");
    std::fs::File::create(&path)
        .unwrap()
        .write_all(content.as_bytes())
        .unwrap();
    (path, content)
}

/// Runs `cmd` against the fake daemon with `stdin` (or none); returns the body of the one
/// upload it received.
fn uploaded(
    fake: &FakeDaemon,
    mut cmd: Command,
    stdin: Option<std::fs::File>,
    route: &str,
) -> String {
    cmd.env("DOCKER_HOST", fake.host());
    cmd.stdin(stdin.map_or_else(Stdio::null, Stdio::from));
    let r = cmd.output().expect("spawn");
    assert!(
        r.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&r.stderr)
    );
    let sent: Vec<Request> = fake
        .requests()
        .into_iter()
        .filter(|q| q.path.starts_with(route))
        .collect();
    assert_eq!(sent.len(), 1, "{sent:?}");
    sent[0].body.clone()
}

#[test]
fn a_file_argument_is_sent_whole_with_its_length() {
    let dir = tempfile::tempdir().unwrap();
    let (path, content) = text_file(dir.path());
    let file = path.to_str().unwrap();

    let fake = daemon();
    let body = uploaded(&fake, hvdock(&["load", "-i", file]), None, "/images/load");
    assert!(
        body == content,
        "load -i: {} of {} bytes",
        body.len(),
        content.len()
    );

    let fake = daemon();
    let body = uploaded(
        &fake,
        hvdock(&["import", file, "x:1"]),
        None,
        "/images/create",
    );
    assert!(
        body == content,
        "import: {} of {} bytes",
        body.len(),
        content.len()
    );
}

#[test]
fn a_file_on_stdin_is_sent_from_where_it_stands() {
    let dir = tempfile::tempdir().unwrap();
    let (path, content) = text_file(dir.path());
    for (args, route) in [
        (&["load"][..], "/images/load"),
        (&["import", "-", "x:1"][..], "/images/create"),
    ] {
        let mut stdin = std::fs::File::open(&path).unwrap();
        stdin.seek(SeekFrom::Start(100)).unwrap();
        let fake = daemon();
        let body = uploaded(&fake, hvdock(args), Some(stdin), route);
        assert!(
            body == content[100..],
            "{args:?}: {} of {} bytes",
            body.len(),
            content.len() - 100
        );
    }
}
