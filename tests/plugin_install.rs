//! `plugin create | push | install | set | upgrade` against docker 28 on an engine of the test's
//! own (`common::cluster`, prefix hvpv, one node in its network namespace: installed plugins
//! are daemon-wide and other tests list the main engine's plugins). The registry the engine
//! pushes to and pulls from is a `docker-registry` started inside that namespace on
//! 127.0.0.1:5000 (the host's registry on that address is not reachable from there).
//!
//! The plugin is made here: busybox's filesystem (exported from the main engine) plus a tiny
//! static program, compiled by rustc, that listens on the plugin's socket, which is what the
//! daemon needs to enable a `docker.volumedriver/1.0` plugin. Its config asks for the host
//! network, so installing it shows docker's privilege prompt.
//!
//! Each step runs through docker, the engine is put back, then through hvdock, and put back
//! again; stdout, stderr and exit code are compared exactly, except the daemon's progress lines
//! of a push or pull: those come from concurrent transfers, so they are compared as a sorted
//! multiset, without the passing `Waiting` status the daemon may or may not report.

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command};
use std::sync::MutexGuard;
use std::time::{Duration, Instant};

use common::{output, Run};

const PREFIX: &str = "hvpv";
const NET: &str = "10.213.44";
const PLUGIN: &str = "127.0.0.1:5000/hvpv/plug:1";
const PLUGIN2: &str = "127.0.0.1:5000/hvpv/plug:2";

const SERVE: &str = r#"
use std::io::{Read, Write};
fn main() {
    let path = "/run/docker/plugins/hvpv.sock";
    let _ = std::fs::remove_file(path);
    let l = std::os::unix::net::UnixListener::bind(path).unwrap();
    for mut c in l.incoming().flatten() {
        let mut buf = [0u8; 4096];
        let _ = c.read(&mut buf);
        let body = "{\"Implements\":[\"VolumeDriver\"]}";
        let _ = write!(c, "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.plugins.v1+json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}", body.len(), body);
    }
}
"#;

const CONFIG: &str = r#"{"description":"hvpv test plugin","documentation":"https://example.invalid","entrypoint":["/serve"],"interface":{"socket":"hvpv.sock","types":["docker.volumedriver/1.0"]},"network":{"type":"host"},"env":[{"name":"DEBUG","settable":["value"],"value":"0"}]}"#;

/// The engine and its registry; dropping it stops the registry (by pid). The engine is
/// `common::cluster`'s, stopped (and its namespace deleted) when the test binary exits.
struct Engine {
    host: String,
    registry: Option<Child>,
    dir: tempfile::TempDir,
    _cluster: MutexGuard<'static, HashMap<String, String>>,
}

impl Drop for Engine {
    fn drop(&mut self) {
        if let Some(mut r) = self.registry.take() {
            let _ = r.kill();
            let _ = r.wait();
        }
    }
}

impl Engine {
    fn up() -> Option<Engine> {
        if unsafe { libc::geteuid() } != 0 || common::docker(&[]).is_none() {
            common::need::skip("the extra engine needs root and the reference docker");
            return None;
        }
        let cluster = common::cluster::cluster(PREFIX, NET, 1);
        let mut e = Engine {
            host: cluster["NODE1_HOST"].clone(),
            registry: None,
            dir: tempfile::tempdir().unwrap(),
            _cluster: cluster,
        };
        let root = e.dir.path().join("registry");
        std::fs::create_dir(&root).unwrap();
        let config = e.dir.path().join("registry.yml");
        std::fs::write(
            &config,
            format!(
                "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\nhttp:\n  addr: 127.0.0.1:5000\n",
                root.display()
            ),
        )
        .unwrap();
        let ns = format!("--net=/run/netns/{PREFIX}1");
        e.registry = Some(
            Command::new("nsenter")
                .arg(&ns)
                .arg("docker-registry")
                .arg("serve")
                .arg(&config)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("docker-registry"),
        );
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let probe = Command::new("nsenter")
                .arg(&ns)
                .args(["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/5000"])
                .stderr(std::process::Stdio::null())
                .status()
                .unwrap();
            if probe.success() {
                break;
            }
            assert!(Instant::now() < deadline, "the registry did not listen");
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(e)
    }

