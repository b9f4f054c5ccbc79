//! `manifest inspect` against a registry that wants a Bearer token (the local registries only
//! speak Basic or nothing) and that serves OCI manifests and an OCI index: a small registry
//! written here, on loopback, that answers TLS hellos with plain HTTP (as an http-only
//! registry does), hands out a token only for the stored credentials, and serves manifests only
//! with that token. hvdock and the reference client are compared on it exactly.

mod common;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use base64::Engine as _;
use common::{assert_same, docker, hvdock, output};
use sha2::{Digest, Sha256};

const TOKEN: &str = "fake-token-1";
const USER: &str = "tok-user";
const PASSWORD: &str = "tok-password";

fn digest(b: &[u8]) -> String {
    let hex: String = Sha256::digest(b)
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect();
    format!("sha256:{hex}")
}

/// What the fake registry serves: path → (content type, body).
fn content() -> HashMap<String, (String, Vec<u8>)> {
    let config = br#"{"architecture":"arm64","os":"linux","variant":"v8","rootfs":{"type":"layers","diff_ids":[]}}"#.to_vec();
    let cd = digest(&config);
    let v2 = format!(
        "{{\n   \"schemaVersion\": 2,\n   \"mediaType\": \"application/vnd.docker.distribution.manifest.v2+json\",\n   \"config\": {{\n      \"mediaType\": \"application/vnd.docker.container.image.v1+json\",\n      \"size\": {},\n      \"digest\": \"{cd}\"\n   }},\n   \"layers\": []\n}}",
        config.len()
    )
    .into_bytes();
    let oci = format!(
        "{{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":{{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"{cd}\",\"size\":{}}},\"layers\":[],\"annotations\":{{\"note\":\"a<b&c>d\"}}}}",
        config.len()
    )
    .into_bytes();
    let index = format!(
        "{{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[{{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"{}\",\"size\":{},\"platform\":{{\"architecture\":\"arm64\",\"os\":\"linux\",\"variant\":\"v8\"}}}}]}}",
        digest(&oci),
        oci.len()
    )
    .into_bytes();
    let mut m = HashMap::new();
    let repo = "/v2/team/app";
    let v2_type = "application/vnd.docker.distribution.manifest.v2+json";
    let oci_type = "application/vnd.oci.image.manifest.v1+json";
    let index_type = "application/vnd.oci.image.index.v1+json";
    for (tag, t, body) in [
        ("v2", v2_type, &v2),
        ("oci", oci_type, &oci),
        ("index", index_type, &index),
    ] {
        m.insert(
            format!("{repo}/manifests/{tag}"),
            (t.to_string(), body.clone()),
        );
        m.insert(
            format!("{repo}/manifests/{}", digest(body)),
            (t.to_string(), body.clone()),
        );
    }
    m.insert(
        format!("{repo}/blobs/{cd}"),
        ("application/octet-stream".into(), config),
    );
    m
}

struct Fake {
    port: u16,
    tokens_issued: Arc<AtomicUsize>,
}

fn answer(s: &mut TcpStream, status: &str, headers: &[(&str, String)], body: &[u8]) {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\nDocker-Distribution-Api-Version: registry/2.0\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = s.write_all(head.as_bytes());
    let _ = s.write_all(body);
}

fn serve(
    mut s: TcpStream,
    port: u16,
    files: &HashMap<String, (String, Vec<u8>)>,
    issued: &AtomicUsize,
) {
    let mut first = [0u8; 1];
    if s.peek(&mut first).is_err() {
        return;
    }
    if first[0] == 0x16 {
        // A TLS hello: answer as an http-only server does.
        answer(
            &mut s,
            "400 Bad Request",
            &[],
            b"Client sent an HTTP request to an HTTPS server.\n",
        );
        return;
    }
    let mut reader = BufReader::new(s.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let target = line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut auth = String::new();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" {
            break;
        }
        let (k, v) = h.split_once(':').unwrap_or((&h, ""));
        match k.to_ascii_lowercase().as_str() {
            "authorization" => auth = v.trim().to_string(),
            "content-length" => length = v.trim().parse().unwrap_or(0),
            _ => {}
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    if path == "/token" {
        let basic = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"));
        if auth == format!("Basic {basic}")
            && query.contains("scope=repository%3Ateam%2Fapp%3Apull")
        {
            issued.fetch_add(1, Ordering::SeqCst);
            let json = format!("{{\"token\":\"{TOKEN}\"}}");
            answer(
                &mut s,
                "200 OK",
                &[("Content-Type", "application/json".into())],
                json.as_bytes(),
            );
        } else {
            answer(
                &mut s,
                "401 Unauthorized",
                &[],
                b"{\"details\":\"bad credentials\"}",
            );
        }
        return;
    }
    if auth != format!("Bearer {TOKEN}") {
        let challenge = format!("Bearer realm=\"http://127.0.0.1:{port}/token\",service=\"fake\"");
        answer(
            &mut s,
            "401 Unauthorized",
            &[("WWW-Authenticate", challenge), ("Content-Type", "application/json".into())],
            br#"{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}"#,
        );
        return;
    }
    if path == "/v2/" {
        answer(&mut s, "200 OK", &[], b"{}");
        return;
    }
    match files.get(path) {
        Some((t, b)) => answer(
            &mut s,
            "200 OK",
            &[
                ("Content-Type", t.clone()),
                ("Docker-Content-Digest", digest(b)),
            ],
            b,
        ),
        None => answer(
            &mut s,
            "404 Not Found",
            &[("Content-Type", "application/json".into())],
            br#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{}}]}"#,
        ),
    }
}

impl Fake {
    fn start() -> Fake {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let issued = Arc::new(AtomicUsize::new(0));
        let counter = issued.clone();
        let files = Arc::new(content());
        // Serves until the test process ends (the listener lives in this thread).
        std::thread::spawn(move || {
            for s in listener.incoming().flatten() {
                let files = files.clone();
                let counter = counter.clone();
                std::thread::spawn(move || serve(s, port, &files, &counter));
            }
        });
        Fake {
            port,
            tokens_issued: issued,
        }
    }
}

/// Both clients with the same config directory (it is only read).
fn both(config: &std::path::Path, args: &[&str]) -> Option<common::Run> {
    let mut ours = hvdock(args);
    ours.env("DOCKER_CONFIG", config);
    let mine = output(ours, None);
    let mut theirs = docker(args)?;
    theirs.env("DOCKER_CONFIG", config);
    assert_same(&format!("{args:?}"), &mine, &output(theirs, None));
    Some(mine)
}

#[test]
fn bearer_token_registry_and_oci_manifests_match_docker() {
    let fake = Fake::start();
    let host = format!("127.0.0.1:{}", fake.port);
    let cfg = tempfile::tempdir().unwrap();
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"));
    std::fs::write(
        cfg.path().join("config.json"),
        format!("{{\"auths\":{{\"{host}\":{{\"auth\":\"{basic}\"}}}}}}"),
    )
    .unwrap();
    for tag in ["v2", "oci", "index"] {
        let name = format!("{host}/team/app:{tag}");
        for verbose in [false, true] {
            let mut args = vec!["manifest", "inspect", "--insecure"];
            if verbose {
                args.push("-v");
            }
            args.push(&name);
            let Some(r) = both(cfg.path(), &args) else {
                return;
            };
            assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        }
    }
    let shown = both(
        cfg.path(),
        &[
            "manifest",
            "inspect",
            "--insecure",
            "-v",
            &format!("{host}/team/app:oci"),
        ],
    )
    .unwrap();
    assert!(
        shown.stdout.contains("\"variant\": \"v8\""),
        "{}",
        shown.stdout
    );
    assert!(shown.stdout.contains("\\u003c"), "{}", shown.stdout);
    let missing = both(
        cfg.path(),
        &[
            "manifest",
            "inspect",
            "--insecure",
            &format!("{host}/team/app:none"),
        ],
    )
    .unwrap();
    assert_eq!(missing.code, 1);
    // A list made from the OCI manifest is an OCI index (each client in its own config).
    let theirs = tempfile::tempdir().unwrap();
    std::fs::copy(
        cfg.path().join("config.json"),
        theirs.path().join("config.json"),
    )
    .unwrap();
    let list = format!("{host}/team/app:made");
    let oci = format!("{host}/team/app:oci");
    let in_dir = |mut c: std::process::Command, dir: &std::path::Path| {
        c.env("DOCKER_CONFIG", dir);
        output(c, None)
    };
    for args in [
        &["manifest", "create", "--insecure", &list, &oci][..],
        &["manifest", "inspect", &list],
        &["manifest", "inspect", "-v", &list],
    ] {
        let mine = in_dir(hvdock(args), cfg.path());
        let Some(d) = docker(args) else { return };
        assert_same(&format!("{args:?}"), &mine, &in_dir(d, theirs.path()));
        assert_eq!(mine.code, 0, "{args:?}: {}", mine.stderr);
        if args[1] == "inspect" && args.len() == 3 {
            assert!(
                mine.stdout
                    .contains("application/vnd.oci.image.index.v1+json"),
                "{}",
                mine.stdout
            );
        }
    }
    assert!(fake.tokens_issued.load(Ordering::SeqCst) > 0);

    // Wrong credentials: the token endpoint refuses.
    let wrong = tempfile::tempdir().unwrap();
    std::fs::write(
        wrong.path().join("config.json"),
        format!(
            "{{\"auths\":{{\"{host}\":{{\"auth\":\"{}\"}}}}}}",
            base64::engine::general_purpose::STANDARD.encode("x:y")
        ),
    )
    .unwrap();
    let refused = both(
        wrong.path(),
        &[
            "manifest",
            "inspect",
            "--insecure",
            &format!("{host}/team/app:v2"),
        ],
    )
    .unwrap();
    assert_eq!(refused.code, 1);
}
