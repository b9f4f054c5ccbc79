//! Images and registries against the real engine and the local registries that
//! `scripts/provision.sh` starts (127.0.0.1:5000 plain, 127.0.0.1:5001 htpasswd): build → tag →
//! push → rmi → pull (pseudo-terminal and plain, the latter compared with the reference client)
//! → run; login/logout through config.json and a credential helper; differential checks of
//! tag, rmi, history, save/load and import.

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use common::pty::Pty;
use common::{
    docker, hvdock, ok, output, reference, require, run, same, same_stdin, uniq, Images, Need, Run,
    IMAGE,
};

const PLAIN: &str = "127.0.0.1:5000";
const AUTH: &str = "127.0.0.1:5001";
const USER: &str = "hvdock";
const PASSWORD: &str = "hvdock-test-password";

fn with_config(mut c: std::process::Command, dir: &Path) -> std::process::Command {
    c.env("DOCKER_CONFIG", dir);
    c
}

/// A plain pull's output with the interleaving of layers taken out (the daemon downloads them
/// concurrently, so which layer reports first is a race): the lines that name no layer, in
/// order, and each layer's own lines, in order. Nothing else is dropped.
fn pull_summary(text: &str) -> (Vec<String>, BTreeMap<String, Vec<String>>) {
    let mut general = Vec::new();
    let mut layers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for l in text.lines() {
        match l.split_once(": ") {
            Some((id, status)) if id.len() == 12 && id.chars().all(|c| c.is_ascii_hexdigit()) => {
                layers
                    .entry(id.to_string())
                    .or_default()
                    .push(status.to_string());
            }
            _ => general.push(l.to_string()),
        }
    }
    (general, layers)
}

fn build_context(dir: &Path) {
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::create_dir_all(dir.join("secret")).unwrap();
    std::fs::write(
        dir.join("Dockerfile"),
        "FROM hvdock-test/busybox:latest\nCOPY . /ctx/\nRUN find /ctx | sort > /listing.txt\nCMD [\"cat\", \"/listing.txt\"]\n",
    )
    .unwrap();
    std::fs::write(dir.join("keep.txt"), "keep\n").unwrap();
    std::fs::write(dir.join("drop.log"), "drop\n").unwrap();
    std::fs::write(dir.join("sub/nested.log"), "nested\n").unwrap();
    std::fs::write(dir.join("secret/key"), "k\n").unwrap();
    std::fs::write(dir.join(".dockerignore"), "*.log\nsecret\n").unwrap();
}

