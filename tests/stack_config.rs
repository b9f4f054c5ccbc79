//! `stack config` and the compose loader's errors, against the reference docker. Neither needs
//! a daemon (docker loads and prints the files client-side; a `stack deploy` of a bad file
//! fails before it asks the daemon anything), so no cluster: every compose file of the corpus
//! (tests/fixtures/stack and tests/fixtures/stack-config), alone and merged, goes through
//! `docker stack config` and `hvdock stack config` with the same environment and working
//! directory, and stdout, stderr (logrus's timestamps replaced) and exit code must be equal byte
//! for byte; then a table of bad files through `stack config` and `stack deploy`.

mod common;

use std::path::Path;
use std::process::Command;

fn dir(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The same environment for both clients: the corpus's variables, a known HOME, nothing else
/// that docker's loader would read (`DOCKER_*` are cleared by the common helpers).
fn prepare(c: &mut Command, cwd: &str) {
    c.current_dir(cwd)
        .env("HVK_SET", "v")
        .env("HVK_EMPTY", "")
        .env("HVK_REPLICAS", "2")
        .env("HVK_NETNAME", "hvkt-named")
        .env("HVSK_BARE", "bare")
        .env("HVSK_FROMENV", "fe")
        .env("HOME", "/hvsk-home")
        .env_remove("HVK_UNSET")
        .env_remove("HVSK_UNSET");
}

/// logrus's `time="..."` differs run to run.
fn untimed(s: &str) -> String {
    s.lines()
        .map(|l| match l.strip_prefix("time=\"") {
            Some(rest) => format!("time=T{}", &rest[rest.find('"').map_or(0, |i| i + 1)..]),
            None => l.to_string(),
        })
        .map(|l| l + "\n")
        .collect::<String>()
        .replace("hvdock", "docker")
}

/// Runs `args` in `cwd` through both clients (with `stdin` when given) and compares.
#[track_caller]
fn both(cwd: &str, args: &[&str], stdin: Option<&[u8]>) -> Option<common::Run> {
    let mut d = common::docker(args)?;
    prepare(&mut d, cwd);
    let d = common::output(d, stdin);
    let mut h = common::hvdock(args);
    prepare(&mut h, cwd);
    let h = common::output(h, stdin);
    // The program name in usage texts; replaced on both sides (image names contain it too).
    let out = |s: &str| s.replace("hvdock", "docker");
    assert_eq!(
        (h.code, out(&h.stdout), untimed(&h.stderr)),
        (d.code, out(&d.stdout), untimed(&d.stderr)),
        "hvdock vs docker for {args:?} in {cwd}: (exit code, stdout, stderr)"
    );
    Some(h)
}

fn yml(dir: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yml"))
        .collect();
    names.sort();
    names
}

#[test]
fn config_of_every_corpus_file_is_dockers() {
    let mut compared = 0;
    for d in [dir("stack"), dir("stack-config")] {
        for name in yml(&d) {
            let Some(r) = both(&d, &["stack", "config", "-c", &name], None) else {
                return;
            };
            assert_eq!(r.code, 0, "{name}: {}", r.stderr);
            compared += 1;
        }
    }
    assert!(compared >= 24, "{compared} files");
}

#[test]
fn config_merges_files_as_docker() {
    let stack = dir("stack");
    let cfg = dir("stack-config");
    for args in [
        vec![
            "stack",
            "config",
            "-c",
            "19-merge-base.yml",
            "-c",
            "19-merge-override.yml",
        ],
        vec![
            "stack",
            "config",
            "-c",
            "19-merge-base.yml,19-merge-override.yml",
        ],
    ] {
        both(&stack, &args, None);
    }
    for args in [
        vec!["stack", "config", "-c", "merge-a.yml", "-c", "merge-b.yml"],
        vec!["stack", "config", "-c", "merge-b.yml", "-c", "merge-a.yml"],
        vec![
            "stack",
            "config",
            "-c",
            "all-fields.yml",
            "-c",
            "merge-b.yml",
        ],
        // A file from another directory: relative paths start at the first file's.
        vec![
            "stack",
            "config",
            "-c",
            "../stack/06-secrets.yml",
            "-c",
            "merge-a.yml",
        ],
    ] {
        both(&cfg, &args, None);
    }
}

#[test]
fn config_flags_stdin_and_usage_are_dockers() {
    let stack = dir("stack");
    let text = std::fs::read(Path::new(&stack).join("02-interpolation.yml")).unwrap();
    for (args, stdin) in [
        (
            vec![
                "stack",
                "config",
                "--skip-interpolation",
                "-c",
                "02-interpolation.yml",
            ],
            None,
        ),
        (vec!["stack", "config", "-c", "-"], Some(text.as_slice())),
        (
            vec!["stack", "config", "-c", "-", "--skip-interpolation"],
            Some(&text[..]),
        ),
        (vec!["stack", "config"], None),
        (vec!["stack", "config", "extra"], None),
        (vec!["stack", "config", "--help"], None),
        (vec!["stack", "--help"], None),
        (vec!["stack", "config", "-c", "nope.yml"], None),
    ] {
        if both(&stack, &args, stdin).is_none() {
            return;
        }
    }
}
