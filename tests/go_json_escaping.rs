//! Issue 19: Go's `encoding/json` escapes `<`, `>`, `&`, U+2028 and U+2029 (`\u003c` ...) in
//! what it marshals; where docker marshals a value, hvdock sends and prints the same bytes.
//! Each case runs both clients through a recording proxy on the same daemon, or compares their
//! output.
//!
//! - requests: `build`'s `buildargs`/`labels` query values, a listing's `filters`, a create
//!   body (`json.Encoder`: escaped, a trailing newline);
//! - output: `volume inspect` (docker marshals its own struct: escaped, where `docker inspect`
//!   prints the daemon's bytes, not escaped) and `context inspect`; `{{json .}}` is docker's
//!   template function, which does not escape.

mod common;

use common::proxy::Proxy;
use common::*;

/// Characters Go escapes, in a label value.
const TRICKY: &str = "<a&b>\u{2028}\u{2029}";

/// `args` through the proxy by hvdock (`ours`) or docker.
fn through(proxy: &Proxy, ours: bool, args: &[&str]) -> Run {
    let host = proxy.host();
    let mut all = vec!["-H", host.as_str()];
    all.extend_from_slice(args);
    let mut cmd = if ours { hvdock(&all) } else { reference(&all) };
    cmd.env_remove("DOCKER_BUILDKIT");
    output(cmd, None)
}

/// The request lines the proxy saw that contain `what`, in order.
fn lines_with(proxy: &Proxy, what: &str) -> Vec<String> {
    proxy
        .request_lines()
        .into_iter()
        .filter(|l| l.contains(what))
        .collect()
}

#[test]
fn build_query_values_are_escaped_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let images = Images::new(Vec::new());
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Dockerfile"),
        format!("FROM {IMAGE}\nARG A\n"),
    )
    .unwrap();
    let ctx = dir.path().to_str().unwrap();
    let arg = format!("A={TRICKY}");
    let label = format!("{TEST_LABEL}=hvfm-{}{TRICKY}", std::process::id());
    let args = ["build", "-q", "--build-arg", &arg, "--label", &label, ctx];
    let proxy = Proxy::start(SOCKET);
    let runs: Vec<Run> = [true, false]
        .into_iter()
        .map(|ours| through(&proxy, ours, &args))
        .collect();
    for r in &runs {
        if let Some(id) = r
            .stdout
            .split_whitespace()
            .find(|w| w.starts_with("sha256:"))
        {
            images.also(id);
        }
    }
    assert_eq!(runs[0].code, 0, "{}", runs[0].stderr);
    assert_eq!(runs[1].code, 0, "{}", runs[1].stderr);
    let seen = lines_with(&proxy, "/build?");
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert_eq!(seen[0], seen[1], "hvdock's request line, then docker's");
    // `\u003c` url-encoded.
    assert!(
        seen[0].contains("%5Cu003ca%5Cu0026b%5Cu003e%5Cu2028%5Cu2029"),
        "{}",
        seen[0]
    );
}

#[test]
fn listing_filters_are_escaped_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let filter = format!("label=x={TRICKY}");
    let proxy = Proxy::start(SOCKET);
    for args in [
        &["ps", "-a", "-q", "--filter", &filter][..],
        &["volume", "ls", "-q", "--filter", &filter],
        &["network", "ls", "-q", "--filter", &filter],
    ] {
        let ours = through(&proxy, true, args);
        let theirs = through(&proxy, false, args);
        assert_same(&format!("{args:?}"), &ours, &theirs);
    }
    for what in ["/containers/json?", "/volumes?", "/networks?"] {
        let seen = lines_with(&proxy, what);
        assert_eq!(seen.len(), 2, "{what}: {seen:?}");
        assert_eq!(
            seen[0], seen[1],
            "{what}: hvdock's request line, then docker's"
        );
        assert!(seen[0].contains("%5Cu003ca%5Cu0026b"), "{}", seen[0]);
    }
}

