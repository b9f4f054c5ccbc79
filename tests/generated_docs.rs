//! Issue 8: the committed completions/ and man/ are what the clap tree generates today, the man
//! pages render, and `make install` puts everything where shells and man look.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

const REGENERATE: &str =
    "run `make docs` (or `cargo run -- __generate --out .`) in the repository \
                          and commit completions/ and man/";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` (relative name -> bytes).
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_file() {
                let name = e.file_name().to_string_lossy().into_owned();
                out.insert(name, std::fs::read(&p).unwrap_or_default());
            }
        }
    }
    out
}

fn generate() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    ok(&[
        "__generate",
        "--out",
        dir.path().to_str().expect("utf-8 temp path"),
    ]);
    dir
}

#[test]
fn committed_completions_and_man_pages_are_current() {
    let fresh = generate();
    for sub in ["completions", "man"] {
        let want = files(&fresh.path().join(sub));
        let have = files(&repo().join(sub));
        assert!(!want.is_empty(), "the generator wrote no {sub}/");
        let missing: Vec<&String> = want.keys().filter(|k| !have.contains_key(*k)).collect();
        let extra: Vec<&String> = have.keys().filter(|k| !want.contains_key(*k)).collect();
        let differ: Vec<&String> = want
            .iter()
            .filter(|(k, v)| have.get(*k).is_some_and(|h| h != *v))
            .map(|(k, _)| k)
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty() && differ.is_empty(),
            "{sub}/ is stale (missing {missing:?}, not generated any more {extra:?}, \
             different {differ:?}): {REGENERATE}"
        );
    }
}

#[test]
fn generator_writes_every_shell_and_a_page_per_command() {
    let fresh = generate();
    let completions = files(&fresh.path().join("completions"));
    for f in [
        "hvdock.bash",
        "_hvdock",
        "hvdock.fish",
        "_hvdock.ps1",
        "hvdock.elv",
    ] {
        assert!(completions.contains_key(f), "{f}: {:?}", completions.keys());
    }
    let bash = String::from_utf8_lossy(&completions["hvdock.bash"]).into_owned();
    assert!(
        bash.contains("complete -F _hvdock_live"),
        "bash completion is not wired to live names"
    );
    let man = files(&fresh.path().join("man"));
    for page in [
        "hvdock.1",
        "hvdock-run.1",
        "hvdock-ps.1",
        "hvdock-container.1",
        "hvdock-container-ls.1",
        "hvdock-container-run.1",
        "hvdock-image-ls.1",
        "hvdock-compute-ls.1",
        "hvdock-isolation-verify.1",
    ] {
        assert!(man.contains_key(page), "{page}: {:?}", man.keys());
    }
    assert!(
        !man.keys().any(|k| k.contains("__")),
        "hidden commands have pages: {:?}",
        man.keys()
    );
}

/// `man -l man/hvdock-run.1` renders (with groff when man is missing; skipped without either).
#[test]
fn man_pages_render() {
    let fresh = generate();
    let page = fresh.path().join("man/hvdock-run.1");
    let root = fresh.path().join("man/hvdock.1");
    let render = |p: &Path| -> Option<String> {
        let mut c = if Path::new("/usr/bin/man").exists() || which("man") {
            let mut c = Command::new("man");
            c.arg("-l").arg(p);
            c
        } else if which("groff") {
            let mut c = Command::new("groff");
            c.args(["-man", "-Tutf8"]).arg(p);
            c
        } else {
            return None;
        };
        c.env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .env("PAGER", "cat");
        let r = output(c, None);
        assert_eq!(r.code, 0, "rendering {}: {}", p.display(), r.stderr);
        Some(r.stdout)
    };
    let Some(text) = render(&page) else {
        skip("neither man nor groff is installed");
        return;
    };
    assert!(
        text.contains("hvdock-run - Create and run a new container from an image"),
        "{text}"
    );
    assert!(text.contains("--detach"), "{text}");
    let text = render(&root).unwrap_or_default();
    assert!(
        text.contains("hvdock-container(1)") || text.contains("hvdock-container"),
        "{text}"
    );
}

fn which(program: &str) -> bool {
    std::env::var("PATH")
        .unwrap_or_default()
        .split(':')
        .any(|d| Path::new(d).join(program).is_file())
}

/// `make install PREFIX=... BIN=...` puts the binary, the pages and the completions in place.
#[test]
fn make_install_into_a_prefix() {
    if !require(Need::Program("make")) {
        return;
    }
    let prefix = tempfile::tempdir().expect("tempdir");
    let mut c = Command::new("make");
    c.arg("-C")
        .arg(repo())
        .arg("install")
        .arg(format!("PREFIX={}", prefix.path().display()))
        .arg(format!("BIN={}", bin()));
    let r = output(c, None);
    assert_eq!(r.code, 0, "make install: {} {}", r.stdout, r.stderr);
    let p = prefix.path();
    for f in [
        "bin/hvdock",
        "share/man/man1/hvdock.1",
        "share/man/man1/hvdock-run.1",
        "share/man/man1/hvdock-container-ls.1",
        "share/bash-completion/completions/hvdock",
        "share/zsh/site-functions/_hvdock",
        "share/fish/vendor_completions.d/hvdock.fish",
    ] {
        assert!(p.join(f).is_file(), "{f} was not installed");
    }
    let installed = output(Command::new(p.join("bin/hvdock")), None);
    assert_eq!(installed.code, 0);
    assert!(
        installed
            .stderr
            .starts_with("Usage:  hvdock [OPTIONS] COMMAND"),
        "{}",
        installed.stderr
    );
    let bash = std::fs::read_to_string(p.join("share/bash-completion/completions/hvdock"))
        .unwrap_or_default();
    assert!(
        bash.contains("_hvdock_live"),
        "the installed bash completion has no live names"
    );
    // man finds the installed pages through MANPATH.
    if which("man") {
        let mut c = Command::new("man");
        c.arg("-w")
            .arg("hvdock-run")
            .env("MANPATH", p.join("share/man"));
        let r = output(c, None);
        assert_eq!(r.code, 0, "man -w: {}", r.stderr);
        assert!(r.stdout.contains("hvdock-run.1"), "{}", r.stdout);
    }
}