#[test]
fn build_push_pull_run_round_trip_with_progress() {
    if !require(Need::Registry) {
        return;
    }
    let ctxdir = tempfile::tempdir().unwrap();
    build_context(ctxdir.path());
    let repo = format!("{PLAIN}/{}", uniq("rt"));
    let image = format!("{repo}:1");
    let _cleanup = Images::new(vec![image.clone()]);

    let built = ok(&["build", "-t", &image, ctxdir.path().to_str().unwrap()]);
    assert!(
        built.contains("Step 1/4 : FROM hvdock-test/busybox:latest"),
        "{built}"
    );
    assert!(built.contains(" ---> "), "{built}");
    assert!(built.contains("Successfully built "), "{built}");
    assert!(
        built.contains(&format!("Successfully tagged {image}")),
        "{built}"
    );
    let listing = ok(&["run", "--rm", &image]);
    // .dockerignore with docker's rules: `*.log` only at the root, `secret` and below.
    assert!(listing.contains("/ctx/keep.txt"), "{listing}");
    assert!(listing.contains("/ctx/sub/nested.log"), "{listing}");
    assert!(!listing.contains("/ctx/drop.log"), "{listing}");
    assert!(!listing.contains("secret"), "{listing}");

    // Push on a terminal: per-layer lines, then the digest line.
    let mut pty = Pty::spawn(hvdock(&["push", &image]), 40, 120);
    let screen = pty.expect("digest: sha256:", Duration::from_secs(60));
    assert!(
        screen.contains(&format!("The push refers to repository [{repo}]")),
        "{screen}"
    );
    assert!(
        screen.contains("Pushed") || screen.contains("Mounted from"),
        "{screen}"
    );
    assert_eq!(pty.wait(Duration::from_secs(30)), Some(0));

    ok(&["rmi", &image]);
    // Pull on a terminal: the base layer already exists, the built ones are pulled.
    let mut pty = Pty::spawn(hvdock(&["pull", &image]), 40, 120);
    let screen = pty.expect(
        &format!("Status: Downloaded newer image for {image}"),
        Duration::from_secs(60),
    );
    assert!(screen.contains("1: Pulling from"), "{screen}");
    assert!(screen.contains("Already exists"), "{screen}");
    assert!(screen.contains("Pull complete"), "{screen}");
    assert!(screen.contains("Digest: sha256:"), "{screen}");
    assert_eq!(pty.wait(Duration::from_secs(30)), Some(0));

    // Plain mode: docker's lines, no escape codes; compared with the reference client.
    ok(&["rmi", &image]);
    let mine = run(&["pull", &image]);
    assert_eq!(mine.code, 0, "{}", mine.stderr);
    assert!(
        !mine.stdout.contains('\x1b'),
        "escape codes in plain output: {:?}",
        mine.stdout
    );
    let (general, layers) = pull_summary(&mine.stdout);
    assert_eq!(
        general[0],
        format!(
            "1: Pulling from {}",
            repo.trim_start_matches(&format!("{PLAIN}/"))
        )
    );
    assert!(
        layers
            .values()
            .any(|s| s.last().map(String::as_str) == Some("Pull complete")),
        "{}",
        mine.stdout
    );
    assert!(
        general
            .iter()
            .any(|l| l.starts_with("Status: Downloaded newer image for")),
        "{general:?}"
    );
    if let Some(d) = docker(&["rmi", &image]) {
        assert_eq!(output(d, None).code, 0);
        let theirs = output(reference(&["pull", &image]), None);
        // The daemon's transfer watcher hands a client only the latest progress of a layer, so
        // its passing statuses ("Waiting", "Verifying Checksum", each followed at once by the
        // next) reach one pull and not another: daemon output, not the client's. Every other
        // line, and each layer's order of statuses, is compared exactly.
        let passing = |(g, mut l): (Vec<String>, BTreeMap<String, Vec<String>>)| {
            for statuses in l.values_mut() {
                statuses.retain(|s| s != "Verifying Checksum" && s != "Waiting");
            }
            (g, l)
        };
        assert_eq!(
            (
                theirs.code,
                passing(pull_summary(&theirs.stdout)),
                theirs.stderr
            ),
            (mine.code, passing((general, layers)), mine.stderr),
            "docker's pull, hvdock's"
        );
    }
    // And it runs.
    assert!(ok(&["run", "--rm", &image]).contains("/ctx/keep.txt"));

    // Quiet pull of an image present: just the reference.
    assert_eq!(ok(&["pull", "-q", &image]), format!("{image}\n"));
    let bad = run(&["pull", "-a", &image]);
    assert_eq!(
        (bad.code, bad.stderr.trim()),
        (1, "tag can't be used with --all-tags/-a")
    );
}

fn login(config: &Path, password: &str) -> Run {
    output(
        with_config(
            hvdock(&["login", "-u", USER, "--password-stdin", AUTH]),
            config,
        ),
        Some(format!("{password}\n").as_bytes()),
    )
}

/// Pushes a fresh tag to the htpasswd registry with the given config directory.
fn push_auth(config: &Path, image: &str) -> Run {
    output(with_config(hvdock(&["push", "-q", image]), config), None)
}

