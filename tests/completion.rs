//! Issue 8: live completion of names from the daemon, driven for real in bash, and bounded by a
//! short timeout when the daemon is gone or hangs.

mod common;

use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::*;

/// The completion scripts as `hvdock __generate` writes them, in a temp dir.
fn generated() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().to_str().expect("utf-8 temp path");
    ok(&["__generate", "--out", out]);
    dir
}

/// `PATH` with the hvdock under test first, as an installed hvdock would be.
fn path_with_hvdock() -> String {
    let bin_dir = Path::new(bin()).parent().expect("bin dir").to_path_buf();
    format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// Sources the bash script in a clean bash, completes `line` (cursor at its end) through the
/// function `complete -p hvdock` names, and returns COMPREPLY (one per line) and the time taken.
fn bash_complete(script: &Path, line: &str, with_comp_line: bool) -> (Vec<String>, Duration) {
    let words: Vec<String> = {
        let mut w: Vec<String> = line.split_whitespace().map(str::to_string).collect();
        if line.ends_with(' ') {
            w.push(String::new());
        }
        w
    };
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let comp_line = if with_comp_line {
        format!("COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}};")
    } else {
        "unset COMP_LINE COMP_POINT;".to_string()
    };
    let program = format!(
        r#"source '{script}'
spec=$(complete -p hvdock) || exit 3
fn=$(sed -E 's/.*-F ([^ ]+).*/\1/' <<< "$spec")
COMP_WORDS=({words}); COMP_CWORD={cword}; {comp_line}
"$fn" hvdock "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        script = script.display(),
        words = quoted.join(" "),
        cword = words.len() - 1,
    );
    let mut c = Command::new("bash");
    c.args(["--norc", "--noprofile", "-c", &program]);
    c.env("PATH", path_with_hvdock());
    for v in ["DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_API_VERSION"] {
        c.env_remove(v);
    }
    let start = Instant::now();
    let r = output(c, None);
    let took = start.elapsed();
    assert_eq!(r.code, 0, "bash failed for {line:?}: {}", r.stderr);
    let reply = r
        .stdout
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    (reply, took)
}

/// A stopped container of the scope, made through the API (independent of hvdock).
fn container(scope: &Scope, suffix: &str) -> String {
    let name = scope.name(suffix);
    let (key, value) = scope
        .label()
        .split_once('=')
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .expect("label");
    let body =
        serde_json::json!({"Image": IMAGE, "Cmd": ["true"], "Labels": {key: value}}).to_string();
    let (status, answer) = api(
        "POST",
        &format!("/containers/create?name={name}"),
        Some(&body),
    );
    assert_eq!(status, 201, "create {name}: {answer}");
    name
}

#[test]
fn bash_completes_live_container_names_for_stop() {
    let scope = Scope::new("compl");
    let name = container(&scope, "stopme");
    let dir = generated();
    let script = dir.path().join("completions/hvdock.bash");
    let prefix = &name[..name.len() - 3];
    for with_line in [true, false] {
        let (reply, _) = bash_complete(&script, &format!("hvdock stop {prefix}"), with_line);
        assert_eq!(reply, vec![name.clone()], "with COMP_LINE: {with_line}");
    }
    // After a flag and its value, and for the second container of the list.
    let (reply, _) = bash_complete(&script, &format!("hvdock stop -t 1 other {prefix}"), true);
    assert_eq!(reply, vec![name.clone()]);
    let (reply, _) = bash_complete(&script, &format!("hvdock container rm {prefix}"), true);
    assert_eq!(reply, vec![name.clone()]);
    // `run` takes an IMAGE first: the container is no candidate there, the test image is.
    let (reply, _) = bash_complete(&script, &format!("hvdock run {prefix}"), true);
    assert!(!reply.contains(&name), "{reply:?}");
    let (reply, _) = bash_complete(&script, "hvdock run --rm hvdock-test/busy", true);
    assert!(
        reply.iter().any(|r| r.starts_with("hvdock-test/busybox")),
        "{reply:?}"
    );
    // Static completion still works through the fallback to clap's function.
    let (reply, _) = bash_complete(&script, "hvdock sto", true);
    assert_eq!(reply, vec!["stop".to_string()]);
    let (reply, _) = bash_complete(&script, "hvdock stop --tim", true);
    assert!(reply.contains(&"--timeout".to_string()), "{reply:?}");
}

#[test]
fn complete_subcommand_lists_kinds_with_prefix() {
    let scope = Scope::new("complkind");
    let name = container(&scope, "kind");
    let out = ok(&["__complete", "containers", &name[..name.len() - 2]]);
    assert_eq!(out, format!("{name}\n"));
    let images = ok(&["__complete", "images", "hvdock-test/"]);
    assert!(images.lines().any(|l| l == IMAGE), "{images}");
    let networks = ok(&["__complete", "networks", ""]);
    assert!(networks.lines().any(|l| l == "bridge"), "{networks}");
    let contexts = ok(&["__complete", "contexts", ""]);
    assert!(contexts.lines().any(|l| l == "default"), "{contexts}");
    let volumes = run(&["__complete", "volumes", ""]);
    assert_eq!(volumes.code, 0, "{}", volumes.stderr);
    // Nothing outside the prefix.
    assert_eq!(ok(&["__complete", "containers", "no-such-prefix-xyz"]), "");
}

/// A socket that accepts connections and never answers them.
struct Hung {
    path: PathBuf,
    _dir: tempfile::TempDir,
}

fn hung_socket() -> Hung {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hung.sock");
    let listener = UnixListener::bind(&path).expect("bind");
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
        }
    });
    Hung { path, _dir: dir }
}

#[test]
fn dead_or_hung_daemon_never_hangs_completion() {
    let hung = hung_socket();
    let hung_host = format!("unix://{}", hung.path.display());
    for host in ["unix:///nonexistent", hung_host.as_str()] {
        for kind in ["containers", "images", "networks", "volumes"] {
            let start = Instant::now();
            let r = run(&["-H", host, "__complete", kind, ""]);
            let took = start.elapsed();
            assert_eq!(
                (r.code, r.stdout.as_str(), r.stderr.as_str()),
                (0, "", ""),
                "{host} {kind}"
            );
            assert!(
                took < Duration::from_millis(1500),
                "{host} {kind} took {took:?}"
            );
        }
        // Through bash, with the host on the command line being completed: a quick empty answer.
        let dir = generated();
        let script = dir.path().join("completions/hvdock.bash");
        let (reply, took) = bash_complete(&script, &format!("hvdock -H {host} stop hvt-"), true);
        assert!(reply.is_empty(), "{host}: {reply:?}");
        assert!(
            took < Duration::from_secs(3),
            "{host}: bash completion took {took:?}"
        );
    }
    // The hung socket really hangs a plain command (so the timeout above is what saved us).
    let mut c = hvdock(&["-H", &hung_host, "ps"]);
    c.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = c.spawn().expect("spawn");
    std::thread::sleep(Duration::from_millis(1500));
    let still_running = child.try_wait().expect("try_wait").is_none();
    let _ = child.kill();
    let _ = child.wait();
    assert!(still_running, "the hung socket answered");
}
