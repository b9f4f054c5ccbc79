//! `trust key load`, `trust signer add|remove`, `trust sign` and `trust revoke` against docker
//! 28: each client with a config directory of its own, the same working directory and input;
//! stdout, stderr and exit code compared exactly, and the keys each client stores used by the
//! other. Key files are throw-away keys in tests/fixtures/trust-keys.

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::need::{require, Need};
use common::notary::refusing_server;
use common::{docker, hvdock, normalise, output, Run};

const PASS: &str = "DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE";

/// A working directory holding the fixture keys (mode 0600), and a config directory per client.
struct Bench {
    _dir: tempfile::TempDir,
    cwd: PathBuf,
    ours: PathBuf,
    theirs: PathBuf,
}

fn bench() -> Bench {
    let dir = tempfile::tempdir().unwrap();
    let cwd = dir.path().join("cwd");
    std::fs::create_dir_all(&cwd).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trust-keys");
    for e in std::fs::read_dir(fixtures).unwrap() {
        let e = e.unwrap();
        let to = cwd.join(e.file_name());
        std::fs::copy(e.path(), &to).unwrap();
        chmod(&to, 0o600);
    }
    Bench {
        ours: dir.path().join("ours"),
        theirs: dir.path().join("theirs"),
        cwd,
        _dir: dir,
    }
}

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

impl Bench {
    fn run(&self, ours: bool, args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Run {
        let cfg = if ours { &self.ours } else { &self.theirs };
        let mut c = if ours {
            hvdock(args)
        } else {
            docker(args).expect("reference docker")
        };
        c.current_dir(&self.cwd)
            .env("DOCKER_CONFIG", cfg)
            .env_remove(PASS)
            .env_remove("DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE")
            .env_remove("DOCKER_CONTENT_TRUST_SERVER");
        for (k, v) in env {
            c.env(k, v);
        }
        output(c, stdin)
    }

    /// Both clients; their results must be the same. Returns hvdock's.
    #[track_caller]
    fn same(&self, args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Run {
        let ours = self.run(true, args, stdin, env);
        let theirs = self.run(false, args, stdin, env);
        assert_eq!(
            fixed(&ours),
            fixed(&theirs),
            "hvdock vs docker for {args:?} with input {:?}",
            stdin.map(String::from_utf8_lossy)
        );
        ours
    }

    /// The files in a client's `trust/private`: name to headers (the lines before the body).
    fn stored(&self, ours: bool) -> BTreeMap<String, String> {
        let cfg = if ours { &self.ours } else { &self.theirs };
        let dir = cfg.join("trust/private");
        let mut out = BTreeMap::new();
        for e in std::fs::read_dir(&dir).unwrap() {
            let e = e.unwrap();
            let mode = e.metadata().unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{:?}", e.path());
            let text = std::fs::read_to_string(e.path()).unwrap();
            let head = text.split("\n\n").next().unwrap().to_string();
            out.insert(e.file_name().to_string_lossy().into_owned(), head);
        }
        out
    }
}

/// Exit code, stdout and stderr with the program name and logrus's timestamps normalised.
fn fixed(r: &Run) -> (i32, String, String) {
    let times = |s: &str| {
        s.lines()
            .map(|l| match (l.find("time=\""), l.find("\" level=")) {
                (Some(0), Some(end)) => format!("time=T{}", &l[end + 1..]),
                _ => l.to_string(),
            })
            .map(|l| l + "\n")
            .collect::<String>()
    };
    (r.code, normalise(&r.stdout), times(&normalise(&r.stderr)))
}

fn load<'a>(args: &[&'a str]) -> Vec<&'a str> {
    [&["trust", "key", "load"][..], args].concat()
}

const TWICE: &[u8] = b"secret123\nsecret123\n";

#[test]
fn key_load_refusals_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let b = bench();
    std::fs::create_dir(b.cwd.join("adir")).unwrap();
    std::fs::create_dir(b.cwd.join("closed")).unwrap();
    chmod(&b.cwd.join("closed"), 0o700);
    std::fs::write(b.cwd.join("junk.txt"), "hello\n").unwrap();
    std::fs::write(b.cwd.join("empty.txt"), "").unwrap();
    for (name, mode) in [
        ("open.pem", 0o644),
        ("group.pem", 0o620),
        ("other.pem", 0o602),
    ] {
        std::fs::copy(b.cwd.join("ec.pem"), b.cwd.join(name)).unwrap();
        chmod(&b.cwd.join(name), mode);
    }
    chmod(&b.cwd.join("junk.txt"), 0o600);
    chmod(&b.cwd.join("empty.txt"), 0o600);
    for f in [
        "nonexist",
        "open.pem",
        "group.pem",
        "other.pem",
        "adir",
        "closed",
        "junk.txt",
        "empty.txt",
        "public.pem",
        "ed25519-openssl.pem",
        "targets-no-gun.pem",
    ] {
        b.same(&["trust", "key", "load", f], Some(TWICE), &[]);
    }
    for args in [
        &["trust", "key", "load", "--name", "Bad", "ec.pem"][..],
        &["trust", "key", "load", "--name", "-x", "ec.pem"],
        &["trust", "key", "load"],
        &["trust", "key", "load", "a", "b"],
        &["trust", "key", "load", "--help"],
        &["trust", "key", "--help"],
    ] {
        b.same(args, None, &[]);
    }
    // Nothing stored, but the store made, as docker makes it.
    assert!(b.stored(true).is_empty());
    assert!(b.stored(false).is_empty());
}