/// The body of the first `POST .../containers/create` after `from` in the proxy's log (sent
/// with a Content-Length by both clients).
fn create_body(raw: &[u8], from: usize) -> (Vec<u8>, usize) {
    let text = &raw[from..];
    let at = find(text, b"/containers/create").expect("a create request");
    let head_end = find(&text[at..], b"\r\n\r\n").expect("headers") + at + 4;
    let head = String::from_utf8_lossy(&text[at..head_end]).to_lowercase();
    let len: usize = head
        .split("\r\n")
        .find_map(|h| h.strip_prefix("content-length:"))
        .expect("content-length")
        .trim()
        .parse()
        .unwrap();
    (
        text[head_end..head_end + len].to_vec(),
        from + head_end + len,
    )
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn create_bodies_are_encoded_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let scope = Scope::new("hvfm-esc");
    let proxy = Proxy::start(SOCKET);
    let env = format!("A={TRICKY}");
    let label = scope.label();
    for (ours, suffix) in [(true, "ours"), (false, "theirs")] {
        let name = scope.name(suffix);
        let args = [
            "create", "--name", &name, "--label", &label, "-e", &env, IMAGE, "echo", TRICKY,
        ];
        let r = through(&proxy, ours, &args);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let raw = proxy.raw();
    let (ours, at) = create_body(&raw, 0);
    let (theirs, _) = create_body(&raw, at);
    let part = |body: &[u8], key: &str| -> String {
        let v: serde_json::Value = serde_json::from_slice(body).unwrap();
        assert!(v.get(key).is_some(), "{key}");
        let text = String::from_utf8_lossy(body).into_owned();
        let start = text.find(&format!("\"{key}\":")).unwrap();
        let end = start + text[start..].find(']').unwrap();
        text[start..=end].to_string()
    };
    for key in ["Env", "Cmd"] {
        assert_eq!(part(&ours, key), part(&theirs, key), "{key}");
    }
    assert!(part(&ours, "Env").contains(r"\u003ca\u0026b\u003e\u2028\u2029"));
    assert_eq!(
        ours.last(),
        Some(&b'\n'),
        "json.Encoder ends the body with a newline"
    );
    assert_eq!(theirs.last(), Some(&b'\n'));
}

#[test]
fn volume_and_context_inspect_print_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let volume = format!("hvfm-esc-{}", std::process::id());
    let label = format!("x={TRICKY}");
    ok(&["volume", "create", "--label", &label, &volume]);
    let config = tempfile::tempdir().unwrap();
    let context = "hvfm-esc";
    let description = format!("d{TRICKY}");
    let with_config = |mut c: std::process::Command| {
        c.env("DOCKER_CONFIG", config.path());
        output(c, None)
    };
    let made = with_config(hvdock(&[
        "context",
        "create",
        context,
        "--description",
        &description,
        "--docker",
        "host=unix:///var/run/docker.sock",
    ]));
    assert_eq!(made.code, 0, "{}", made.stderr);
    let cases: Vec<Vec<&str>> = vec![
        vec!["volume", "inspect", &volume],
        vec!["volume", "inspect", "--format", "json", &volume],
        vec!["volume", "inspect", "--format", "{{json .Labels}}", &volume],
        vec!["inspect", "--type", "volume", &volume],
        vec!["context", "inspect", context],
        vec!["context", "inspect", "--format", "json", context],
    ];
    let mut failed = None;
    for args in &cases {
        let ours = with_config(hvdock(args));
        let theirs = with_config(reference(args));
        if ours.stdout != theirs.stdout || ours.code != theirs.code {
            failed = Some(format!("{args:?}:\n{}\n{}", ours.stdout, theirs.stdout));
            break;
        }
    }
    // The metadata file itself is written as docker's store writes it (json.Marshal).
    let meta = std::fs::read_dir(config.path().join("contexts/meta"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path()
        .join("meta.json");
    let text = std::fs::read_to_string(meta).unwrap();
    api("DELETE", &format!("/volumes/{volume}"), None);
    assert_eq!(failed, None);
    assert!(
        text.contains(r"d\u003ca\u0026b\u003e\u2028\u2029"),
        "{text}"
    );
}