#[test]
fn login_logout_round_trip_through_config_file() {
    if !require(Need::Registry) {
        return;
    }
    let cfg = tempfile::tempdir().unwrap();
    std::fs::write(
        cfg.path().join("config.json"),
        r#"{"detachKeys":"ctrl-x,x","custom":{"keep":[1,2]}}"#,
    )
    .unwrap();
    let image = format!("{AUTH}/{}:1", uniq("auth"));
    let _cleanup = Images::new(vec![image.clone()]);
    ok(&["tag", IMAGE, &image]);

    // Without credentials the registry refuses.
    let refused = push_auth(cfg.path(), &image);
    assert_eq!(refused.code, 1, "{}", refused.stdout);
    assert!(
        refused.stderr.contains("no basic auth credentials"),
        "{}",
        refused.stderr
    );

    // -p warns as docker does; the password never shows.
    let r = output(
        with_config(
            hvdock(&["login", "-u", USER, "-p", PASSWORD, AUTH]),
            cfg.path(),
        ),
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "Login Succeeded\n");
    assert!(
        r.stderr.starts_with(
            "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("WARNING! Your credentials are stored unencrypted"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains(PASSWORD) && !r.stdout.contains(PASSWORD));

    let path = cfg.path().join("config.json");
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(v["detachKeys"], "ctrl-x,x");
    assert_eq!(v["custom"]["keep"], serde_json::json!([1, 2]));
    use base64::Engine as _;
    let auth = v["auths"][AUTH]["auth"].as_str().unwrap();
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(auth)
        .unwrap();
    assert_eq!(
        String::from_utf8(decoded).unwrap(),
        format!("{USER}:{PASSWORD}")
    );

    // Push sends the stored credentials.
    let pushed = push_auth(cfg.path(), &image);
    assert_eq!(
        (pushed.code, pushed.stdout.as_str()),
        (0, format!("{image}\n").as_str()),
        "{}",
        pushed.stderr
    );
    // -D shows the request but never the credentials.
    let dbg = output(
        with_config(hvdock(&["-D", "push", "-q", &image]), cfg.path()),
        None,
    );
    assert!(
        dbg.stderr.contains("X-Registry-Auth: <redacted>"),
        "{}",
        dbg.stderr
    );
    assert!(!dbg.stderr.contains(auth) && !dbg.stderr.contains(PASSWORD));

    let out = output(with_config(hvdock(&["logout", AUTH]), cfg.path()), None);
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (
            0,
            format!("Removing login credentials for {AUTH}\n").as_str()
        )
    );
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert!(v["auths"].get(AUTH).is_none(), "{v}");
    assert_eq!(v["detachKeys"], "ctrl-x,x");
    assert_eq!(push_auth(cfg.path(), &image).code, 1);

    // --password-stdin works too.
    let r = login(cfg.path(), PASSWORD);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "Login Succeeded\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn wrong_password_and_flag_errors_fail_like_docker() {
    if !require(Need::Registry) {
        return;
    }
    let cfg = tempfile::tempdir().unwrap();
    let cases: Vec<(Vec<&str>, Option<&[u8]>)> = vec![
        (
            vec!["login", "-u", USER, "--password-stdin", AUTH],
            Some(b"wrong\n"),
        ),
        (
            vec!["login", "-u", USER, "-p", "x", "--password-stdin", AUTH],
            Some(b""),
        ),
        (vec!["login", "--password-stdin", AUTH], Some(b"")),
        (vec!["login", AUTH], None),
    ];
    for (args, input) in cases {
        let mine = output(with_config(hvdock(&args), cfg.path()), input);
        assert_eq!(mine.code, 1, "{args:?}: {}", mine.stderr);
        assert!(!std::fs::read_to_string(cfg.path().join("config.json"))
            .unwrap_or_default()
            .contains("auth\""));
        if let Some(d) = docker(&args) {
            let theirs = output(with_config(d, cfg.path()), input);
            assert_eq!(
                (mine.code, mine.stdout.as_str(), mine.stderr.as_str()),
                (theirs.code, theirs.stdout.as_str(), theirs.stderr.as_str()),
                "{args:?}"
            );
        }
    }
    let wrong = login(cfg.path(), "wrong");
    assert_eq!(
        wrong.stderr.trim(),
        format!("Error response from daemon: login attempt to http://{AUTH}/v2/ failed with status: 401 Unauthorized")
    );
}

const HELPER: &str = r#"#!/bin/sh
# A tiny docker-credential-helper: one credential, kept in $HVTEST_STORE.
case "$1" in
  store) cat > "$HVTEST_STORE" ;;
  get)
    read -r url
    if [ -f "$HVTEST_STORE" ] && grep -q "\"ServerURL\":\"$url\"" "$HVTEST_STORE"; then
      cat "$HVTEST_STORE"
    else
      echo "credentials not found in native keychain"; exit 1
    fi ;;
  erase) read -r url; echo "$url" >> "$HVTEST_STORE.erased"; rm -f "$HVTEST_STORE" ;;
  list) echo '{}' ;;
  *) exit 1 ;;
esac
"#;