#[test]
fn key_load_stores_keys_as_docker_does() {
    if !require(Need::Docker) {
        return;
    }
    let b = bench();
    // Unencrypted keys: a new passphrase asked for the role (twice), or taken from the
    // environment; stored under their key IDs.
    for f in [
        "ec.pem",
        "pkcs8.pem",
        "rsa-pkcs8.pem",
        "rsa-pkcs1.pem",
        "p384.pem",
    ] {
        b.same(&load(&[f]), Some(TWICE), &[]);
    }
    b.same(
        &load(&["--name", "alice", "rsa-pkcs1.pem"]),
        None,
        &[(PASS, "pass-env")],
    );
    // Refused passphrases: none at all, too short, not repeated the same.
    b.same(&load(&["pkcs8.pem"]), None, &[]);
    b.same(
        &load(&["pkcs8.pem"]),
        Some(b"short\nsecret123\nsecret123\n"),
        &[],
    );
    b.same(&load(&["pkcs8.pem"]), Some(b"secret123\nsecret124\n"), &[]);
    // An empty name: notary's fallback role.
    b.same(&load(&["--name", "", "p384.pem"]), Some(TWICE), &[]);
    assert_eq!(b.stored(true), b.stored(false));
    assert_eq!(b.stored(true).len(), 4, "{:?}", b.stored(true));

    // Encrypted PKCS#8 and legacy DEK-Info PEM (AES, 3DES): asked as `encrypted key` (the same
    // way for a key notary cannot read, encrypted with openssl's default PRF), retried when
    // wrong, refused when it is absent.
    for input in [&b"secret123\n"[..], b"wrong\n", b"", b"secret123"] {
        for f in [
            "encrypted-sha1-prf.pem",
            "encrypted-sha256-prf.pem",
            "legacy-dek-info.pem",
            "legacy-des3.pem",
            "legacy-rsa-aes192.pem",
        ] {
            b.same(&load(&[f]), Some(input), &[]);
        }
    }
    for pass in ["secret123", "wrong"] {
        b.same(&load(&["encrypted-sha1-prf.pem"]), None, &[(PASS, pass)]);
    }

    // A key notary exported (a `path` header) is stored as it is, at that name.
    let stored = b.ours.join("trust/private");
    let (name, _) = b.stored(true).into_iter().next().unwrap();
    let text = std::fs::read_to_string(stored.join(&name)).unwrap();
    let exported = text.replacen("\n\n", "\npath: tuf_keys/example.com/x/exported\n\n", 1);
    std::fs::write(b.cwd.join("exported.pem"), &exported).unwrap();
    chmod(&b.cwd.join("exported.pem"), 0o600);
    b.same(&load(&["exported.pem"]), None, &[]);
    let ours = std::fs::read_to_string(stored.join("exported.key")).unwrap();
    let theirs = std::fs::read_to_string(b.theirs.join("trust/private/exported.key")).unwrap();
    assert_eq!(ours, theirs);
    assert_eq!(ours, text, "stored as it was, without its path header");
}

