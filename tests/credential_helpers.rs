//! Issue 19: credential helpers (`credsStore`, `credHelpers`) as docker 28 uses them, each
//! compared with the reference client on the same daemon.
//!
//! A tiny helper (`docker-credential-hvfm`, and the same script as `docker-credential-hvfmh`)
//! is put on PATH for both clients: it answers `list`/`get`/`store`/`erase` from a directory of
//! its own and records every call (verb and the exact bytes on its stdin).
//!
//! - `build`'s `X-Registry-Config`: docker asks the default helper for its `list`, `get`s each
//!   registry listed, then asks each `credHelpers` registry's helper; the decoded header (Go's
//!   `json.Marshal`: keys sorted, `<`, `>`, `&`, U+2028 escaped) and the set of helper calls are
//!   the same for both clients.
//! - `login`, `pull`, `logout` against the htpasswd registry: the same helper calls in the same
//!   order (the `store` input byte for byte, as Go's `json.Encoder` writes it; `logout` erases
//!   the address, its host and the host with `http://` and `https://`), the same credentials
//!   in config.json afterwards, the same output.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use common::proxy::Proxy;
use common::*;

/// The helper: `$0`'s name picks its store (`$HVFM_HELPERS/<name>/`, one file per server
/// holding the `get` answer, a `.url` and `.user` beside it); every call is appended to
/// `$HVFM_HELPERS/calls` as `name verb:<stdin>|`.
const HELPER: &str = r#"#!/bin/sh
name=$(basename "$0")
dir="$HVFM_HELPERS/$name"
mkdir -p "$dir"
input=$(cat; echo x)
input=${input%x}
printf '%s %s:%s|\n' "$name" "$1" "$input" >> "$HVFM_HELPERS/calls"
key() { printf '%s' "$1" | sha256sum | cut -c1-16; }
case "$1" in
  list)
    out='{'; sep=''
    for u in "$dir"/*.url; do
      [ -f "$u" ] || continue
      k=${u%.url}
      out="$out$sep\"$(cat "$u")\":\"$(cat "$k.user")\""; sep=','
    done
    printf '%s}\n' "$out" ;;
  get)
    k="$dir/$(key "$input")"
    if [ -f "$k" ]; then cat "$k"; else echo "credentials not found in native keychain"; exit 1; fi ;;
  store)
    url=$(printf '%s' "$input" | sed 's/.*"ServerURL":"\([^"]*\)".*/\1/')
    user=$(printf '%s' "$input" | sed 's/.*"Username":"\([^"]*\)".*/\1/')
    k="$dir/$(key "$url")"
    printf '%s' "$input" > "$k"; printf '%s' "$url" > "$k.url"; printf '%s' "$user" > "$k.user" ;;
  erase)
    k="$dir/$(key "$input")"
    rm -f "$k" "$k.url" "$k.user" ;;
  *) exit 1 ;;
esac
"#;

/// A bin directory with the helper as `docker-credential-hvfm` and `-hvfmh`, and a state
/// directory for their stores and the call log.
struct Helpers {
    bin: tempfile::TempDir,
    state: tempfile::TempDir,
}

