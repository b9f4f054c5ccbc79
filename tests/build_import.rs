//! Issue 19: what `build` and `import` send, against docker on the same daemon.
//!
//! - `build`'s query is docker's: only what differs from the daemon's defaults (no `rm=1`, no
//!   `networkmode=default`), keys sorted as Go's `url.Values.Encode` sorts them, maps marshalled
//!   with sorted keys. Both clients go through a recording proxy and the request lines must be
//!   identical.
//! - `build` FROM an image in the htpasswd registry: `X-Registry-Config` carries the credentials
//!   of config.json (a DOCKER_CONFIG of the test's own) as docker sends them (same header value;
//!   header names compared ignoring case, as HTTP defines them), and the build's output is the
//!   same.
//! - `import URL`: the daemon downloads a tarball from a tiny HTTP server the test starts on
//!   127.0.0.1 (`fromSrc=URL`); the outputs are the same with the new image IDs blurred (each
//!   import has its own creation time).

mod common;

use std::io::{Read, Write};
use std::path::Path;

use base64::Engine as _;
use common::proxy::Proxy;
use common::*;

/// Takes the image IDs `r` printed into `images` and blurs them (a `--no-cache` build or an
/// import makes a new image each time).
fn blur_ids(r: &mut Run, images: &Images) {
    for w in r
        .stdout
        .split_whitespace()
        .filter(|w| w.starts_with("sha256:"))
    {
        images.also(w);
    }
    r.stdout = r
        .stdout
        .lines()
        .map(|l| {
            if l.starts_with("sha256:") {
                "sha256:<id>"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
}

fn context(dir: &Path, dockerfile: &str) {
    std::fs::write(dir.join("Dockerfile"), dockerfile).unwrap();
}

/// `args` through the proxy, by hvdock (`ours`) or docker, with `config` as DOCKER_CONFIG.
fn through(proxy: &Proxy, config: &Path, ours: bool, args: &[&str]) -> Run {
    let host = proxy.host();
    let mut all = vec!["-H", host.as_str()];
    all.extend_from_slice(args);
    let mut cmd = if ours { hvdock(&all) } else { reference(&all) };
    cmd.env("DOCKER_CONFIG", config)
        .env_remove("DOCKER_BUILDKIT");
    output(cmd, None)
}

/// The `POST .../build` request lines and `X-Registry-Config` values the proxy saw.
fn build_requests(proxy: &Proxy) -> Vec<(String, Option<String>)> {
    let raw = String::from_utf8_lossy(&proxy.raw()).into_owned();
    let mut out = Vec::new();
    for head in raw.split("POST /v").skip(1) {
        let Some(line) = head.split("\r\n").next() else {
            continue;
        };
        if !line.contains("/build?") {
            continue;
        }
        let config = common::proxy::header_of(head, "x-registry-config");
        out.push((format!("POST /v{line}"), config));
    }
    out
}

/// Whether each `POST .../build` body the proxy saw starts as gzip does (`1f 8b`), in order.
fn build_bodies_gzipped(proxy: &Proxy) -> Vec<bool> {
    let raw = proxy.raw();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = find(&raw[at..], b"POST /v").map(|i| i + at) {
        at = i + 1;
        let line_end = find(&raw[i..], b"\r\n").map_or(raw.len(), |e| e + i);
        if find(&raw[i..line_end], b"/build?").is_none() {
            continue;
        }
        let Some(head_end) = find(&raw[i..], b"\r\n\r\n").map(|e| e + i + 4) else {
            continue;
        };
        // Chunked: the first chunk's size line, then its data.
        let data = find(&raw[head_end..], b"\r\n").map_or(head_end, |e| e + head_end + 2);
        out.push(raw.get(data..data + 2) == Some(&[0x1f, 0x8b][..]));
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `args` by hvdock, then by docker, through one proxy: the same output (image IDs blurred)
/// and the same build request. The proxy and the requests it saw.
fn build_twice(
    config: &Path,
    args: &[&str],
    images: &Images,
) -> (Proxy, Vec<(String, Option<String>)>) {
    let proxy = Proxy::start(SOCKET);
    let mut ours = through(&proxy, config, true, args);
    let mut theirs = through(&proxy, config, false, args);
    assert_eq!(ours.code, 0, "{args:?}: {}", ours.stderr);
    blur_ids(&mut ours, images);
    blur_ids(&mut theirs, images);
    assert_same(&format!("{args:?}"), &ours, &theirs);
    let seen = build_requests(&proxy);
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert_eq!(
        seen[0], seen[1],
        "{args:?}: hvdock's request, then docker's"
    );
    (proxy, seen)
}

#[test]
fn build_compress_sends_a_gzipped_context_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let images = Images::new(Vec::new());
    let dir = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    context(dir.path(), &format!("FROM {IMAGE}\nARG C\n"));
    std::fs::write(dir.path().join("data.txt"), "x".repeat(100_000)).unwrap();
    let ctx = dir.path().to_str().unwrap();
    for args in [
        &["build", "-q", "--compress", ctx][..],
        &["build", "-q", ctx],
    ] {
        let (proxy, _) = build_twice(config.path(), args, &images);
        let gzipped = args.contains(&"--compress");
        assert_eq!(build_bodies_gzipped(&proxy), [gzipped, gzipped], "{args:?}");
    }
}

#[test]
fn build_query_is_dockers() {
    if !require(Need::Docker) {
        return;
    }
    let id = std::process::id();
    let tag = format!("hvhv-bq-{id}:t");
    let images = Images::new(vec![tag.clone()]);
    let dir = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    context(dir.path(), &format!("FROM {IMAGE}\nARG A\nARG B\n"));
    let ctx = dir.path().to_str().unwrap();
    let cases: &[&[&str]] = &[
        &["build", "-q", ctx],
        &[
            "build",
            "-q",
            "-t",
            &tag,
            "--rm=false",
            "--network",
            "host",
            ctx,
        ],
        &[
            "build",
            "-q",
            "-t",
            &tag,
            "--network",
            "default",
            "--no-cache",
            "--force-rm",
            ctx,
        ],
        &[
            "build",
            "-q",
            "-t",
            &tag,
            "--build-arg",
            "B=2",
            "--build-arg",
            "A=1",
            "--label",
            "z=1",
            "--label",
            "a=b c",
            "--target",
            "",
            "--cpu-shares",
            "2",
            "--memory",
            "64m",
            ctx,
        ],
    ];
    for args in cases {
        let (_, seen) = build_twice(config.path(), args, &images);
        let query: Vec<&str> = seen[0].0.split(['?', '&', ' ']).collect();
        assert!(!query.contains(&"rm=1") && !query.contains(&"networkmode=default"));
    }
}

#[test]
fn build_from_the_private_registry_sends_the_credentials() {
    if !require(Need::Docker | Need::Registry) {
        return;
    }
    let id = std::process::id();
    let base = format!("127.0.0.1:5001/hvhv-base-{id}:1");
    let tag = format!("hvhv-breg-{id}:t");
    let _images = Images::new(vec![base.clone(), tag.clone()]);
    let (user, password) = registry_credentials();
    let config = tempfile::tempdir().unwrap();
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    std::fs::write(
        config.path().join("config.json"),
        format!(r#"{{"auths":{{"127.0.0.1:5001":{{"auth":"{auth}"}},"127.0.0.1:5000":{{}}}}}}"#),
    )
    .unwrap();
    // The base image lives only in the registry.
    ok(&["tag", IMAGE, &base]);
    let pushed = output(
        {
            let mut c = hvdock(&["push", "-q", &base]);
            c.env("DOCKER_CONFIG", config.path());
            c
        },
        None,
    );
    assert_eq!(pushed.code, 0, "{}", pushed.stderr);
    let dir = tempfile::tempdir().unwrap();
    context(
        dir.path(),
        &format!("FROM {base}\nLABEL io.hvdock.test=hvhv\n"),
    );
    let ctx = dir.path().to_str().unwrap();
    let args = ["build", "--pull", "-q", "-t", &tag, ctx];
    let proxy = Proxy::start(SOCKET);
    let mut runs = Vec::new();
    for ours in [true, false] {
        api("DELETE", &format!("/images/{}", urlencode(&base)), None);
        runs.push(through(&proxy, config.path(), ours, &args));
    }
    assert_eq!(runs[0].code, 0, "{}", runs[0].stderr);
    assert_same(&format!("{args:?}"), &runs[0], &runs[1]);
    let seen = build_requests(&proxy);
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert_eq!(seen[0], seen[1], "hvdock's request, then docker's");
    let header = seen[0].1.clone().expect("X-Registry-Config");
    let sent = base64::engine::general_purpose::URL_SAFE
        .decode(&header)
        .expect("base64url");
    let sent: serde_json::Value = serde_json::from_slice(&sent).unwrap();
    assert_eq!(sent["127.0.0.1:5001"]["username"], user.as_str());
}

/// Serves `body` at any path on 127.0.0.1 (`/missing` is a 404) until dropped; the address.
fn serve(body: Vec<u8>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            let mut conn = conn;
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && conn.read(&mut byte).unwrap_or(0) == 1 {
                head.push(byte[0]);
            }
            let missing = String::from_utf8_lossy(&head).starts_with("GET /missing");
            let answer: &[u8] = if missing { b"not here" } else { &body };
            let status = if missing { "404 Not Found" } else { "200 OK" };
            let _ = write!(
                conn,
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                answer.len()
            );
            let _ = conn.write_all(answer);
        }
    });
    format!("http://{addr}")
}

#[test]
fn import_from_a_url_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let mut tarball = tar::Builder::new(Vec::new());
    let mut header = tar::Header::new_gnu();
    header.set_size(3);
    header.set_mode(0o644);
    header.set_cksum();
    tarball
        .append_data(&mut header, "hello.txt", &b"hi\n"[..])
        .unwrap();
    let url = serve(tarball.into_inner().unwrap());
    let id = std::process::id();
    let tag = format!("hvhv-imp-{id}:t");
    let images = Images::new(vec![tag.clone()]);
    let tarball_url = format!("{url}/rootfs.tar");
    let cases: Vec<Vec<String>> = vec![
        vec!["import".into(), tarball_url.clone(), tag.clone()],
        vec![
            "import".into(),
            "-c".into(),
            "CMD [\"/hello.txt\"]".into(),
            "-m".into(),
            "from the web".into(),
            tarball_url.clone(),
            tag.clone(),
        ],
        vec!["import".into(), tarball_url.clone()],
        vec!["import".into(), format!("{url}/missing"), tag.clone()],
    ];
    for case in &cases {
        let args: Vec<&str> = case.iter().map(String::as_str).collect();
        let mut runs = [run(&args), output(reference(&args), None)];
        for r in runs.iter_mut() {
            blur_ids(r, &images);
        }
        assert_same(&format!("{args:?}"), &runs[0], &runs[1]);
    }
    let info = ok(&[
        "image",
        "inspect",
        "-f",
        "{{.Comment}} {{json .Config.Cmd}}",
        &tag,
    ]);
    assert_eq!(info, "from the web [\"/hello.txt\"]\n");
}
