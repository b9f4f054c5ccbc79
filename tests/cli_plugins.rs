//! docker CLI plugins through hvdock: plugins written here (shell and perl scripts in a config
//! directory of their own) record what they receive; the same directories are given to the
//! reference docker and both answers are compared exactly (program name normalised).

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use common::{docker, hvdock, normalise, output, write_exec, Run};

/// A config directory of its own (`--config`), with `cli-plugins/` in it; removed when dropped.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let dir = std::env::temp_dir().join(format!("hvp-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("cli-plugins")).expect("mkdir");
        Dir(dir)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("utf-8 temp dir")
    }

    fn plugins(&self) -> PathBuf {
        self.0.join("cli-plugins")
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A shell plugin: `meta` is what the metadata call prints, `body` the rest of the script.
fn plugin(dir: &Path, name: &str, meta: &str, body: &str) -> PathBuf {
    let path = dir.join(format!("docker-{name}"));
    let script = format!(
        "#!/bin/sh\nif [ \"$1\" = docker-cli-plugin-metadata ]; then\ncat <<'META'\n{meta}\nMETA\nexit 0\nfi\n{body}\n"
    );
    write_exec(&path, &script, "755");
    path
}

const META: &str = r#"{"SchemaVersion":"0.1.0","Vendor":"Acme Inc.","Version":"v1.2","ShortDescription":"Say hello"}"#;

/// Records argv, docker's plugin variables and stdin, then exits with $CODE.
const RECORDER: &str = r#"for a in "$@"; do echo "arg=$a"; done
echo "reexec=$DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND"
echo "socket=$(echo "$DOCKER_CLI_PLUGIN_SOCKET" | sed 's/^@docker_cli_[0-9a-f]\{32\}$/OK/')"
echo "otel=$OTEL_RESOURCE_ATTRIBUTES"
echo "builder=${BUILDX_BUILDER-unset}"
echo "stdin=$(cat)"
echo "to stderr" >&2
exit ${CODE:-0}"#;

fn both(args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Option<(Run, Run)> {
    let mut d = docker(args)?;
    let mut h = hvdock(args);
    for (k, v) in env {
        d.env(k, v);
        h.env(k, v);
    }
    Some((output(h, stdin), output(d, stdin)))
}

/// The same stdout, stderr and exit code as docker's, with the program name and the way each
/// was invoked (`DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND`) normalised.
fn assert_same(args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Option<Run> {
    let (h, d) = both(args, stdin, env)?;
    let fix = |s: &str| {
        normalise(s)
            .replace(&normalise(common::bin()), "docker")
            .replace(common::REFERENCE_DOCKER, "docker")
    };
    assert_eq!(fix(&h.stdout), fix(&d.stdout), "stdout of {args:?}");
    assert_eq!(fix(&h.stderr), fix(&d.stderr), "stderr of {args:?}");
    assert_eq!(h.code, d.code, "exit code of {args:?}");
    Some(h)
}

#[test]
fn a_plugin_gets_the_command_line_environment_stdin_and_returns_its_code() {
    let dir = Dir::new("argv");
    plugin(&dir.plugins(), "hello", META, RECORDER);
    let args = [
        "--config",
        dir.path(),
        "-D",
        "-l",
        "warn",
        "-H",
        "unix:///var/run/docker.sock",
        "hello",
        "a",
        "--b",
        "-c",
    ];
    let mut c = hvdock(&args);
    c.env("CODE", "42").env("OTEL_RESOURCE_ATTRIBUTES", "a=b");
    let r = output(c, Some(b"input"));
    assert_eq!(r.code, 42, "{}", r.stderr);
    let mut want: String = args.iter().map(|a| format!("arg={a}\n")).collect();
    want.push_str(&format!(
        "reexec={}\nsocket=OK\notel=a=b,docker.cli.cobra.command_path=hvdock%20hello\nbuilder=unset\nstdin=input\n",
        common::bin()
    ));
    assert_eq!(r.stdout, want);
    assert_eq!(r.stderr, "to stderr\n");
    assert_same(&args, Some(b"input"), &[("CODE", "42")]);
    // A plugin killed by a signal: docker exits 255, silently.
    plugin(&dir.plugins(), "killed", META, "kill -9 $$");
    let r = assert_same(&["--config", dir.path(), "killed"], None, &[]);
    if let Some(r) = r {
        assert_eq!(r.code, 255);
    }
}

#[test]
fn a_plugin_shares_the_terminal() {
    let dir = Dir::new("tty");
    plugin(
        &dir.plugins(),
        "tty",
        META,
        "[ -t 0 ] && echo stdin-is-a-tty; [ -t 1 ] && echo stdout-is-a-tty; read line; echo \"got $line\"",
    );
    let mut pty = common::pty::Pty::spawn(hvdock(&["--config", dir.path(), "tty"]), 24, 80);
    pty.expect("stdin-is-a-tty", Duration::from_secs(10));
    pty.expect("stdout-is-a-tty", Duration::from_secs(10));
    pty.send(b"typed\r");
    pty.expect("got typed", Duration::from_secs(10));
    assert_eq!(pty.wait(Duration::from_secs(10)), Some(0));
}

/// A perl plugin that connects to docker's plugin socket, says so, and waits for EOF on it.
const SOCKET_PLUGIN: &str = r#"exec perl -e '
use Socket;
my $a = $ENV{DOCKER_CLI_PLUGIN_SOCKET}; $a =~ s/^@/\0/;
socket(my $s, PF_UNIX, SOCK_STREAM, 0) or die "socket: $!";
connect($s, pack_sockaddr_un($a)) or die "connect: $!";
$SIG{INT} = "IGNORE"; $SIG{TERM} = "IGNORE";
$| = 1; print "connected $$\n";
my $buf; sysread($s, $buf, 1);
print "eof\n";
exit 5 unless $ENV{STAY};
sleep 1 while 1;'"#;

/// Starts `hvdock --config DIR sock` with stdout a pipe; lines arrive on the channel.
fn start_socket_plugin(dir: &Dir, stay: bool) -> (std::process::Child, mpsc::Receiver<String>) {
    plugin(&dir.plugins(), "sock", META, SOCKET_PLUGIN);
    let mut c = hvdock(&["--config", dir.path(), "sock"]);
    if stay {
        c.env("STAY", "1");
    }
    let mut child = c
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let out = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    (child, rx)
}

/// Kills hvdock and its plugin if a test fails half-way, so nothing outlives the test.
struct Reap(Vec<i32>);

impl Drop for Reap {
    fn drop(&mut self) {
        for pid in &self.0 {
            // SAFETY: killing processes this test started.
            unsafe { libc::kill(*pid, libc::SIGKILL) };
        }
    }
}

fn next_line(rx: &mpsc::Receiver<String>) -> String {
    rx.recv_timeout(Duration::from_secs(20))
        .expect("a line from the plugin")
}

fn signal(child: &std::process::Child, sig: i32) {
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, sig) };
}

#[test]
fn a_signal_closes_the_plugin_socket_instead_of_being_forwarded() {
    let dir = Dir::new("sig");
    let (mut child, rx) = start_socket_plugin(&dir, false);
    let mut reap = Reap(vec![child.id() as i32]);
    let line = next_line(&rx);
    reap.0.extend(
        line.strip_prefix("connected ")
            .and_then(|p| p.parse::<i32>().ok()),
    );
    assert!(line.starts_with("connected "), "{line}");
    signal(&child, libc::SIGTERM);
    assert_eq!(next_line(&rx), "eof");
    let status = child.wait().expect("wait");
    reap.0.clear();
    assert_eq!(status.code(), Some(5));
}

#[test]
fn three_signals_kill_the_plugin() {
    let dir = Dir::new("sig3");
    let (mut child, rx) = start_socket_plugin(&dir, true);
    let mut reap = Reap(vec![child.id() as i32]);
    let pid: i32 = next_line(&rx)
        .strip_prefix("connected ")
        .and_then(|p| p.parse().ok())
        .expect("pid");
    reap.0.push(pid);
    signal(&child, libc::SIGINT);
    assert_eq!(next_line(&rx), "eof");
    // The plugin ignores signals and stays; every further SIGINT/SIGTERM counts until the third.
    let mut status = None;
    for _ in 0..100 {
        signal(&child, libc::SIGTERM);
        for _ in 0..20 {
            if let Some(s) = child.try_wait().expect("try_wait") {
                status = Some(s);
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        if status.is_some() {
            break;
        }
    }
    assert_eq!(status.and_then(|s| s.code()), Some(1));
    reap.0.retain(|p| *p == pid);
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut err)
        .expect("stderr");
    assert_eq!(err, "got 3 SIGTERM/SIGINTs, forcefully exiting\n");
    // The plugin was killed: its pid is gone (or a zombie about to be reaped by init).
    let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    for _ in 0..500 {
        let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        if state.is_empty() || state.contains(") Z ") {
            reap.0.clear();
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("plugin {pid} still running: {state}");
}

#[test]
fn discovery_order_shadowing_and_invalid_plugins_as_docker_reports_them() {
    let dir = Dir::new("disc");
    let extra = dir.0.join("extra");
    std::fs::create_dir_all(&extra).expect("mkdir");
    std::fs::write(
        dir.0.join("config.json"),
        format!(r#"{{"cliPluginsExtraDirs":["{}"]}}"#, extra.display()),
    )
    .expect("config");
    let meta = |v: &str| format!(r#"{{"SchemaVersion":"0.1.0","Vendor":"{v}"}}"#);
    plugin(&extra, "dup", &meta("extra"), "echo from extra");
    plugin(&dir.plugins(), "dup", &meta("config"), "echo from config");
    plugin(&dir.plugins(), "hello", META, "echo hi");
    plugin(&dir.plugins(), "badjson", "{not json", "");
    plugin(&dir.plugins(), "typed", r#"{"SchemaVersion":1}"#, "");
    plugin(
        &dir.plugins(),
        "schema",
        &meta("x").replace("0.1.0", "0.2.0"),
        "",
    );
    plugin(
        &dir.plugins(),
        "novendor",
        r#"{"SchemaVersion":"0.1.0"}"#,
        "",
    );
    plugin(&dir.plugins(), "ps", &meta("x"), "");
    plugin(&dir.plugins(), "swarm", &meta("x"), "");
    plugin(&dir.plugins(), "Upper", &meta("x"), "");
    plugin(&dir.plugins(), "under_score", &meta("x"), "");
    write_exec(
        &dir.plugins().join("docker-failmeta"),
        "#!/bin/sh\necho oops >&2\nexit 2\n",
        "755",
    );
    write_exec(&dir.plugins().join("docker-noexec"), "#!/bin/sh\n", "644");
    std::fs::create_dir_all(dir.plugins().join("docker-adir")).expect("mkdir");

    let r = common::run(&["--config", dir.path(), "dup"]);
    assert_eq!(r.stdout, "from extra\n");
    assert_same(&["--config", dir.path(), "dup"], None, &[]);
    // info: the Client section's plugins, the warnings, the JSON.
    let r = common::run(&[
        "--config",
        dir.path(),
        "info",
        "--format",
        "{{json .ClientInfo.Plugins}}",
    ]);
    assert!(r.stdout.contains(r#""ShadowedPaths":["#), "{}", r.stdout);
    assert_same(
        &[
            "--config",
            dir.path(),
            "info",
            "--format",
            "{{json .ClientInfo.Plugins}}",
        ],
        None,
        &[],
    );
    if let Some((h, d)) = both(&["--config", dir.path(), "info"], None, &[]) {
        assert_eq!(h.stderr, d.stderr);
        let client = |s: &str| -> String {
            s.lines()
                .skip(2) // Client:, Version:
                .take_while(|l| !l.is_empty())
                .map(|l| format!("{l}\n"))
                .collect()
        };
        assert_eq!(client(&h.stdout), client(&d.stdout));
        assert!(client(&h.stdout).contains("  hello: Say hello (Acme Inc.)\n    Version:  v1.2\n"));
    }
    // Root help: valid plugins among the Management Commands, marked `*`; the invalid ones.
    let h = common::run(&["--config", dir.path(), "--help"]);
    assert!(
        h.stdout.contains("  hello*      Say hello\n"),
        "{}",
        h.stdout
    );
    if let Some((h, d)) = both(&["--config", dir.path(), "--help"], None, &[]) {
        let plugin_lines = |s: &str| -> String {
            let invalid: String = s
                .split("\nInvalid Plugins:\n")
                .nth(1)
                .unwrap_or_default()
                .split("\n\n")
                .next()
                .unwrap_or_default()
                .to_string();
            let starred: Vec<&str> = s.lines().filter(|l| l.contains("* ")).collect();
            format!("{}\n{invalid}", starred.join("\n"))
        };
        assert_eq!(plugin_lines(&h.stdout), plugin_lines(&d.stdout));
        assert!(plugin_lines(&h.stdout).contains("invalid metadata"));
    }
    // An invalid plugin, a directory, a shadowed built-in: unknown commands, as docker says.
    for name in [
        "badjson",
        "typed",
        "schema",
        "novendor",
        "Upper",
        "under_score",
        "failmeta",
        "noexec",
        "adir",
        "ps",
        "swarm",
        "nothing",
    ] {
        if name == "ps" || name == "swarm" {
            // Built-ins are never shadowed: the built-in answers (swarm: docker's own verb).
            let r = common::run(&["--config", dir.path(), name, "--format", "x"]);
            assert!(!r.stdout.contains("from"), "{name}: {}", r.stdout);
            continue;
        }
        assert_same(&["--config", dir.path(), name], None, &[]);
    }
}

#[test]
fn unknown_commands_and_help_topics_as_docker() {
    let dir = Dir::new("unknown");
    plugin(&dir.plugins(), "hello", META, RECORDER);
    let cfg = dir.path();
    for line in [
        &["frob"][..],
        &["-D", "frob"],
        &["frob", "--bogus"],
        &["frob", "-H"],
        &["frob", "--", "--help"],
        &["--frob"],
        &["help", "frob"],
        &["help", "frob", "bar"],
        &["help", "ps", "x"],
        &["help", "container", "frob"],
        &["help", "hello"],
        &["hello", "--help"],
        &["--help", "hello"],
        &["-v", "hello"],
    ] {
        let mut args = vec!["--config", cfg];
        args.extend_from_slice(line);
        assert_same(&args, Some(b""), &[("CODE", "3")]);
    }
    // With --help (or -h) anywhere, an unknown command prints the root help, like docker.
    let root = common::run(&["--config", cfg, "--help"]);
    for line in [
        &["frob", "--help"][..],
        &["frob", "x", "--help"],
        &["--help", "frob"],
    ] {
        let mut args = vec!["--config", cfg];
        args.extend_from_slice(line);
        let r = common::run(&args);
        assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{line:?}");
        assert_eq!(r.stdout, root.stdout, "{line:?}");
    }
    let r = common::run(&["--config", cfg, "frob", "-h"]);
    assert_eq!(
        r.stdout,
        format!(
            "Flag shorthand -h has been deprecated, use --help\n{}",
            root.stdout
        )
    );
    if let Some(d) = docker(&["--config", cfg, "frob", "-h"]) {
        let d = output(d, None);
        assert!(d
            .stdout
            .starts_with("Flag shorthand -h has been deprecated, use --help\nUsage:"));
    }
}

/// pflag's boolean `--help=VALUE`, and a plugin named `help`, which docker runs for `help`
/// (it looks for plugins before cobra adds its help command) while listing it as duplicating a
/// built-in.
#[test]
fn help_values_and_a_help_plugin_as_docker() {
    let dir = Dir::new("helpplugin");
    let cfg = dir.path();
    for line in [
        &["frob", "--help=false"][..],
        &["frob", "--help=bogus"],
        &["ps", "--help=bogus"],
        &[
            "network",
            "ls",
            "--help=0",
            "--format",
            "{{.Name}}",
            "-f",
            "name=^hvp-none$",
        ],
        &["version", "--help=F", "--format", "{{.Client.Os}}"],
        &["help", "frob"],
    ] {
        let mut args = vec!["--config", cfg];
        args.extend_from_slice(line);
        assert_same(&args, None, &[]);
    }
    let root = common::run(&["--config", cfg, "--help"]);
    for line in [&["frob", "--help=true"][..], &["ps", "--help=1"]] {
        let mut args = vec!["--config", cfg];
        args.extend_from_slice(line);
        let r = common::run(&args);
        let want = common::run(&[&args[..2], &[line[0], "--help"]].concat());
        assert_eq!(
            (r.code, &r.stdout, &r.stderr),
            (0, &want.stdout, &want.stderr),
            "{line:?}"
        );
    }
    assert!(common::run(&["--config", cfg, "frob", "--help=true"]).stdout == root.stdout);
    plugin(&dir.plugins(), "help", META, RECORDER);
    for line in [
        &["help"][..],
        &["help", "ps"],
        &["help", "help", "x"],
        &["-D", "help", "--help"],
    ] {
        let mut args = vec!["--config", cfg];
        args.extend_from_slice(line);
        assert_same(&args, Some(b"in"), &[("CODE", "4")]);
    }
    // The root help (hvdock's own text) lists it among the invalid plugins, as docker does.
    let line = "  help        plugin \"help\" duplicates builtin command\n";
    assert!(common::run(&["--config", cfg, "--help"])
        .stdout
        .contains(line));
    if let Some(d) = docker(&["--config", cfg, "--help"]) {
        assert!(output(d, None).stdout.contains(line));
    }
}

#[test]
fn build_goes_to_buildx_as_docker_routes_it() {
    let dir = Dir::new("build");
    let ctx = std::env::temp_dir().join(format!("hvp-buildctx-{}", std::process::id()));
    std::fs::create_dir_all(&ctx).expect("mkdir");
    std::fs::write(ctx.join("Dockerfile"), format!("FROM {}\n", common::IMAGE)).expect("write");
    let ctx_s = ctx.to_str().expect("utf-8");
    let cfg = dir.path();
    // Without buildx: the legacy builder, after docker's notice.
    let r = common::run(&["--config", cfg, "build", "-q", ctx_s]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .starts_with("DEPRECATED: The legacy builder is deprecated"),
        "{}",
        r.stderr
    );
    assert_same(&["--config", cfg, "build", "-q", ctx_s], None, &[]);
    assert_same(
        &["--config", cfg, "build", "-q", ctx_s],
        None,
        &[("DOCKER_BUILDKIT", "0")],
    );
    assert_same(
        &["--config", cfg, "build", "-q", ctx_s],
        None,
        &[("DOCKER_BUILDKIT", "1")],
    );
    assert_same(
        &["--config", cfg, "ps"],
        None,
        &[("DOCKER_BUILDKIT", "maybe")],
    );
    assert_same(&["--config", cfg, "bake"], None, &[]);

    // A fake buildx: build, image build, builder and bake go to it.
    plugin(
        &dir.plugins(),
        "buildx",
        r#"{"SchemaVersion":"0.1.0","Vendor":"Docker Inc.","Version":"v0.0.1","ShortDescription":"Docker Buildx"}"#,
        RECORDER,
    );
    let r = common::run(&["--config", cfg, "build", "-t", "x", "."]);
    assert!(
        r.stdout.contains("arg=buildx\narg=build\narg=-t\n"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("builder=default\n"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("otel=docker.cli.cobra.command_path=hvdock\n"),
        "{}",
        r.stdout
    );
    for line in [
        &["build", "-t", "x", "."][..],
        &["image", "build", "."],
        &["builder", "prune", "-f"],
        &["build", "--builder", "other", "."],
        &["bake"],
    ] {
        let mut args = vec!["--config", cfg];
        args.extend_from_slice(line);
        assert_same(&args, Some(b""), &[("CODE", "7")]);
    }
    let mut args = vec!["--config", cfg, "build", "-q", ctx_s];
    assert_same(&args, None, &[("DOCKER_BUILDKIT", "0")]);
    // aliases.builder in config.json; and the aliases docker refuses.
    for config in [
        r#"{"aliases":{"builder":"buildx"}}"#,
        r#"{"aliases":{"builder":"ps"}}"#,
        r#"{"aliases":{"frob":"buildx"}}"#,
    ] {
        std::fs::write(dir.0.join("config.json"), config).expect("config");
        args = vec!["--config", cfg, "build", "."];
        assert_same(&args, Some(b""), &[]);
    }
    // A broken buildx with BuildKit enforced: docker's error, with the cause.
    std::fs::write(dir.0.join("config.json"), "{}").expect("config");
    plugin(&dir.plugins(), "buildx", r#"{"SchemaVersion":"0.1.0"}"#, "");
    assert_same(
        &["--config", cfg, "build", "."],
        None,
        &[("DOCKER_BUILDKIT", "1")],
    );
    assert_same(&["--config", cfg, "build", "-q", ctx_s], None, &[]);
    let _ = std::fs::remove_dir_all(&ctx);
}

#[test]
fn completion_offers_plugin_names() {
    let dir = Dir::new("complete");
    plugin(&dir.plugins(), "hello", META, "");
    plugin(&dir.plugins(), "helpless", "{", "");
    let r = common::run(&["__complete", "--words", "--config", dir.path(), "he"]);
    let names: Vec<&str> = r.stdout.lines().collect();
    assert!(names.contains(&"hello"), "{names:?}");
    // docker's completion has a stub command for an invalid plugin too, and offers it.
    assert!(names.contains(&"helpless"), "{names:?}");
}

#[test]
fn builder_prune_without_buildx_as_docker() {
    let dir = Dir::new("builder");
    let cfg = dir.path();
    // A filter that matches no cache record: nothing of anyone else's goes.
    for line in [
        &["builder", "prune", "-f", "--filter", "id=hvp-none"][..],
        &[
            "builder",
            "prune",
            "-a",
            "-f",
            "--filter",
            "id=hvp-none",
            "--keep-storage",
            "1g",
        ],
        &["builder", "prune", "--help"],
        &["builder", "frob"],
        &["builder", "prune", "extra"],
    ] {
        let mut args = vec!["--config", cfg];
        args.extend_from_slice(line);
        assert_same(&args, None, &[]);
    }
    // `builder build` is `image build` under docker's third name.
    for line in [&["builder", "build", "--help"][..], &["build", "--help"]] {
        let mut args = vec!["--config", cfg];
        args.extend_from_slice(line);
        if let Some((h, d)) = both(&args, None, &[]) {
            let aliases = |s: &str| s.lines().nth(5).map(normalise);
            assert_eq!(aliases(&h.stdout), aliases(&d.stdout), "{line:?}");
            assert_eq!(h.stderr, d.stderr);
        }
    }
    // Answering no to the prompt: nothing is asked of the daemon, exit 0.
    assert_same(&["--config", cfg, "builder", "prune"], Some(b"n\n"), &[]);
    let r = common::run(&["--config", cfg, "system", "df", "--format", "{{.Type}}"]);
    assert!(r.stdout.contains("Build Cache"), "{}", r.stdout);
    assert_same(
        &[
            "--config",
            cfg,
            "system",
            "df",
            "--format",
            "{{if eq .Type \"Build Cache\"}}{{.TotalCount}} {{.Active}} {{.Size}} {{.Reclaimable}}{{end}}",
        ],
        None,
        &[],
    );
}