    fn cmd(&self, docker: bool, args: &[&str]) -> Command {
        let mut all = vec!["-H", self.host.as_str()];
        all.extend_from_slice(args);
        let mut c = match docker {
            true => common::reference(&all),
            false => common::hvdock(&all),
        };
        c.current_dir(self.dir.path());
        c
    }

    fn run(&self, docker: bool, args: &[&str], stdin: Option<&[u8]>) -> Run {
        output(self.cmd(docker, args), stdin)
    }

    /// A setup or clean-up step through docker; `must` says whether it has to succeed.
    fn docker(&self, args: &[&str], must: bool) -> Run {
        let r = self.run(true, args, None);
        assert!(!must || r.code == 0, "docker {args:?}: {r:?}");
        r
    }

    /// `args` through docker, then `reset`, then through hvdock, then `reset`: (hvdock, docker).
    fn both(&self, args: &[&str], stdin: Option<&[u8]>, reset: &dyn Fn(&Engine)) -> (Run, Run) {
        let theirs = self.run(true, args, stdin);
        reset(self);
        let ours = self.run(false, args, stdin);
        reset(self);
        (ours, theirs)
    }

    /// [`Engine::both`] compared exactly.
    #[track_caller]
    fn same(&self, args: &[&str], stdin: Option<&[u8]>, reset: &dyn Fn(&Engine)) {
        let (mut ours, theirs) = self.both(args, stdin, reset);
        // `--help` names the program on stdout.
        ours.stdout = common::normalise(&ours.stdout);
        common::assert_same(&format!("{args:?}"), &ours, &theirs);
    }

    /// [`Engine::both`] with the progress lines compared as a sorted multiset.
    #[track_caller]
    fn same_progress(&self, args: &[&str], stdin: Option<&[u8]>, reset: &dyn Fn(&Engine)) {
        let (ours, theirs) = self.both(args, stdin, reset);
        let lines = |r: &Run| {
            let mut l: Vec<String> = r
                .stdout
                .lines()
                .filter(|l| !l.ends_with(": Waiting"))
                .map(str::to_string)
                .collect();
            l.sort();
            (r.code, l, common::normalise(&r.stderr))
        };
        assert_eq!(
            lines(&ours),
            lines(&theirs),
            "hvdock vs docker for {args:?}"
        );
    }

    fn inspect(&self, name: &str, format: &str) -> String {
        self.docker(&["plugin", "inspect", "-f", format, name], true)
            .stdout
    }
}

fn nothing(_: &Engine) {}

fn remove(e: &Engine) {
    e.docker(&["plugin", "rm", "-f", PLUGIN], false);
    e.docker(&["plugin", "rm", "-f", "hvpv-alias:latest"], false);
}

/// The plugin's data directory: config.json and busybox's filesystem with /serve.
fn make_plugin(dir: &Path) {
    let scope = common::Scope::new("hvpv-plugin");
    let label = scope.label();
    let created = common::reference(&["create", "--label", &label, "hvdock-test/busybox:latest"])
        .output()
        .unwrap();
    assert!(created.status.success(), "{created:?}");
    let id = String::from_utf8_lossy(&created.stdout).trim().to_string();
    let rootfs = dir.join("rootfs");
    std::fs::create_dir_all(&rootfs).unwrap();
    let tarball = dir.join("rootfs.tar");
    let export = common::reference(&["export", "-o", tarball.to_str().unwrap(), &id])
        .status()
        .unwrap();
    assert!(export.success());
    let untar = Command::new("tar")
        .arg("-xf")
        .arg(&tarball)
        .arg("-C")
        .arg(&rootfs)
        .status()
        .unwrap();
    assert!(untar.success());
    std::fs::remove_file(&tarball).unwrap();
    let source = dir.join("serve.rs");
    std::fs::write(&source, SERVE).unwrap();
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let built = Command::new(rustc)
        .args([
            "-O",
            "-C",
            "strip=symbols",
            "-C",
            "target-feature=+crt-static",
        ])
        .args(["--target", "x86_64-unknown-linux-gnu", "-o"])
        .arg(rootfs.join("serve"))
        .arg(&source)
        .output()
        .unwrap();
    assert!(built.status.success(), "rustc: {built:?}");
    std::fs::write(dir.join("config.json"), CONFIG).unwrap();
}

