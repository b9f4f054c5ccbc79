//! docker's `Sending build context to Docker daemon  SIZE` line of the classic builder (on
//! stdout, ending `\r\r\n` off a terminal; with `-q` kept for stderr when the build fails), and
//! detach keys sent to the daemon by run, start -a and attach (invalid keys: the daemon's 400).

mod common;

use std::process::Command;

use common::{assert_same, docker, hvdock, output, Scope, IMAGE};

fn classic(mut c: Command) -> Command {
    c.env("DOCKER_BUILDKIT", "0");
    c
}

fn context(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, data) in files {
        std::fs::write(dir.path().join(name), data).expect("write");
    }
    dir
}

/// `args` through both clients with the classic builder, `stdin` on their stdin.
#[track_caller]
fn same_build(args: &[&str], stdin: Option<&[u8]>) -> Option<common::Run> {
    let theirs = output(classic(docker(args)?), stdin);
    let mine = output(classic(hvdock(args)), stdin);
    assert_same(&format!("{args:?}"), &mine, &theirs);
    Some(mine)
}

fn dockerfile() -> String {
    format!("FROM {IMAGE}\n")
}

#[test]
fn a_small_context_is_announced_like_docker() {
    let df = dockerfile();
    let dir = context(&[("Dockerfile", df.as_bytes()), ("data", b"hello\n")]);
    let d = dir.path().to_str().unwrap();
    if let Some(mine) = same_build(&["build", d], None) {
        assert!(
            mine.stdout
                .starts_with("Sending build context to Docker daemon  "),
            "{:?}",
            mine.stdout
        );
        assert!(
            mine.stdout.contains("kB\r\r\nStep 1/1"),
            "{:?}",
            mine.stdout
        );
    }
    // -q: nothing of it on success.
    same_build(&["build", "-q", d], None);
}

#[test]
fn a_quiet_failing_build_shows_the_line_on_stderr() {
    let df = format!("FROM {IMAGE}\nCOPY missing /\n");
    let dir = context(&[("Dockerfile", df.as_bytes())]);
    let d = dir.path().to_str().unwrap();
    if let Some(mine) = same_build(&["build", "-q", d], None) {
        assert!(
            mine.stderr
                .contains("Sending build context to Docker daemon"),
            "{:?}",
            mine.stderr
        );
    }
    same_build(&["build", d], None);
}

#[test]
fn a_tar_on_stdin_is_counted_as_read() {
    let df = dockerfile();
    let dir = context(&[("Dockerfile", df.as_bytes()), ("data", &[7u8; 5000])]);
    let tar = Command::new("tar")
        .args(["-C", dir.path().to_str().unwrap(), "-cf", "-", "."])
        .output()
        .expect("tar");
    assert!(tar.status.success());
    if let Some(mine) = same_build(&["build", "-"], Some(&tar.stdout)) {
        assert!(mine.stdout.contains("Sending build context"));
    }
    // A bare Dockerfile on stdin is sent as a tar docker makes of it: the same size.
    same_build(&["build", "-"], Some(dockerfile().as_bytes()));
}

#[test]
fn a_big_context_ends_with_its_size() {
    // Several megabytes: the line is counted over many writes (and files sent by the kernel).
    let blob: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let df = dockerfile();
    let dir = context(&[("Dockerfile", df.as_bytes()), ("blob", &blob)]);
    let d = dir.path().to_str().unwrap();
    same_build(&["build", d], None);
}

fn bogus_keys_fail(scope: &Scope, args: impl Fn(&str) -> Vec<String>) {
    let name = |who: &str| scope.name(who);
    let a = args(&name("theirs"));
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let Some(cmd) = docker(&a) else { return };
    let theirs = output(cmd, None);
    let m = args(&name("mine"));
    let m: Vec<&str> = m.iter().map(String::as_str).collect();
    let mine = output(hvdock(&m), None);
    assert_same(&format!("{a:?}"), &mine, &theirs);
    assert_eq!(mine.code, 1);
    assert_eq!(mine.stderr, "unable to upgrade to tcp, received 400\n");
}

#[test]
fn run_with_invalid_detach_keys_is_refused_by_the_daemon() {
    let scope = Scope::new("hvcl-run");
    let label = scope.label();
    bogus_keys_fail(&scope, |name| {
        [
            "run",
            "--rm",
            "-i",
            "--name",
            name,
            "--label",
            &label,
            "--detach-keys=bogus",
            IMAGE,
            "echo",
            "hi",
        ]
        .map(String::from)
        .to_vec()
    });
}

#[test]
fn start_attach_with_invalid_detach_keys_is_refused_by_the_daemon() {
    let scope = Scope::new("hvcl-start");
    for who in ["theirs", "mine"] {
        common::ok(&[
            "create",
            "-i",
            "--name",
            &scope.name(who),
            "--label",
            &scope.label(),
            IMAGE,
            "cat",
        ]);
    }
    bogus_keys_fail(&scope, |name| {
        ["start", "-a", "-i", "--detach-keys=bogus", name]
            .map(String::from)
            .to_vec()
    });
}

#[test]
fn attach_with_invalid_detach_keys_is_refused_by_the_daemon() {
    let scope = Scope::new("hvcl-attach");
    for who in ["theirs", "mine"] {
        scope.run_sleeper(&scope.name(who));
    }
    bogus_keys_fail(&scope, |name| {
        ["attach", "--detach-keys=bogus", name]
            .map(String::from)
            .to_vec()
    });
}

#[test]
fn detach_keys_from_config_json_go_to_the_daemon_too() {
    let scope = Scope::new("hvcl-config");
    let cfg = tempfile::tempdir().expect("tempdir");
    std::fs::write(cfg.path().join("config.json"), r#"{"detachKeys":"bogus"}"#).unwrap();
    let dir = cfg.path().to_str().unwrap().to_string();
    let label = scope.label();
    bogus_keys_fail(&scope, |name| {
        [
            "--config", &dir, "run", "--rm", "-i", "--name", name, "--label", &label, IMAGE,
            "echo", "hi",
        ]
        .map(String::from)
        .to_vec()
    });
}
