//! Issue 8: live completion of names from the daemon, driven for real in bash, and bounded by a
//! short timeout when the daemon is gone or hangs.

mod common;

use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::completion::{container, generated, path_with_hvdock};
use common::*;

/// Sources the bash script in a clean bash, completes `line` (cursor at its end) through the
/// function `complete -p hvdock` names, and returns COMPREPLY (one per line). A completion that
/// does not end within [`HANG`] fails the test.
fn bash_complete(script: &Path, line: &str, with_comp_line: bool) -> Vec<String> {
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
    let r = output_within(c, HANG).unwrap_or_else(|| panic!("completing {line:?} hung"));
    assert_eq!(r.code, 0, "bash failed for {line:?}: {}", r.stderr);
    r.stdout
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_live_container_names() {
    let scope = Scope::new("compl");
    let name = container(&scope, "stopme", false);
    let dir = generated();
    let script = dir.path().join("completions/hvdock.bash");
    let prefix = &name[..name.len() - 3];
    for with_line in [true, false] {
        let reply = bash_complete(&script, &format!("hvdock start {prefix}"), with_line);
        assert_eq!(reply, vec![name.clone()], "with COMP_LINE: {with_line}");
    }
    // As docker's completion, `stop` offers running containers only: not this stopped one.
    let reply = bash_complete(&script, &format!("hvdock stop {prefix}"), true);
    assert!(!reply.contains(&name), "{reply:?}");
    // After a flag and its value, and for the second container of the list.
    let reply = bash_complete(
        &script,
        &format!("hvdock restart -t 1 other {prefix}"),
        true,
    );
    assert_eq!(reply, vec![name.clone()]);
    let reply = bash_complete(&script, &format!("hvdock container rm {prefix}"), true);
    assert_eq!(reply, vec![name.clone()]);
    // `run` takes an IMAGE first: the container is no candidate there, the test image is.
    let reply = bash_complete(&script, &format!("hvdock run {prefix}"), true);
    assert!(!reply.contains(&name), "{reply:?}");
    let reply = bash_complete(&script, "hvdock run --rm hvdock-test/busy", true);
    assert!(
        reply.iter().any(|r| r.starts_with("hvdock-test/busybox")),
        "{reply:?}"
    );
    // Where docker completes names and none fit, no files either (the crate's own files would
    // fit these prefixes); where it completes files, files.
    let reply = bash_complete(&script, "hvdock run --network Cargo", true);
    assert!(reply.is_empty(), "{reply:?}");
    let reply = bash_complete(&script, "hvdock run --env-file Cargo.t", true);
    assert_eq!(reply, vec!["Cargo.toml".to_string()]);
    // Static completion still works through the fallback to clap's function.
    let reply = bash_complete(&script, "hvdock sto", true);
    assert_eq!(reply, vec!["stop".to_string()]);
    let reply = bash_complete(&script, "hvdock stop --tim", true);
    assert!(reply.contains(&"--timeout".to_string()), "{reply:?}");
}

#[test]
fn complete_subcommand_lists_kinds_with_prefix() {
    let scope = Scope::new("complkind");
    let name = container(&scope, "kind", false);
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

/// Only a guard against a hang (a completion that never returns), not a speed requirement.
const HANG: Duration = Duration::from_secs(60);

/// A socket that accepts connections and never answers them; counts what it accepted.
struct Hung {
    path: PathBuf,
    accepted: Arc<AtomicUsize>,
    _dir: tempfile::TempDir,
}

fn hung_socket() -> Hung {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hung.sock");
    let listener = UnixListener::bind(&path).expect("bind");
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
            count.fetch_add(1, Ordering::SeqCst);
        }
    });
    Hung {
        path,
        accepted,
        _dir: dir,
    }
}

#[test]
fn dead_or_hung_daemon_never_hangs_completion() {
    let hung = hung_socket();
    let hung_host = format!("unix://{}", hung.path.display());
    // A plain command on the hung socket, connected before any completion starts: it hangs
    // (nothing answers it) all through the completions below, which must each end on their
    // own, empty — so completion has a bound of its own that ordinary commands do not.
    let mut control = hvdock(&["-H", &hung_host, "ps"]);
    control
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut control = control.spawn().expect("spawn");
    let deadline = Instant::now() + HANG;
    while hung.accepted.load(Ordering::SeqCst) == 0 {
        assert!(Instant::now() < deadline, "ps never connected");
        assert!(control.try_wait().expect("try_wait").is_none(), "ps ended");
        std::thread::sleep(Duration::from_millis(20));
    }
    for host in ["unix:///nonexistent", hung_host.as_str()] {
        for kind in ["containers", "images", "networks", "volumes"] {
            let r = output_within(hvdock(&["-H", host, "__complete", kind, ""]), HANG)
                .unwrap_or_else(|| panic!("{host} {kind}: completion hung"));
            assert_eq!(
                (r.code, r.stdout.as_str(), r.stderr.as_str()),
                (0, "", ""),
                "{host} {kind}"
            );
        }
        // Through bash, with the host on the command line being completed: an empty answer.
        let dir = generated();
        let script = dir.path().join("completions/hvdock.bash");
        let reply = bash_complete(&script, &format!("hvdock -H {host} stop hvt-"), true);
        assert!(reply.is_empty(), "{host}: {reply:?}");
    }
    assert!(
        hung.accepted.load(Ordering::SeqCst) > 1,
        "the completions never reached the hung socket"
    );
    let still_running = control.try_wait().expect("try_wait").is_none();
    let _ = control.kill();
    let _ = control.wait();
    assert!(still_running, "the hung socket answered");
}
