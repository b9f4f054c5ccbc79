//! `context export | import` against docker 28: the same archive bytes, the same messages, and
//! each client imports what the other exported.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{docker, hvdock, normalise, output, Run};

struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let dir = std::env::temp_dir().join(format!("hvp-ctx-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("mkdir");
        Dir(dir)
    }

    fn sub(&self, name: &str) -> PathBuf {
        let p = self.0.join(name);
        std::fs::create_dir_all(&p).expect("mkdir");
        p
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8")
}

/// Runs in `cwd` with its own config dir.
fn at(mut c: Command, cwd: &Path, stdin: Option<&[u8]>) -> Run {
    c.current_dir(cwd);
    output(c, stdin)
}

/// A store with context `hvpa` (a description and a CA file) in `cfg`.
fn store(cfg: &Path) {
    let r = common::run(&[
        "--config",
        s(cfg),
        "context",
        "create",
        "hvpa",
        "--description",
        "d e",
        "--docker",
        "host=tcp://192.0.2.1:2375",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let id = {
        use sha2::Digest;
        let d = sha2::Sha256::digest(b"hvpa");
        d.iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    let tls = cfg.join("contexts/tls").join(id).join("docker");
    std::fs::create_dir_all(&tls).expect("mkdir");
    std::fs::write(tls.join("ca.pem"), "CA").expect("write");
}

#[test]
fn export_and_import_as_docker() {
    let dir = Dir::new("x");
    let (hcfg, dcfg) = (dir.sub("hcfg"), dir.sub("dcfg"));
    store(&hcfg);
    store(&dcfg);
    let (hout, dout) = (dir.sub("hout"), dir.sub("dout"));
    let lines: &[&[&str]] = &[
        &["context", "export", "hvpa"],
        &["context", "export", "hvpa"],
        &["context", "export", "default", "def.tar"],
        &["context", "export", "nosuch"],
        &["context", "export", "bad name"],
        &["context", "export"],
        &["context", "import", "hvpb", "hvpa.dockercontext"],
        &["context", "import", "hvpb", "hvpa.dockercontext"],
        &["context", "inspect", "hvpb"],
        &["context", "import", "hvpc", "nofile"],
        &["context", "import", "default", "x"],
        &["context", "import", "hvpc"],
    ];
    for line in lines {
        let mut h = vec!["--config", s(&hcfg)];
        h.extend_from_slice(line);
        let mine = at(hvdock(&h), &hout, None);
        let mut d = vec!["--config", s(&dcfg)];
        d.extend_from_slice(line);
        let Some(c) = docker(&d) else { return };
        let theirs = at(c, &dout, None);
        let fix = |t: &str| normalise(t).replace(s(&hcfg), s(&dcfg));
        assert_eq!(fix(&mine.stdout), fix(&theirs.stdout), "{line:?}");
        assert_eq!(fix(&mine.stderr), fix(&theirs.stderr), "{line:?}");
        assert_eq!(mine.code, theirs.code, "{line:?}");
    }
    for f in ["hvpa.dockercontext", "def.tar", "nosuch.dockercontext"] {
        let a = std::fs::read(hout.join(f)).expect(f);
        let b = std::fs::read(dout.join(f)).expect(f);
        assert_eq!(a, b, "{f}: not docker's bytes");
    }
    // To stdout, and docker's archive imported by hvdock (and the other way round).
    let mine = common::run(&["--config", s(&hcfg), "context", "export", "hvpa", "-"]);
    let theirs = output(
        docker(&["--config", s(&dcfg), "context", "export", "hvpa", "-"]).expect("docker"),
        None,
    );
    assert_eq!(mine.raw_stdout, theirs.raw_stdout);
    let r = common::run_stdin(
        &["--config", s(&hcfg), "context", "import", "fromdocker", "-"],
        &theirs.raw_stdout,
    );
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "fromdocker\n"),
        "{}",
        r.stderr
    );
    let r = output(
        docker(&["--config", s(&hcfg), "context", "inspect", "fromdocker"]).expect("docker"),
        None,
    );
    assert!(
        r.stdout.contains("\"Description\": \"d e\""),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("\"ca.pem\""), "{}", r.stdout);
    let r = output(
        docker(&["--config", s(&dcfg), "context", "import", "fromhv", "-"]).expect("docker"),
        Some(&mine.raw_stdout),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Garbage is refused as docker refuses it.
    let mine = common::run_stdin(
        &["--config", s(&hcfg), "context", "import", "gg", "-"],
        b"junk",
    );
    assert_eq!((mine.code, mine.stderr.as_str()), (1, "unexpected EOF\n"));
}
