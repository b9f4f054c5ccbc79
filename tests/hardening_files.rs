//! Files hvdock writes on the host: `login` writes through a symlinked config.json (to the link's
//! target, atomically, mode 0600), `cp` out of a container never writes outside its destination,
//! and an `auth` in config.json that is not base64 of `user:password` gets docker's warning.

mod common;

use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::Path;

use common::fake_daemon::FakeDaemon;
use common::*;

const REGISTRY: &str = "127.0.0.1:5001";
const USER: &str = "hvdock";
const PASSWORD: &str = "hvdock-test-password";

fn login(config: &Path) -> Run {
    let mut c = hvdock(&["login", "-u", USER, "--password-stdin", REGISTRY]);
    c.env("DOCKER_CONFIG", config);
    output(c, Some(format!("{PASSWORD}\n").as_bytes()))
}

fn assert_logged_in(file: &Path) {
    let text = std::fs::read_to_string(file).expect("the link's target");
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert!(
        v["auths"][REGISTRY]["auth"].is_string() || v["credsStore"].is_string(),
        "{text}"
    );
    let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{}", file.display());
}

#[test]
fn login_writes_through_a_symlinked_config_file() {
    let home = tempfile::tempdir().unwrap();
    let dotfiles = home.path().join("dotfiles/docker");
    std::fs::create_dir_all(&dotfiles).unwrap();
    let cfg = home.path().join(".docker");
    std::fs::create_dir(&cfg).unwrap();

    // A link to an existing file (relative, as dotfile managers make them): the file changes,
    // the link stays, the other keys survive.
    let real = dotfiles.join("config.json");
    std::fs::write(&real, r#"{"detachKeys":"ctrl-x,x"}"#).unwrap();
    symlink("../dotfiles/docker/config.json", cfg.join("config.json")).unwrap();
    let r = login(&cfg);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let link = std::fs::symlink_metadata(cfg.join("config.json")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "config.json was replaced by a file"
    );
    assert_logged_in(&real);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&real).unwrap()).unwrap();
    assert_eq!(v["detachKeys"], "ctrl-x,x");
    // No temporary file left beside either.
    for dir in [&cfg, &dotfiles] {
        let names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{}: {names:?}", dir.display());
    }

    // A dangling link: the file is created where it points.
    let cfg2 = home.path().join(".docker2");
    std::fs::create_dir(&cfg2).unwrap();
    let target = dotfiles.join("fresh.json");
    symlink(&target, cfg2.join("config.json")).unwrap();
    let r = login(&cfg2);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::symlink_metadata(cfg2.join("config.json"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert_logged_in(&target);
}

/// A tar as a hostile daemon could send for `GET /containers/x/archive?path=/d`: a directory, a
/// symbolic link in it pointing outside, then a file "inside" that link.
fn escaping_tar(outside: &Path) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Directory);
    h.set_mode(0o755);
    h.set_size(0);
    b.append_data(&mut h, "d/", std::io::empty()).unwrap();
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Symlink);
    h.set_mode(0o777);
    h.set_size(0);
    b.append_link(&mut h, "d/esc", outside).unwrap();
    for name in ["d/esc/evil", "d/esc/sub/evil"] {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Regular);
        h.set_mode(0o644);
        h.set_size(5);
        b.append_data(&mut h, name, &b"pwned"[..]).unwrap();
    }
    b.into_inner().unwrap()
}

#[test]
fn cp_from_a_container_never_writes_outside_the_destination() {
    let work = tempfile::tempdir().unwrap();
    let outside = work.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    let dest = work.path().join("dest");
    std::fs::create_dir(&dest).unwrap();
    let tar = String::from_utf8(escaping_tar(&outside)).expect("an ASCII tar");
    // {"name":"d","size":4096,"mode":dir|0755,"mtime":...,"linkTarget":""}
    let stat = "eyJuYW1lIjoiZCIsInNpemUiOjQwOTYsIm1vZGUiOjIxNDc0ODQxNDEsIm10aW1lIjoiMjAyNi0wMS0wMVQwMDowMDowMFoiLCJsaW5rVGFyZ2V0IjoiIn0=";
    let daemon = FakeDaemon::start(Box::new(move |req| {
        let headers = vec![
            ("Api-Version".to_string(), "1.41".to_string()),
            ("X-Docker-Container-Path-Stat".to_string(), stat.to_string()),
        ];
        if req.path.starts_with("/_ping") {
            (200, headers, "OK".into())
        } else if req.path.starts_with("/containers/x/archive") && req.method == "GET" {
            (200, headers, tar.clone())
        } else if req.method == "HEAD" {
            (200, headers, String::new())
        } else {
            (404, headers, r#"{"message":"not here"}"#.into())
        }
    }));
    let mut c = hvdock(&["cp", "x:/d", dest.to_str().unwrap()]);
    c.env("DOCKER_HOST", daemon.host());
    let r = output(c, None);
    let escaped: Vec<_> = walk(&outside);
    assert!(escaped.is_empty(), "written outside: {escaped:?}");
    assert_eq!(r.code, 1, "{} {}", r.stdout, r.stderr);
    assert!(r.stderr.contains("is outside of"), "{}", r.stderr);
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}

#[test]
fn an_auth_that_is_not_base64_warns_like_docker() {
    let cfg = tempfile::tempdir().unwrap();
    for auth in ["!!!notbase64", "dTpwd", "dTpwdw=x", "bm9jb2xvbg=="] {
        std::fs::write(
            cfg.path().join("config.json"),
            format!(r#"{{"auths":{{"{REGISTRY}":{{"auth":"{auth}"}}}},"psFormat":"{{{{.ID}}}}"}}"#),
        )
        .unwrap();
        let path = cfg.path().join("config.json");
        for args in [
            &["ps", "-n", "0"][..],
            &["pull", "127.0.0.1:5001/hvh-no-such-image:1"],
        ] {
            let mut ours = hvdock(args);
            ours.env("DOCKER_CONFIG", cfg.path());
            let ours = output(ours, None);
            let warning = ours.stderr.lines().next().unwrap_or_default().to_string();
            assert!(
                warning.starts_with(&format!(
                    "WARNING: Error parsing config file ({}): ",
                    path.display()
                )),
                "{auth} {args:?}: {}",
                ours.stderr
            );
            if let Some(mut theirs) = docker(args) {
                theirs.env("DOCKER_CONFIG", cfg.path());
                let theirs = output(theirs, None);
                assert_eq!(
                    (ours.code, ours.stdout, normalise(&ours.stderr)),
                    (theirs.code, theirs.stdout, theirs.stderr),
                    "{auth} {args:?}"
                );
            }
        }
    }
}