/// What hvdock stores, docker opens with its passphrase (and refuses with another); what docker
/// stores, hvdock opens and stores under the same key ID.
#[test]
fn stored_keys_open_in_the_other_client() {
    if !require(Need::Docker) {
        return;
    }
    let b = bench();
    let pass = [(PASS, "pass-env")];
    let wrong = [(PASS, "not-it")];
    for f in ["ec.pem", "rsa-pkcs8.pem", "p384.pem"] {
        b.same(&["trust", "key", "load", f], None, &pass);
    }
    let names: Vec<String> = b.stored(true).into_keys().collect();
    assert_eq!(names.len(), 3);
    for (i, name) in names.iter().enumerate() {
        for (client, cfg) in [(true, &b.theirs), (false, &b.ours)] {
            let copy = format!("{}-{i}.key", if client { "theirs" } else { "ours" });
            std::fs::copy(cfg.join("trust/private").join(name), b.cwd.join(&copy)).unwrap();
            chmod(&b.cwd.join(&copy), 0o600);
            let args = ["trust", "key", "load", "--name", "again", &copy];
            let r = b.run(client, &args, None, &pass);
            assert_eq!(
                (r.code, r.stdout.as_str(), r.stderr.as_str()),
                (
                    0,
                    format!(
                        "Loading key from \"{copy}\"...\nSuccessfully imported key from {copy}\n"
                    )
                    .as_str(),
                    ""
                ),
                "{} loading the other's {name}",
                if client { "hvdock" } else { "docker" }
            );
            let r = b.run(client, &args, None, &wrong);
            assert_eq!(
                (r.code, r.stderr),
                (1, format!("error importing key from {copy}: cannot load key from provided file {copy}: could not decrypt key\n"))
            );
        }
    }
    // hvdock stored docker's keys again under their IDs (docker stores nothing it decrypted:
    // docker/cli#1095), with the role their files name.
    let ours = b.stored(true);
    for name in &names {
        assert_eq!(
            ours[name],
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nrole: signer"
        );
    }
    assert_eq!(ours.len(), 3);
    assert_eq!(b.stored(false).len(), 3);
}

/// On a terminal: the prompts without echo, the same screens as docker's.
#[test]
fn key_load_asks_on_a_terminal_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    use std::time::Duration;
    let t = Duration::from_secs(30);
    let b = bench();
    let mut screens = Vec::new();
    for ours in [true, false] {
        let cfg = if ours { &b.ours } else { &b.theirs };
        let mut screen = String::new();
        for (file, answers) in [
            ("ec.pem", &["hunter2hunter2", "hunter2hunter2"][..]),
            ("encrypted-sha1-prf.pem", &["wrong-one", "secret123"]),
        ] {
            let args = ["trust", "key", "load", file];
            let mut c = if ours {
                hvdock(&args)
            } else {
                docker(&args).unwrap()
            };
            c.current_dir(&b.cwd)
                .env("DOCKER_CONFIG", cfg)
                .env_remove(PASS);
            let mut pty = common::pty::Pty::spawn(c, 24, 200);
            for answer in answers {
                screen.push_str(&pty.expect(": ", t));
                pty.wait_echo_off(t);
                pty.send(format!("{answer}\r").as_bytes());
            }
            let (code, rest) = pty.finish(t);
            screen.push_str(&rest);
            assert_eq!(code, Some(0), "{screen}");
            assert!(
                !screen.contains("hunter2") && !screen.contains("secret123"),
                "{screen}"
            );
        }
        screens.push(screen);
    }
    assert_eq!(screens[0], screens[1], "hvdock vs docker on a terminal");
}

/// A loopback port nothing listens on: the trust server docker and hvdock fail to reach.
fn closed_port() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    drop(l);
    format!("https://127.0.0.1:{port}")
}

/// The files and directories under a client's config directory.
fn tree(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut todo = vec![root.to_path_buf()];
    while let Some(dir) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries {
            let p = e.unwrap().path();
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            out.push(format!(
                "{} {mode:o}",
                p.strip_prefix(root).unwrap().display()
            ));
            if p.is_dir() {
                todo.push(p);
            }
        }
    }
    out.sort();
    out
}