#[test]
fn login_logout_round_trip_through_credential_helper() {
    if !require(Need::Registry) {
        return;
    }
    let cfg = tempfile::tempdir().unwrap();
    let bin = tempfile::tempdir().unwrap();
    let helper = bin.path().join("docker-credential-hvtest");
    std::fs::write(&helper, HELPER).unwrap();
    std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let store = cfg.path().join("helper-store.json");
    std::fs::write(
        cfg.path().join("config.json"),
        r#"{"credsStore":"hvtest","other":true}"#,
    )
    .unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let cmd = |args: &[&str]| {
        let mut c = with_config(hvdock(args), cfg.path());
        c.env("PATH", &path).env("HVTEST_STORE", &store);
        c
    };
    let image = format!("{AUTH}/{}:1", uniq("helper"));
    let _cleanup = Images::new(vec![image.clone()]);
    ok(&["tag", IMAGE, &image]);

    let r = output(
        cmd(&["login", "-u", USER, "--password-stdin", AUTH]),
        Some(format!("{PASSWORD}\n").as_bytes()),
    );
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "Login Succeeded\n"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("unencrypted"), "{}", r.stderr);
    let kept: serde_json::Value = serde_json::from_slice(&std::fs::read(&store).unwrap()).unwrap();
    assert_eq!(
        kept,
        serde_json::json!({"ServerURL": AUTH, "Username": USER, "Secret": PASSWORD})
    );
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(cfg.path().join("config.json")).unwrap()).unwrap();
    assert_eq!(v["auths"][AUTH], serde_json::json!({}));
    assert_eq!(v["other"], true);
    assert!(!v.to_string().contains(PASSWORD));

    // Push and pull get the secret from the helper.
    let pushed = output(cmd(&["push", "-q", &image]), None);
    assert_eq!(pushed.code, 0, "{}", pushed.stderr);
    let pulled = output(cmd(&["pull", "-q", &image]), None);
    assert_eq!(
        (pulled.code, pulled.stdout.as_str()),
        (0, format!("{image}\n").as_str()),
        "{}",
        pulled.stderr
    );

    let out = output(cmd(&["logout", AUTH]), None);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!store.exists());
    // As docker: the address, its host, then the host with http:// and https://.
    assert_eq!(
        std::fs::read_to_string(cfg.path().join("helper-store.json.erased")).unwrap(),
        format!("{AUTH}\n{AUTH}\nhttp://{AUTH}\nhttps://{AUTH}\n")
    );
    assert_eq!(output(cmd(&["push", "-q", &image]), None).code, 1);
}

#[test]
fn tag_rmi_and_history_match_docker() {
    let name = uniq("tag");
    let (a, b) = (format!("{name}:a"), format!("{name}:b"));
    let _cleanup = Images::new(vec![a.clone(), b.clone()]);
    assert_eq!(ok(&["tag", IMAGE, &a]), "");
    let listed = ok(&["images", "--format", "{{.Repository}}:{{.Tag}}", &name]);
    assert_eq!(listed, format!("{a}\n"));
    if docker(&[]).is_some() {
        // Mutating verbs: each client does the whole tag-then-remove sequence.
        let seq = |docker_client: bool| -> Vec<(i32, String, String)> {
            [vec!["tag", IMAGE, b.as_str()], vec!["rmi", b.as_str()]]
                .iter()
                .map(|args| {
                    let r = match docker_client {
                        true => output(docker(args).unwrap(), None),
                        false => run(args),
                    };
                    (r.code, r.stdout, r.stderr)
                })
                .collect()
        };
        let mine = seq(false);
        assert_eq!(mine[1], (0, format!("Untagged: {b}\n"), String::new()));
        assert_eq!(mine, seq(true));
        same(&["tag", &format!("{name}-missing"), &b]);
        same(&[
            "rmi",
            &format!("{name}-missing"),
            &format!("{name}-missing2"),
        ]);
        same(&[
            "history",
            "--format",
            "{{.ID}}|{{.CreatedBy}}|{{.Size}}|{{.Comment}}",
            IMAGE,
        ]);
        same(&[
            "history",
            "--no-trunc",
            "--format",
            "{{.ID}} {{.CreatedBy}}",
            IMAGE,
        ]);
        same(&[
            "history",
            "-H=false",
            "--format",
            "{{.Size}} {{.CreatedAt}}",
            IMAGE,
        ]);
        same(&["history", "-q", IMAGE]);
        same(&["history", "--format", "{{json .}}", IMAGE]);
        same(&["history", "--format", "table {{.ID}}\t{{.Size}}", IMAGE]);
        same(&["history", &format!("{name}-missing")]);
        same(&["history", "--format", "{{.Tags}}", IMAGE]);
    }
    let r = run(&["rmi", &a]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, format!("Untagged: {a}\n").as_str())
    );
    let r = run(&["rmi", &a]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr.trim(),
        format!("Error response from daemon: No such image: {a}")
    );
}

