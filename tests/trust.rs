//! `trust inspect` and `trust key generate` against docker 28, each client with a config
//! directory and a working directory of its own. There is no Notary server here: `inspect`
//! answers as docker does when it cannot reach one. Keys are random, so the generated files are
//! checked for docker's layout and formats, and docker itself loads the private key hvdock
//! wrote (`trust key load` decrypts it), and its file is named by the public key's ID.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::{docker, hvdock, normalise, output, Run};

struct Side {
    cfg: PathBuf,
    cwd: PathBuf,
}

fn side(root: &Path, name: &str) -> Side {
    let s = Side {
        cfg: root.join(name).join("cfg"),
        cwd: root.join(name).join("cwd"),
    };
    std::fs::create_dir_all(&s.cfg).unwrap();
    std::fs::create_dir_all(s.cwd.join("keys")).unwrap();
    s
}

fn run(ours: bool, s: &Side, args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Run {
    let mut all = vec!["--config", s.cfg.to_str().unwrap()];
    all.extend_from_slice(args);
    let mut c = if ours {
        hvdock(&all)
    } else {
        docker(&all).expect("reference docker")
    };
    c.current_dir(&s.cwd)
        .env_remove("DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE")
        .env_remove("DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE");
    for (k, v) in env {
        c.env(k, v);
    }
    output(c, stdin)
}

/// The 7-digit key IDs in notary's prompts differ from run to run.
fn ids(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find(" with ID ") {
        let (head, tail) = rest.split_at(i + " with ID ".len());
        out.push_str(head);
        out.push_str("<id>");
        rest = tail.get(7..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

#[track_caller]
fn same(h: &Side, d: &Side, args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Run {
    let ours = run(true, h, args, stdin, env);
    let theirs = run(false, d, args, stdin, env);
    let fix = |r: &Run, s: &Side| {
        let cwd = s.cwd.to_str().unwrap();
        let f = |t: &str| ids(&normalise(t)).replace(cwd, "CWD");
        (r.code, f(&r.stdout), f(&r.stderr))
    };
    assert_eq!(
        fix(&ours, h),
        fix(&theirs, d),
        "hvdock vs docker for {args:?}"
    );
    ours
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn trust_inspect_and_key_generate_as_docker() {
    if docker(&[]).is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (h, d) = (side(dir.path(), "h"), side(dir.path(), "d"));
    for line in [
        &["trust", "inspect", "127.0.0.1:5000/hvtrust/x:1", "busybox"][..],
        &[
            "trust",
            "inspect",
            "--pretty",
            "127.0.0.1:5000/hvtrust/x",
            "b",
        ],
        &["trust", "inspect"],
        &["trust", "key", "generate"],
        &["trust", "key", "generate", "Bad"],
        &["trust", "key", "generate", "_x"],
        &["trust", "key", "generate", "x", "--dir", "nonexist"],
        &["trust", "key", "generate", "--help"],
        &["trust", "inspect", "--help"],
    ] {
        same(&h, &d, line, None, &[]);
    }
    // No passphrase: notary asks 12 times, then gives up; a short one and a mismatch are
    // refused; one read(2) takes all the piped lines, so later prompts see the end of input.
    let gen = ["trust", "key", "generate", "bob", "--dir", "keys"];
    same(&h, &d, &gen, None, &[]);
    same(&h, &d, &gen, Some(b"short\nsecret123\nsecret123\n"), &[]);
    same(&h, &d, &gen, Some(b"secret123\nsecret124\n"), &[]);
    // Answered at the prompt.
    same(&h, &d, &gen, Some(b"secret123\nsecret123\n"), &[]);
    same(&h, &d, &gen, Some(b"secret123\nsecret123\n"), &[]);
    // From the environment, and the public key file refused when it exists.
    let env = [("DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE", "pass-env")];
    same(
        &h,
        &d,
        &["trust", "key", "generate", "alice", "--dir", "keys"],
        None,
        &env,
    );
    same(
        &h,
        &d,
        &["trust", "key", "generate", "alice", "--dir", "keys/"],
        None,
        &env,
    );
    same(&h, &d, &["trust", "key", "generate", "carol"], None, &env);

    // What hvdock wrote, as docker writes it.
    for s in [&h, &d] {
        assert_eq!(mode(&s.cfg.join("trust")), 0o700);
        assert_eq!(mode(&s.cfg.join("trust/private")), 0o700);
    }
    let pubkey = std::fs::read_to_string(h.cwd.join("keys/alice.pub")).unwrap();
    assert_eq!(mode(&h.cwd.join("keys/alice.pub")), 0o600);
    let lines: Vec<&str> = pubkey.lines().collect();
    assert_eq!(
        lines[..3],
        ["-----BEGIN PUBLIC KEY-----", "role: alice", ""]
    );
    assert_eq!(lines.last(), Some(&"-----END PUBLIC KEY-----"));
    let b64: String = lines[3..lines.len() - 1].concat();
    let id = {
        use sha2::Digest;
        let canonical =
            format!(r#"{{"keytype":"ecdsa","keyval":{{"private":null,"public":"{b64}"}}}}"#);
        sha2::Sha256::digest(canonical.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    // Three keys each (bob, alice, carol); alice's is the one the public key names.
    let private = h.cfg.join("trust/private").join(format!("{id}.key"));
    assert_eq!(mode(&private), 0o600);
    let text = std::fs::read_to_string(&private).unwrap();
    assert!(
        text.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----\nrole: alice\n\n"),
        "{text}"
    );
    // docker decrypts it with the passphrase (and refuses it with another one).
    let other = side(dir.path(), "load");
    std::fs::copy(&private, other.cwd.join("k.key")).unwrap();
    let load = ["trust", "key", "load", "--name", "dave", "k.key"];
    let r = run(false, &other, &load, None, &env);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "Loading key from \"k.key\"...\nSuccessfully imported key from k.key\n",
            ""
        ),
    );
    let wrong = [("DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE", "not-it")];
    let r = run(false, &other, &load, None, &wrong);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (1, "error importing key from k.key: cannot load key from provided file k.key: could not decrypt key\n"),
    );
}

/// On a terminal the passphrase is read without echo, as docker reads it, by both clients.
#[test]
fn key_generate_asks_on_a_terminal_without_echo() {
    if docker(&[]).is_none() {
        return;
    }
    use std::time::Duration;
    let dir = tempfile::tempdir().unwrap();
    let mut screens = Vec::new();
    for ours in [true, false] {
        let s = side(dir.path(), if ours { "th" } else { "td" });
        let args = [
            "--config",
            s.cfg.to_str().unwrap(),
            "trust",
            "key",
            "generate",
            "tty",
            "--dir",
            "keys",
        ];
        let mut c = if ours {
            hvdock(&args)
        } else {
            docker(&args).unwrap()
        };
        c.current_dir(&s.cwd)
            .env_remove("DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE");
        let mut pty = common::pty::Pty::spawn(c, 24, 200);
        let t = Duration::from_secs(30);
        let mut screen = pty.expect("Enter passphrase for new tty key with ID ", t);
        screen.push_str(&pty.expect(": ", t));
        pty.wait_echo_off(t);
        pty.send(b"hunter2hunter2\r");
        screen.push_str(&pty.expect("Repeat passphrase for new tty key with ID ", t));
        screen.push_str(&pty.expect(": ", t));
        pty.wait_echo_off(t);
        pty.send(b"hunter2hunter2\r");
        let (code, rest) = pty.finish(t);
        screen.push_str(&rest);
        assert_eq!(code, Some(0), "{screen}");
        assert!(
            !screen.contains("hunter2"),
            "the passphrase was echoed: {screen}"
        );
        assert!(s.cwd.join("keys/tty.pub").exists());
        screens.push(ids(&screen).replace(s.cwd.to_str().unwrap(), "CWD"));
    }
    assert_eq!(screens[0], screens[1], "hvdock vs docker on a terminal");
}