/// `sign`, `revoke` and `signer add|remove` up to and including their failure to reach the
/// trust server (DOCKER_CONTENT_TRUST_SERVER at a closed loopback port, or the default
/// `https://127.0.0.1:5000` of the plain-HTTP test registry): every message, the local trust
/// directories they make, and their argument checks, as docker's.
#[test]
fn notary_verbs_until_the_server_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let b = bench();
    std::fs::write(
        b.cwd.join("cert.pem"),
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    std::fs::write(b.cwd.join("junk.txt"), "hello\n").unwrap();
    std::fs::create_dir(b.cwd.join("adir")).unwrap();
    let closed = closed_port();
    let server = [("DOCKER_CONTENT_TRUST_SERVER", closed.as_str())];
    let x = "127.0.0.1:5000/hvtr/x";
    let x1 = "127.0.0.1:5000/hvtr/x:1";
    let digest = "busybox@sha256:0000000000000000000000000000000000000000000000000000000000000000";
    let lines: &[&[&str]] = &[
        &["trust", "sign", x1],
        &["trust", "sign", "--local", "busybox:1"],
        &["trust", "sign", x],
        &["trust", "sign", "busybox"],
        &["trust", "sign", digest],
        &["trust", "sign", "Bad/X:1"],
        &["trust", "sign", ""],
        &["trust", "revoke", x1],
        &["trust", "revoke", "-y", x],
        &["trust", "revoke", digest],
        &["trust", "revoke", "library/Bad"],
        &[
            "trust",
            "signer",
            "add",
            "--key",
            "public.pem",
            "alice",
            x,
            "127.0.0.1:5000/hvtr/y",
        ],
        &[
            "trust",
            "signer",
            "add",
            "--key",
            "public.pem",
            "alice",
            "Bad",
            x1,
        ],
        &["trust", "signer", "add", "alice", x],
        &["trust", "signer", "add", "--key", "nonexist", "alice", x],
        &[
            "trust",
            "signer",
            "add",
            "--key",
            "public.pem",
            "--key",
            "ec.pem",
            "alice",
            x,
        ],
        &["trust", "signer", "add", "--key", "junk.txt", "alice", x],
        &["trust", "signer", "add", "--key", "adir", "alice", x],
        &["trust", "signer", "add", "--key", "cert.pem", "alice", x],
        &[
            "trust",
            "signer",
            "add",
            "--key",
            "public.pem",
            "releases",
            x,
        ],
        &["trust", "signer", "add", "--key", "public.pem", "Alice", x],
        &["trust", "signer", "remove", "alice", x, "Bad", "busybox:1"],
        &["trust", "signer", "remove", "releases", x],
        &["trust", "signer", "remove", "-f", "alice", x1],
        &["trust", "signer", "add"],
        &["trust", "signer", "add", "a"],
        &["trust", "signer", "remove", "a"],
        &["trust", "sign"],
        &["trust", "sign", "a:1", "b:1"],
        &["trust", "revoke"],
        &["trust", "signer"],
        &["trust", "signer", "nope"],
    ];
    for args in lines {
        b.same(args, None, &server);
    }
    // A whole repository: docker asks first; no answer or `n` cancels quietly, `y` goes on.
    for input in [&b""[..], b"n\n", b"y\n"] {
        b.same(&["trust", "revoke", x], Some(input), &server);
    }
    // The server docker picks for a registry: https on its own address (a plain-HTTP registry
    // here, which does not speak TLS).
    b.same(&["trust", "sign", x1], None, &[]);
    b.same(&["trust", "revoke", x1], None, &[]);
    b.same(&["trust", "signer", "remove", "alice", x], None, &[]);
    // The trust server must be an https URL.
    for bad in ["http://127.0.0.1:1", "notary:4443", "https:foo"] {
        b.same(
            &["trust", "sign", x1],
            None,
            &[("DOCKER_CONTENT_TRUST_SERVER", bad)],
        );
        b.same(
            &["trust", "signer", "add", "--key", "public.pem", "a", x],
            None,
            &[("DOCKER_CONTENT_TRUST_SERVER", bad)],
        );
    }
    assert_eq!(tree(&b.ours), tree(&b.theirs));
    assert!(tree(&b.ours).contains(&"trust/tuf/127.0.0.1:5000/hvtr/x/changelist 700".to_string()));
}

#[test]
fn notary_verb_help_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let b = bench();
    for page in [
        &["trust", "--help"][..],
        &["trust", "signer", "--help"],
        &["trust", "signer", "add", "--help"],
        &["trust", "signer", "remove", "--help"],
        &["trust", "sign", "--help"],
        &["trust", "revoke", "--help"],
        &["help", "trust", "signer", "add"],
    ] {
        b.same(page, None, &[]);
    }
}

/// A trust server that refuses: no trust data (404), not authorized (401), broken (500). The
/// messages each verb makes of it are docker's; `signer add` goes on, as docker does, to ask
/// for a new root key's passphrase (none given here).
#[test]
fn notary_verbs_against_a_refusing_server_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let b = bench();
    let x = "127.0.0.1:5000/hvtr/x";
    let x1 = "127.0.0.1:5000/hvtr/x:1";
    for status in [404, 401, 500] {
        let server = refusing_server(status);
        let env = [("DOCKER_CONTENT_TRUST_SERVER", server.as_str())];
        for args in [
            &["trust", "sign", x1][..],
            &["trust", "revoke", x1],
            &["trust", "revoke", "-y", x],
            &["trust", "signer", "remove", "alice", x, x1],
            &["trust", "signer", "add", "--key", "public.pem", "alice", x],
            &["trust", "inspect", x],
        ] {
            let ours = b.run(true, args, None, &env);
            let theirs = b.run(false, args, None, &env);
            // The new root key's ID is random.
            let ids = |r: &Run| {
                let (code, out, err) = fixed(r);
                let out: String = out
                    .lines()
                    .map(|l| match l.find(" with ID ") {
                        Some(i) => format!("{}<id>: \n", &l[..i + 9]),
                        None => format!("{l}\n"),
                    })
                    .collect();
                (code, out, err)
            };
            assert_eq!(
                ids(&ours),
                ids(&theirs),
                "{args:?} against a server answering {status}"
            );
        }
    }
}