#[test]
fn save_load_and_import_match_docker() {
    let name = uniq("load");
    let tagged = format!("{name}:saved");
    let imported = format!("{name}:imported");
    let _cleanup = Images::new(vec![tagged.clone(), imported.clone()]);
    ok(&["tag", IMAGE, &tagged]);
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("img.tar");
    ok(&["save", "-o", archive.to_str().unwrap(), &tagged]);
    assert!(std::fs::metadata(&archive).unwrap().len() > 1024);
    ok(&["rmi", &tagged]);
    let loaded = ok(&["load", "-i", archive.to_str().unwrap()]);
    assert_eq!(loaded, format!("Loaded image: {tagged}\n"));
    let fmt = [
        "images",
        "--format",
        "{{.Repository}} {{.Tag}} {{.ID}}",
        &name,
    ];
    let after_load = ok(&fmt);
    if let Some(d) = docker(&["rmi", &tagged]) {
        output(d, None);
        let theirs = output(reference(&["load", "-i", archive.to_str().unwrap()]), None);
        assert_eq!(
            (theirs.code, theirs.stdout.as_str(), theirs.stderr.as_str()),
            (0, loaded.as_str(), "")
        );
        assert_eq!(output(reference(&fmt), None).stdout, after_load);
    }
    // load -q from stdin, both clients on the same present image.
    let bytes = std::fs::read(&archive).unwrap();
    let q = same_stdin(&["load", "-q"], &bytes);
    assert_eq!(
        (q.code, q.stdout.as_str()),
        (0, format!("Loaded image: {tagged}\n").as_str()),
        "{}",
        q.stderr
    );

    // import from stdin with changes and a message.
    let root = dir.path().join("root");
    std::fs::create_dir_all(root.join("etc")).unwrap();
    std::fs::write(root.join("etc/hello"), "hi\n").unwrap();
    let tar = std::process::Command::new("tar")
        .args(["-C", root.to_str().unwrap(), "-c", "."])
        .output()
        .unwrap()
        .stdout;
    let r = output(
        hvdock(&[
            "import",
            "-c",
            "ENV A=1",
            "--change",
            "CMD [\"/x\"]",
            "-m",
            "hello",
            "-",
            &imported,
        ]),
        Some(&tar),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The second import below takes the tag: this first image would be left dangling.
    _cleanup.also(&r.stdout);
    assert!(
        r.stdout.starts_with("sha256:") && r.stdout.len() == 72,
        "{:?}",
        r.stdout
    );
    let inspect = [
        "image",
        "inspect",
        "--format",
        "{{.Config.Env}} {{.Config.Cmd}} {{.Comment}}",
        &imported,
    ];
    assert_eq!(ok(&inspect), "[A=1] [/x] hello\n");
    let file = dir.path().join("root.tar");
    std::fs::write(&file, &tar).unwrap();
    let again = ok(&["import", file.to_str().unwrap(), &imported]);
    assert!(again.starts_with("sha256:"));
    let missing = run(&["import", "/nonexistent/x.tar"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.contains("no such file or directory"),
        "{}",
        missing.stderr
    );

    // save to a terminal is refused.
    let mut pty = Pty::spawn(hvdock(&["save", &tagged]), 24, 80);
    pty.expect(
        "cowardly refusing to save to a terminal. Use the -o flag or redirect",
        Duration::from_secs(10),
    );
    assert_eq!(pty.wait(Duration::from_secs(10)), Some(1));
}

#[test]
fn image_prune_removes_only_the_dangling_image_it_is_asked_to() {
    // A dangling image made by this test: built, then its tag taken by a second build.
    let name = uniq("prune");
    let tag = format!("{name}:1");
    let _cleanup = Images::new(vec![tag.clone()]);
    let dir = tempfile::tempdir().unwrap();
    let build = |n: u32| {
        std::fs::write(
            dir.path().join("Dockerfile"),
            format!("FROM {IMAGE}\nLABEL io.hvdock.test={name} n={n}\n"),
        )
        .unwrap();
        ok(&["build", "-q", "-t", &tag, dir.path().to_str().unwrap()])
            .trim()
            .to_string()
    };
    let first = build(1);
    let second = build(2);
    assert!(
        first.starts_with("sha256:") && first != second,
        "{first} {second}"
    );
    let r = run(&[
        "image",
        "prune",
        "-f",
        "--filter",
        &format!("label=io.hvdock.test={name}"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!("Deleted Images:\ndeleted: {first}\n\nTotal reclaimed space: 0B\n")
    );
    // The tagged one is still there.
    assert_eq!(
        ok(&["images", "-q", "--no-trunc", &tag]),
        format!("{second}\n")
    );
}
