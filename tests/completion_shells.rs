//! The zsh and fish completion scripts, driven in real shells: fish through its own entry point
//! (`complete -C 'LINE'`), zsh interactively on a pseudo-terminal (TAB typed after the line, the
//! candidates caught where its `compadd` takes them). What they offer is compared with what the
//! reference docker's cobra completion (`docker __complete ...`) answers for the same line.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::completion::{container, generated, path_with_hvdock};
use common::need::{require, Need};
use common::pty::Pty;
use common::*;

/// Only a guard against a hang, not a speed requirement.
const HANG: Duration = Duration::from_secs(60);

fn clean_env(c: &mut Command) {
    c.env("PATH", path_with_hvdock());
    for v in ["DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_API_VERSION"] {
        c.env_remove(v);
    }
}

/// The candidates (without descriptions) of one completion.
type Set = BTreeSet<String>;

fn set<I: IntoIterator<Item = S>, S: Into<String>>(items: I) -> Set {
    items.into_iter().map(Into::into).collect()
}

/// fish: `complete -C LINE` after sourcing the script, in a fish without configuration.
fn fish(dir: &Path, line: &str) -> Set {
    fish_env(dir, line, &[])
}

fn fish_env(dir: &Path, line: &str, env: &[(&str, &str)]) -> Set {
    assert!(!line.contains('\''), "no quotes in test lines: {line}");
    let script = dir.join("completions/hvdock.fish");
    let program = format!(
        "source '{}'; or exit 3; complete -C '{line}'",
        script.display()
    );
    let mut c = Command::new("fish");
    c.args(["--no-config", "-c", &program]);
    clean_env(&mut c);
    c.envs(env.iter().copied());
    let r = output_within(c, HANG).unwrap_or_else(|| panic!("fish: completing {line:?} hung"));
    assert_eq!(r.code, 0, "fish failed for {line:?}: {}", r.stderr);
    r.stdout
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

/// An interactive zsh on a pty with the script's directory first in `fpath` and `compinit`
/// run; its `compadd` also appends every candidate it is given to a file, which is how the
/// test reads what a TAB offered.
struct Zsh {
    pty: Pty,
    caught: PathBuf,
    _home: tempfile::TempDir,
    round: usize,
}

const ZSHRC: &str = r#"
PS1='zsh> '
unsetopt BEEP
fpath=("$HVCP_COMPLETIONS" $fpath)
autoload -U compinit && compinit -u -D
compadd() {
    # The calls that only ask (-O, -A, -D) go through untouched.
    if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
        builtin compadd "$@"
        return $?
    fi
    local -a hits
    builtin compadd -A hits "$@"
    local ret=$?
    (( ${#hits} )) && print -rl -- "${hits[@]}" >> "$HVCP_CAUGHT"
    builtin compadd "$@"
    return $ret
}
"#;

impl Zsh {
    fn start(dir: &Path) -> Zsh {
        Zsh::start_env(dir, &[])
    }

    fn start_env(dir: &Path, env: &[(&str, &str)]) -> Zsh {
        let home = tempfile::tempdir().expect("tempdir");
        std::fs::write(home.path().join(".zshrc"), ZSHRC).expect("write .zshrc");
        let caught = home.path().join("caught");
        let mut c = Command::new("zsh");
        c.arg("-i");
        clean_env(&mut c);
        c.env("ZDOTDIR", home.path())
            .env("TERM", "xterm")
            .env("HVCP_COMPLETIONS", dir.join("completions"))
            .env("HVCP_CAUGHT", &caught)
            .envs(env.iter().copied());
        let mut pty = Pty::spawn(c, 50, 200);
        pty.expect("zsh> ", HANG);
        Zsh {
            pty,
            caught,
            _home: home,
            round: 0,
        }
    }

    /// Types `line`, then TAB; then clears the line and runs a marker command, whose output
    /// says the completion is over.
    fn complete(&mut self, line: &str) -> Set {
        let _ = std::fs::remove_file(&self.caught);
        self.round += 1;
        let n = self.round;
        self.pty.send(line.as_bytes());
        self.pty.send(b"\t");
        // Ctrl-U clears the line (emacs keymap), whatever the completion inserted.
        self.pty.send(b"\x15");
        self.pty
            .send(format!("print hvcp-done-$(( {n} * 7 ))\r").as_bytes());
        self.pty.expect(&format!("hvcp-done-{}", n * 7), HANG);
        self.pty.expect("zsh> ", HANG);
        std::fs::read_to_string(&self.caught)
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }
}

impl Drop for Zsh {
    fn drop(&mut self) {
        let _ = self.pty.child.kill();
        let _ = self.pty.child.wait();
    }
}

/// What the reference docker's `__complete` answers for `line` (words after `docker`), without
/// descriptions, filtered by the last word as the shell scripts filter it.
fn docker_candidates(line: &str) -> Set {
    docker_candidates_env(line, &[])
}

fn docker_candidates_env(line: &str, env: &[(&str, &str)]) -> Set {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    if line.ends_with(' ') {
        words.push("");
    }
    let current = words.last().copied().unwrap_or_default();
    let prefix = match current.strip_prefix("--").and_then(|c| c.split_once('=')) {
        Some((_, value)) => value,
        None => current,
    };
    let mut args = vec!["__complete"];
    args.extend(&words);
    let mut c = reference(&args);
    c.envs(env.iter().copied());
    let r = output(c, None);
    assert_eq!(r.code, 0, "docker __complete {line}: {}", r.stderr);
    r.stdout
        .lines()
        .filter(|l| !l.starts_with(':') && !l.is_empty())
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .filter(|c| c.starts_with(prefix))
        .collect()
}

/// The command lines both shells complete and compare with docker: verbs and flags (static),
/// flag values docker lists, and live names picked per verb as docker picks them.
fn lines_like_docker(prefix: &str) -> Vec<String> {
    [
        "sto",
        "container l",
        "stop --ti",
        "run --net",
        "run --restart ",
        "run --pull m",
        "run --network=brid",
        "image ls --fo",
        "network inspect bri",
        "inspect --type ",
        "service create --mode ",
        "node update --availability ",
        "run --rm hvdock-test/busybox:l",
        "image rm hvdock-test/busybox:l",
        "tag hvdock-test/busybox:latest hvdock-test/busybox:l",
        "context use d",
        "context inspect default d",
        "kill --signal K",
        "run --ulimit no",
        "run --security-opt label=",
        "run --ipc ",
        "inspect hvdock-test/busybox:l",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain(
        [
            "stop",
            "start",
            "rm",
            "rm -f",
            "exec",
            "logs",
            "unpause",
            "kill",
            "network connect bridge",
            "network disconnect bridge",
        ]
        .iter()
        .map(|verb| format!("{verb} {prefix}")),
    )
    .collect()
}

/// What the fish and zsh comparisons complete against: a created and a running container of a
/// scope (their common name prefix) and the generated scripts.
struct Fixture {
    _scope: Scope,
    created: String,
    running: String,
    prefix: String,
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new(scope: &str) -> Fixture {
        let scope = Scope::new(scope);
        Fixture {
            created: container(&scope, "made", false),
            running: container(&scope, "up", true),
            prefix: format!("hvt-{}-", scope.id),
            _scope: scope,
            dir: generated(),
        }
    }
}

#[test]
fn fish_completes_like_docker() {
    if !require(Need::Fish | Need::Docker) {
        return;
    }
    let Fixture {
        _scope,
        created,
        running,
        prefix,
        dir,
    } = Fixture::new("cfish");
    for line in lines_like_docker(&prefix) {
        let theirs = docker_candidates(&line);
        let mut ours = fish(dir.path(), &format!("hvdock {line}"));
        // fish gives `--flag=value` for `--flag=va`: the token it replaces.
        if let Some((flag, _)) = line
            .rsplit(' ')
            .next()
            .filter(|w| w.starts_with("--"))
            .and_then(|w| w.split_once('='))
        {
            ours = ours
                .iter()
                .map(|c| c.trim_start_matches(&format!("{flag}=")).to_string())
                .collect();
        }
        assert_eq!(ours, theirs, "fish: hvdock {line}");
    }
    // The live names are really there (not two empty answers agreeing).
    assert_eq!(
        fish(dir.path(), &format!("hvdock stop {prefix}")),
        set([running.clone()])
    );
    assert_eq!(
        fish(dir.path(), &format!("hvdock start {prefix}")),
        set([created.clone()])
    );
    assert_eq!(
        fish(dir.path(), &format!("hvdock rm -f {prefix}")),
        set([created.clone(), running.clone()])
    );
    // Where docker offers names and none fit, no files either; where it offers files, files.
    assert_eq!(fish(dir.path(), "hvdock stop no-such-name-xyz"), Set::new());
    let work = tempfile::tempdir().expect("tempdir");
    std::fs::write(work.path().join("hvcp-env.list"), "A=1\n").expect("write");
    let file_line = format!("hvdock run --env-file {}/hvcp-e", work.path().display());
    assert_eq!(
        fish(dir.path(), &file_line),
        set([format!("{}/hvcp-env.list", work.path().display())])
    );
}

#[test]
fn zsh_completes_like_docker() {
    if !require(Need::Zsh | Need::Docker) {
        return;
    }
    let Fixture {
        _scope,
        created,
        running,
        prefix,
        dir,
    } = Fixture::new("czsh");
    let mut zsh = Zsh::start(dir.path());
    for line in lines_like_docker(&prefix) {
        let theirs = docker_candidates(&line);
        let ours = zsh.complete(&format!("hvdock {line}"));
        assert_eq!(ours, theirs, "zsh: hvdock {line}");
    }
    assert_eq!(
        zsh.complete(&format!("hvdock stop {prefix}")),
        set([running.clone()])
    );
    assert_eq!(
        zsh.complete(&format!("hvdock start {prefix}")),
        set([created.clone()])
    );
    assert_eq!(zsh.complete("hvdock stop no-such-name-xyz"), Set::new());
    let work = tempfile::tempdir().expect("tempdir");
    std::fs::write(work.path().join("hvcp-env.list"), "A=1\n").expect("write");
    let file_line = format!("hvdock run --env-file {}/hvcp-e", work.path().display());
    assert_eq!(zsh.complete(&file_line), set(["hvcp-env.list"]));
}

/// A config directory with a valid CLI plugin `hvcpfoo` and an invalid one `hvcpbad` (its
/// metadata does not parse).
fn plugin_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let plugins = dir.path().join("cli-plugins");
    std::fs::create_dir(&plugins).expect("mkdir");
    for (name, meta) in [
        (
            "hvcpfoo",
            r#"{"SchemaVersion":"0.1.0","Vendor":"hvcp","ShortDescription":"A test plugin"}"#,
        ),
        ("hvcpbad", "{"),
    ] {
        // It completes its own words as a cobra plugin does: `__complete NAME WORD...`.
        let script = format!(
            "#!/bin/sh\nif [ \"$1\" = docker-cli-plugin-metadata ]; then\ncat <<'META'\n{meta}\nMETA\nfi\n\
             if [ \"$1\" = __complete ]; then\nprintf \"alpha\\tThe first\\nbeta$#\\n:4\\n\"\nfi\n"
        );
        // Written by a child shell: no descriptor open for writing leaks into a forked process
        // of another test thread (exec would fail with ETXTBSY).
        let path = plugins.join(format!("docker-{name}"));
        let st = Command::new("sh")
            .args([
                "-c",
                "printf '%s' \"$2\" > \"$1\" && chmod 755 \"$1\"",
                "sh",
            ])
            .arg(&path)
            .arg(&script)
            .status()
            .expect("sh");
        assert!(st.success());
    }
    dir
}

#[test]
fn cli_plugin_names_complete_in_zsh_and_fish_like_docker() {
    if !require(Need::Zsh | Need::Fish | Need::Docker) {
        return;
    }
    let plugins = plugin_dir();
    let config = plugins.path().to_str().expect("utf-8 temp path");
    // docker's completion finds plugins through DOCKER_CONFIG (it does not read `--config` on
    // the line being completed); hvdock's reads both.
    let env = [("DOCKER_CONFIG", config)];
    let theirs = docker_candidates_env("hvcp", &env);
    assert_eq!(
        theirs,
        set(["hvcpbad", "hvcpfoo"]),
        "docker's answer changed"
    );
    let dir = generated();
    assert_eq!(fish_env(dir.path(), "hvdock hvcp", &env), theirs, "fish");
    assert_eq!(
        fish(dir.path(), &format!("hvdock --config {config} hvcp")),
        theirs,
        "fish, --config"
    );
    let mut zsh = Zsh::start_env(dir.path(), &env);
    assert_eq!(zsh.complete("hvdock hvcp"), theirs, "zsh");
    assert_eq!(
        zsh.complete(&format!("hvdock --config {config} hvcp")),
        theirs,
        "zsh, --config"
    );
    // The built-in commands are still offered next to the plugins.
    assert_eq!(zsh.complete("hvdock sto"), set(["stop"]));
    // The plugin completes its own words, handed over as docker hands them (`betaN`: N arguments).
    for line in ["hvcpfoo ", "hvcpfoo --x a", "hvcpfoo one b"] {
        let theirs = docker_candidates_env(line, &env);
        assert!(
            !theirs.is_empty() || line.ends_with('x'),
            "{line}: {theirs:?}"
        );
        assert_eq!(
            fish_env(dir.path(), &format!("hvdock {line}"), &env),
            theirs,
            "fish: {line}"
        );
        assert_eq!(
            zsh.complete(&format!("hvdock {line}")),
            theirs,
            "zsh: {line}"
        );
    }
}

/// A one-node Swarm of this test's own (`scripts/cluster.sh`, prefix `hvcp`, through
/// `common::cluster`), stopped at process exit on success and failure alike.
struct Swarm {
    host: String,
    _cluster: std::sync::MutexGuard<'static, std::collections::HashMap<String, String>>,
}

impl Swarm {
    fn up() -> Swarm {
        let env = common::cluster::cluster("hvcp", "10.213.46", 1);
        Swarm {
            host: env.get("MANAGER_HOST").expect("MANAGER_HOST").clone(),
            _cluster: env,
        }
    }

    /// The reference client on the manager, which must succeed.
    fn docker(&self, args: &[&str], stdin: Option<&[u8]>) -> String {
        let mut all = vec!["-H", self.host.as_str()];
        all.extend(args);
        let r = output(reference(&all), stdin);
        assert_eq!(r.code, 0, "docker {args:?}: {}", r.stderr);
        r.stdout
    }
}

#[test]
fn swarm_names_complete_in_zsh_and_fish_like_docker() {
    if !require(Need::Zsh | Need::Fish | Need::Docker) {
        return;
    }
    let swarm = Swarm::up();
    swarm.docker(
        &[
            "service",
            "create",
            "--detach",
            "--name",
            "hvcpweb",
            "--label",
            "com.docker.stack.namespace=hvcpstk",
            IMAGE,
            "sleep",
            "600",
        ],
        None,
    );
    swarm.docker(&["secret", "create", "hvcpsecret", "-"], Some(b"s3cret"));
    swarm.docker(&["config", "create", "hvcpconfig", "-"], Some(b"conf"));
    let h = swarm.host.clone();
    let lines: Vec<String> = [
        "node inspect ",
        "node ps hv",
        "node update --availability ",
        "node update --role w",
        "service inspect ",
        "service ps hvcp",
        "service scale ",
        "service rm x ",
        "service update --rollback-order ",
        "secret inspect ",
        "secret rm ",
        "config inspect ",
        "config rm ",
        "stack ps ",
        "stack rm hv",
        "stack services ",
    ]
    .iter()
    .map(|l| format!("-H {h} {l}"))
    .collect();
    let dir = generated();
    let mut zsh = Zsh::start(dir.path());
    for line in &lines {
        let theirs = docker_candidates(line);
        assert_eq!(
            fish(dir.path(), &format!("hvdock {line}")),
            theirs,
            "fish: {line}"
        );
        assert_eq!(
            zsh.complete(&format!("hvdock {line}")),
            theirs,
            "zsh: {line}"
        );
    }
    // The names are really there: docker's and ours agree on something, not on nothing.
    let node = fish(dir.path(), &format!("hvdock -H {h} node inspect "));
    assert_eq!(node, set(["hvcp1", "self"]));
    assert_eq!(
        zsh.complete(&format!("hvdock -H {h} service scale hv")),
        set(["hvcpweb="])
    );
    assert_eq!(
        fish(dir.path(), &format!("hvdock -H {h} stack rm ")),
        set(["hvcpstk"])
    );
    let secret_id = swarm.docker(
        &["secret", "inspect", "--format", "{{.ID}}", "hvcpsecret"],
        None,
    );
    assert_eq!(
        zsh.complete(&format!("hvdock -H {h} secret rm ")),
        set([secret_id.trim()])
    );
}