#[test]
fn plugin_create_push_install_set_upgrade_as_docker() {
    let Some(e) = Engine::up() else { return };
    let data = e.dir.path().join("p");
    make_plugin(&data);
    std::fs::create_dir(e.dir.path().join("empty")).unwrap();
    std::fs::write(e.dir.path().join("empty/config.json"), "").unwrap();
    std::fs::create_dir(e.dir.path().join("broken")).unwrap();
    std::fs::write(e.dir.path().join("broken/config.json"), "{\"a\":}").unwrap();

    // create: the checks before the request, the daemon's answers, and a plugin made.
    for line in [
        &["plugin", "create"][..],
        &["plugin", "create", "x"],
        &["plugin", "create", "X", "p"],
        &["plugin", "create", "x", "nosuch"],
        &["plugin", "create", "x", "p/config.json"],
        &["plugin", "create", "x", "./empty/"],
        &["plugin", "create", "x", "broken"],
        &["plugin", "create", "--help"],
    ] {
        e.same(line, None, &nothing);
    }
    e.same(&["plugin", "create", PLUGIN, "p"], None, &remove);
    e.same(&["plugin", "create", PLUGIN, "p", "extra"], None, &remove);
    // The daemon does not gunzip a plugin's context: both fail alike. docker also logs its
    // archive goroutine's failure to write into the closed request, when it sees it first.
    let (ours, mut theirs) = e.both(
        &["plugin", "create", "--compress", PLUGIN, "p"],
        None,
        &remove,
    );
    theirs.stderr = theirs
        .stderr
        .lines()
        .filter(|l| !l.starts_with("time="))
        .map(|l| format!("{l}\n"))
        .collect();
    common::assert_same("create --compress", &ours, &theirs);
    assert!(ours.stderr.contains("invalid tar header"), "{ours:?}");

    // push: the plugin made by docker, pushed once before so that both see the same registry.
    e.docker(&["plugin", "create", PLUGIN, "p"], true);
    e.docker(&["plugin", "push", PLUGIN], true);
    e.same_progress(&["plugin", "push", PLUGIN], None, &nothing);
    e.same_progress(
        &["plugin", "push", "--disable-content-trust", PLUGIN],
        None,
        &nothing,
    );
    for line in [
        &["plugin", "push"][..],
        &["plugin", "push", "hvpv-nosuch"],
        &["plugin", "push", "Bad"],
        &[
            "plugin",
            "push",
            "x@sha256:0123456789012345678901234567890123456789012345678901234567890123",
        ],
    ] {
        e.same(line, None, &nothing);
    }
    // The second version differs in its filesystem (the daemon refuses a second plugin with
    // the same layer while the first exists).
    let marker = data.join("rootfs/hvpv-version");
    std::fs::write(&marker, "2\n").unwrap();
    e.docker(&["plugin", "create", PLUGIN2, "p"], true);
    std::fs::remove_file(&marker).unwrap();
    e.docker(&["plugin", "push", PLUGIN2], true);
    let layers = "{{.Config.Rootfs.DiffIds}}";
    let layers2 = e.inspect(PLUGIN2, layers);
    e.docker(&["plugin", "rm", PLUGIN2], true);
    remove(&e);

    // install: the privileges prompt (refused, accepted), --grant-all-permissions with
    // settings (the plugin enabled), --disable with an alias, and the refusals.
    e.same(&["plugin", "install", PLUGIN], None, &nothing);
    e.same(&["plugin", "install", PLUGIN], Some(b"n\n"), &nothing);
    e.same_progress(
        &["plugin", "install", "--disable", PLUGIN],
        Some(b"y\n"),
        &remove,
    );
    let check_enabled = |e: &Engine| {
        assert_eq!(
            e.inspect(PLUGIN, "{{.Enabled}} {{.Settings.Env}}"),
            "true [DEBUG=1]\n"
        );
        remove(e);
    };
    e.same_progress(
        &[
            "plugin",
            "install",
            "--grant-all-permissions",
            PLUGIN,
            "DEBUG=1",
        ],
        None,
        &check_enabled,
    );
    let check_alias = |e: &Engine| {
        assert_eq!(
            e.inspect("hvpv-alias", "{{.Name}} {{.Enabled}} {{.PluginReference}}"),
            format!("hvpv-alias:latest false {PLUGIN}\n")
        );
        remove(e);
    };
    e.same_progress(
        &[
            "plugin",
            "install",
            "--disable",
            "--alias",
            "hvpv-alias",
            "--grant-all-permissions",
            PLUGIN,
        ],
        None,
        &check_alias,
    );
    for line in [
        &["plugin", "install"][..],
        &["plugin", "install", "127.0.0.1:5000/hvpv/nosuch"],
        &["plugin", "install", "Bad"],
        &["plugin", "install", "--alias", "Bad", PLUGIN],
        &[
            "plugin",
            "install",
            "--grant-all-permissions",
            PLUGIN,
            "NOPE=1",
        ],
        &["plugin", "install", "--help"],
    ] {
        e.same(line, None, &remove);
    }

    // set and upgrade on an installed, disabled plugin.
    e.docker(
        &[
            "plugin",
            "install",
            "--disable",
            "--grant-all-permissions",
            PLUGIN,
        ],
        true,
    );
    let check_set = |e: &Engine| {
        assert_eq!(e.inspect(PLUGIN, "{{.Settings.Env}}"), "[DEBUG=2]\n");
        e.docker(&["plugin", "set", PLUGIN, "DEBUG=0"], true);
    };
    e.same(&["plugin", "set", PLUGIN, "DEBUG=2"], None, &check_set);
    for line in [
        &["plugin", "set"][..],
        &["plugin", "set", PLUGIN],
        &["plugin", "set", PLUGIN, "NOPE=1"],
        &["plugin", "set", "hvpv-nosuch", "A=1"],
        &["plugin", "upgrade"],
        &["plugin", "upgrade", "hvpv-nosuch"],
        &["plugin", "upgrade", PLUGIN, "Bad"],
        // A different image: docker asks, and a "no" (or no answer) cancels with status 0.
        &["plugin", "upgrade", PLUGIN, PLUGIN2],
        &["plugin", "upgrade", "--help"],
    ] {
        e.same(line, None, &nothing);
    }
    e.same(
        &["plugin", "upgrade", PLUGIN, PLUGIN2],
        Some(b"n\n"),
        &nothing,
    );
    let back = |e: &Engine| {
        assert_eq!(
            e.inspect(PLUGIN, "{{.PluginReference}}"),
            format!("{PLUGIN}\n")
        );
    };
    e.same(&["plugin", "upgrade", PLUGIN], None, &back);
    let args = ["plugin", "upgrade", "--grant-all-permissions", PLUGIN];
    e.same_progress(&args, None, &back);
    // The daemon keeps the reference a plugin was installed from; the layers are the new ones.
    let to_two = |e: &Engine| {
        assert_eq!(e.inspect(PLUGIN, layers), layers2);
        let r = e.docker(
            &[
                "plugin",
                "upgrade",
                "--skip-remote-check",
                "--grant-all-permissions",
                PLUGIN,
                PLUGIN,
            ],
            true,
        );
        assert!(r
            .stdout
            .ends_with(&format!("Upgraded plugin {PLUGIN} to {PLUGIN}\n")));
    };
    e.same(
        &["plugin", "upgrade", "--skip-remote-check", PLUGIN, PLUGIN2],
        None,
        &nothing,
    );
    // Once before, so that both clients find the second version's layer already there.
    let warm = [
        "plugin",
        "upgrade",
        "--skip-remote-check",
        "--grant-all-permissions",
        PLUGIN,
        PLUGIN2,
    ];
    e.docker(&warm, true);
    to_two(&e);
    e.same_progress(
        &[
            "plugin",
            "upgrade",
            "--skip-remote-check",
            "--grant-all-permissions",
            PLUGIN,
            PLUGIN2,
        ],
        None,
        &to_two,
    );
    let args = [
        "plugin",
        "upgrade",
        "--grant-all-permissions",
        PLUGIN,
        PLUGIN2,
    ];
    e.same_progress(&args, Some(b"y\n"), &to_two);
    e.docker(&["plugin", "enable", PLUGIN], true);
    e.same(&["plugin", "upgrade", PLUGIN], None, &nothing);
    remove(&e);
    assert_eq!(e.docker(&["plugin", "ls", "-q"], true).stdout, "");
}