impl Helpers {
    fn new() -> Helpers {
        let bin = tempfile::tempdir().unwrap();
        for name in ["hvfm", "hvfmh"] {
            let path = bin.path().join(format!("docker-credential-{name}"));
            std::fs::write(&path, HELPER).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        Helpers {
            bin,
            state: tempfile::tempdir().unwrap(),
        }
    }

    /// Puts a credential into helper `name`'s store, as its `get` answers it.
    fn preload(&self, name: &str, url: &str, user: &str, secret: &str) {
        let dir = self.state.path().join(format!("docker-credential-{name}"));
        std::fs::create_dir_all(&dir).unwrap();
        let key = {
            use sha2::Digest;
            let sum = sha2::Sha256::digest(url.as_bytes());
            sum.iter().map(|b| format!("{b:02x}")).collect::<String>()[..16].to_string()
        };
        let answer = serde_json::json!({"ServerURL": url, "Username": user, "Secret": secret});
        std::fs::write(dir.join(&key), answer.to_string()).unwrap();
        std::fs::write(dir.join(format!("{key}.url")), url).unwrap();
        std::fs::write(dir.join(format!("{key}.user")), user).unwrap();
    }

    /// The calls recorded so far (and forgets them).
    fn take_calls(&self) -> Vec<String> {
        let path = self.state.path().join("calls");
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let _ = std::fs::remove_file(&path);
        text.split("|\n")
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// `args` by hvdock (`ours`) or docker with the helpers on PATH and `config` as
    /// DOCKER_CONFIG.
    fn run(&self, config: &Path, ours: bool, args: &[&str], stdin: Option<&[u8]>) -> Run {
        let mut cmd = if ours { hvdock(args) } else { reference(args) };
        let path = format!(
            "{}:{}",
            self.bin.path().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        cmd.env("DOCKER_CONFIG", config)
            .env("PATH", path)
            .env("HVFM_HELPERS", self.state.path())
            .env_remove("DOCKER_BUILDKIT");
        output(cmd, stdin)
    }
}

/// Two copies of the same config.json (one per client).
fn configs(text: &str) -> [tempfile::TempDir; 2] {
    [0, 1].map(|_| {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("config.json"), text).unwrap();
        d
    })
}

/// The decoded `X-Registry-Config` of each `POST .../build` the proxy saw, in order.
fn registry_configs(proxy: &Proxy) -> Vec<String> {
    let raw = String::from_utf8_lossy(&proxy.raw()).into_owned();
    raw.split("POST /v")
        .skip(1)
        .filter(|head| {
            head.split("\r\n")
                .next()
                .is_some_and(|l| l.contains("/build?"))
        })
        .map(|head| {
            let value =
                common::proxy::header_of(head, "x-registry-config").expect("X-Registry-Config");
            let bytes = base64::engine::general_purpose::URL_SAFE
                .decode(value)
                .expect("base64url");
            String::from_utf8(bytes).unwrap()
        })
        .collect()
}

#[test]
fn build_sends_every_helpers_credentials_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let helpers = Helpers::new();
    helpers.preload("hvfm", "helper-only.example", "u<&>", "p<>&\u{2028}x");
    helpers.preload("hvfm", "tokens.example", "<token>", "tok&en");
    helpers.preload("hvfm", "listed-in-file.example", "lu", "lp");
    helpers.preload("hvfmh", "per-registry.example", "pu", "pp>");
    let auth = base64::engine::general_purpose::STANDARD.encode("fu:fp");
    let config = format!(
        r#"{{"auths":{{"listed-in-file.example":{{"email":"e<@>x"}},"file-only.example":{{"auth":"{auth}"}}}},
            "credsStore":"hvfm",
            "credHelpers":{{"per-registry.example":"hvfmh","unknown.example":"hvfmh"}}}}"#
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("Dockerfile"), format!("FROM {IMAGE}\n")).unwrap();
    let ctx = dir.path().to_str().unwrap();
    let proxy = Proxy::start(SOCKET);
    let host = proxy.host();
    let args = ["-H", host.as_str(), "build", "-q", ctx];
    let cfgs = configs(&config);
    let ours = helpers.run(cfgs[0].path(), true, &args, None);
    let mut our_calls = helpers.take_calls();
    let theirs = helpers.run(cfgs[1].path(), false, &args, None);
    let mut their_calls = helpers.take_calls();
    assert_eq!(ours.code, 0, "{}", ours.stderr);
    assert_same("build with helpers", &ours, &theirs);
    let sent = registry_configs(&proxy);
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(
        sent[0], sent[1],
        "hvdock's X-Registry-Config, then docker's"
    );
    assert!(
        sent[0].contains(r#""username":"u\u003c\u0026\u003e""#),
        "{}",
        sent[0]
    );
    assert!(!sent[0].contains("file-only"), "{}", sent[0]);
    // Go iterates the listed registries in random order: compare the calls as sets.
    our_calls.sort();
    their_calls.sort();
    assert_eq!(our_calls, their_calls);
    assert!(our_calls
        .iter()
        .any(|c| c == "docker-credential-hvfm list:unused"));

    // Without a credsStore every `auths` entry is sent from the file, helpers on top.
    let config = format!(
        r#"{{"auths":{{"a.example":{{"auth":"{auth}","email":"m&e"}},"b.example":{{}}}},
            "credHelpers":{{"per-registry.example":"hvfmh"}}}}"#
    );
    let cfgs = configs(&config);
    helpers.run(cfgs[0].path(), true, &args, None);
    helpers.run(cfgs[1].path(), false, &args, None);
    let sent = registry_configs(&proxy);
    assert_eq!(sent.len(), 4, "{sent:?}");
    assert_eq!(
        sent[2], sent[3],
        "hvdock's X-Registry-Config, then docker's"
    );
    assert!(sent[2].contains("m\\u0026e"), "{}", sent[2]);
}

#[test]
fn login_pull_logout_call_the_helper_as_docker() {
    if !require(Need::Docker | Need::Registry) {
        return;
    }
    const REGISTRY: &str = "127.0.0.1:5001";
    let (user, password) = registry_credentials();
    let image = format!("{REGISTRY}/hvfm-helper-{}:1", std::process::id());
    let _images = Images::new(vec![image.clone()]);
    ok(&["tag", IMAGE, &image]);
    let mut steps: Vec<(Vec<String>, Option<Vec<u8>>)> = vec![
        (
            vec![
                "login".into(),
                "-u".into(),
                user.clone(),
                "--password-stdin".into(),
                REGISTRY.into(),
            ],
            Some(format!("{password}\n").into_bytes()),
        ),
        (vec!["push".into(), "-q".into(), image.clone()], None),
        (vec!["pull".into(), "-q".into(), image.clone()], None),
        (vec!["logout".into(), REGISTRY.into()], None),
        (vec!["logout".into(), REGISTRY.into()], None),
    ];
    for (config, second) in [
        (r#"{"credsStore":"hvfm","other":1}"#, "hvfm"),
        (r#"{"credHelpers":{"127.0.0.1:5001":"hvfmh"}}"#, "hvfmh"),
    ] {
        let mut seen: Vec<Vec<(Run, Vec<String>)>> = Vec::new();
        let cfgs = configs(config);
        for ours in [true, false] {
            let helpers = Helpers::new();
            let cfg: PathBuf = cfgs[usize::from(!ours)].path().to_path_buf();
            let runs = steps
                .iter_mut()
                .map(|(args, stdin)| {
                    let args: Vec<&str> = args.iter().map(String::as_str).collect();
                    let r = helpers.run(&cfg, ours, &args, stdin.as_deref());
                    (r, helpers.take_calls())
                })
                .collect();
            seen.push(runs);
        }
        for (i, ((ours, our_calls), (theirs, their_calls))) in
            seen[0].iter().zip(&seen[1]).enumerate()
        {
            let what = format!("{config}: {:?}", steps[i].0);
            assert_same(&what, ours, theirs);
            assert_eq!(our_calls, their_calls, "{what}");
        }
        assert_eq!(seen[0][0].0.code, 0, "{}", seen[0][0].0.stderr);
        assert!(
            seen[0][0]
                .1
                .iter()
                .any(|c| c.starts_with(&format!("docker-credential-{second} store:"))),
            "{:?}",
            seen[0][0].1
        );
        // What docker keeps of config.json (it also drops keys it does not know, and writes
        // its own layout: hvdock keeps them).
        let kept: Vec<Vec<serde_json::Value>> = cfgs
            .iter()
            .map(|d| {
                let text = std::fs::read_to_string(d.path().join("config.json")).unwrap();
                let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                ["auths", "credsStore", "credHelpers"]
                    .map(|k| v[k].clone())
                    .to_vec()
            })
            .collect();
        assert_eq!(kept[0], kept[1], "{config}: config.json afterwards");
    }
}
