//! Issue 18: `manifest inspect | create | annotate | push | rm` against the local registries
//! (127.0.0.1:5000 plain, 127.0.0.1:5001 htpasswd), compared with the reference client run on
//! the same registry with its own DOCKER_CONFIG: stdout, stderr and exit codes exactly, and the
//! local lists in `$DOCKER_CONFIG/manifests` byte for byte (docker and hvdock read each other's).
//!
//! Each test pushes its own two tiny images (hvdock-test/busybox, and one built from it with a
//! label) under `hvmf-<pid>-<n>` repositories and removes them from the daemon at once.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use base64::Engine as _;

use common::images::Images;
use common::{assert_same, docker, hvdock, output, require, Need, Run, IMAGE};

const PLAIN: &str = "127.0.0.1:5000";
const AUTH: &str = "127.0.0.1:5001";
const USER: &str = "hvdock";
const PASSWORD: &str = "hvdock-test-password";

static N: AtomicUsize = AtomicUsize::new(0);

fn uniq() -> String {
    format!(
        "hvmf-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    )
}

fn with_config(mut c: std::process::Command, dir: &Path) -> std::process::Command {
    c.env("DOCKER_CONFIG", dir);
    c
}

#[track_caller]
fn succeed(c: std::process::Command, stdin: Option<&[u8]>, what: &str) {
    let r = output(c, stdin);
    assert_eq!(r.code, 0, "{what}: {} {}", r.stdout, r.stderr);
}

/// Two config directories, docker's and hvdock's, and the two image manifests pushed for the
/// test (`<repo>:a` and `<repo>:b`, different digests) on `registry`.
struct Setup {
    ours: tempfile::TempDir,
    theirs: tempfile::TempDir,
    repo: String,
    _images: Images,
}

impl Setup {
    /// Pushes the test's images to `registry`; with `login`, both configs are logged in first
    /// (hvdock's with `hvdock login`, docker's with `docker login`).
    fn new(registry: &str, login: bool) -> Setup {
        let ours = tempfile::tempdir().unwrap();
        let theirs = tempfile::tempdir().unwrap();
        if login {
            let input = format!("{PASSWORD}\n");
            succeed(
                with_config(
                    hvdock(&["login", "-u", USER, "--password-stdin", registry]),
                    ours.path(),
                ),
                Some(input.as_bytes()),
                "hvdock login",
            );
            if let Some(login) = docker(&["login", "-u", USER, "--password-stdin", registry]) {
                succeed(
                    with_config(login, theirs.path()),
                    Some(input.as_bytes()),
                    "docker login",
                );
            }
        }
        let repo = format!("{registry}/{}", uniq());
        let (a, b) = (format!("{repo}:a"), format!("{repo}:b"));
        let images = Images::new(vec![a.clone(), b.clone()]);
        succeed(hvdock(&["tag", IMAGE, &a]), None, "tag");
        let dockerfile = format!("FROM {IMAGE}\nLABEL io.hvdock.test.manifest={repo}\n");
        succeed(
            hvdock(&["build", "-q", "-t", &b, "-"]),
            Some(dockerfile.as_bytes()),
            "build",
        );
        for image in [&a, &b] {
            succeed(
                with_config(hvdock(&["push", "-q", image]), ours.path()),
                None,
                "push",
            );
        }
        Setup {
            ours,
            theirs,
            repo,
            _images: images,
        }
    }

    /// Two empty configs for `repo`, no images.
    fn bare(repo: &str) -> Setup {
        Setup {
            ours: tempfile::tempdir().unwrap(),
            theirs: tempfile::tempdir().unwrap(),
            repo: repo.to_string(),
            _images: Images::new(Vec::new()),
        }
    }

    fn image(&self, tag: &str) -> String {
        format!("{}:{tag}", self.repo)
    }

    /// A list name in another repository of the same registry (its blobs get mounted).
    fn list(&self, tag: &str) -> String {
        format!("{}-list:{tag}", self.repo)
    }

    fn hvdock(&self, args: &[&str]) -> Run {
        output(with_config(hvdock(args), self.ours.path()), None)
    }

    fn docker(&self, args: &[&str]) -> Option<Run> {
        docker(args).map(|c| output(with_config(c, self.theirs.path()), None))
    }

    /// hvdock with its config, then docker with its own; exactly the same. hvdock runs first,
    /// so what it leaves behind (a pushed list) is what docker then sees.
    #[track_caller]
    fn same(&self, args: &[&str]) -> Run {
        let mine = self.hvdock(args);
        if let Some(theirs) = self.docker(args) {
            assert_same(&format!("{args:?}"), &mine, &theirs);
        }
        mine
    }

    /// [`Setup::same`] that must succeed.
    #[track_caller]
    fn same_ok(&self, args: &[&str]) -> Run {
        let r = self.same(args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        r
    }

    /// [`Setup::same`] that must fail with `message` (hvdock's own words, checked too so that
    /// a test of an error path cannot pass on some other error).
    #[track_caller]
    fn same_err(&self, args: &[&str], message: &str) {
        let r = self.same(args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.stdout);
        assert!(
            r.stderr.contains(message),
            "{args:?}: want {message:?} in {:?}",
            r.stderr
        );
    }

    /// The local lists of both clients must be the same files with the same bytes.
    #[track_caller]
    fn stores_agree(&self) {
        let read = |dir: &Path| -> BTreeMap<PathBuf, Vec<u8>> {
            let root = dir.join("manifests");
            let mut files = BTreeMap::new();
            let Ok(lists) = std::fs::read_dir(&root) else {
                return files;
            };
            for list in lists {
                let list = list.unwrap().path();
                files.insert(list.strip_prefix(&root).unwrap().to_path_buf(), Vec::new());
                for f in std::fs::read_dir(&list).unwrap() {
                    let f = f.unwrap().path();
                    files.insert(
                        f.strip_prefix(&root).unwrap().to_path_buf(),
                        std::fs::read(&f).unwrap(),
                    );
                }
            }
            files
        };
        if docker(&["version"]).is_some() {
            assert_eq!(
                read(self.ours.path()),
                read(self.theirs.path()),
                "the manifests stores of hvdock and docker"
            );
        }
    }
}

#[test]
fn inspect_of_image_manifests_matches_docker() {
    if !require(Need::Registry) {
        return;
    }
    let s = Setup::new(PLAIN, false);
    let (a, b) = (s.image("a"), s.image("b"));
    let shown = s.same_ok(&["manifest", "inspect", "--insecure", &a]);
    assert!(
        shown.stdout.starts_with("{\n\t\"schemaVersion\": 2,\n"),
        "{}",
        shown.stdout
    );
    s.same_ok(&["manifest", "inspect", "--insecure", &b]);
    let verbose = s.same_ok(&["manifest", "inspect", "--insecure", "-v", &a]);
    assert!(
        verbose.stdout.contains("\"platform\": {"),
        "{}",
        verbose.stdout
    );
    s.same_ok(&["manifest", "inspect", "-v", "--insecure", &b]);

    // Without --insecure docker will not use plain http: "no such manifest".
    s.same_err(&["manifest", "inspect", &a], "no such manifest: ");
    s.same_err(
        &["manifest", "inspect", "--insecure", &s.image("missing")],
        "no such manifest: ",
    );
    s.same_err(
        &[
            "manifest",
            "inspect",
            "--insecure",
            &format!("{}-none:a", s.repo),
        ],
        "no such manifest: ",
    );
    // Nobody listens: the ping's error, worded as Go words it.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let closed = format!("127.0.0.1:{port}/x:y");
    s.same_err(
        &["manifest", "inspect", "--insecure", &closed],
        "connection refused",
    );
    s.same_err(
        &["manifest", "inspect", "--insecure", "UPPER"],
        "must be lowercase",
    );
    s.same_err(&["manifest", "inspect", "a@sha256:00"], "invalid");
}

#[test]
fn create_annotate_push_inspect_and_rm_match_docker() {
    if !require(Need::Registry) {
        return;
    }
    let s = Setup::new(PLAIN, false);
    let (a, b, list) = (s.image("a"), s.image("b"), s.list("l"));

    // A list needs --insecure to read the images from an http registry.
    s.same_err(
        &["manifest", "create", &list, &a],
        &format!("no such manifest: {a}"),
    );
    assert!(!s
        .ours
        .path()
        .join("manifests")
        .join(file_safe(&list))
        .exists());
    let created = s.same_ok(&["manifest", "create", "--insecure", &list, &b, &a]);
    assert_eq!(created.stdout, format!("Created manifest list {list}\n"));
    s.stores_agree();
    s.same_err(
        &["manifest", "create", "--insecure", &list, &a],
        "refusing to amend an existing manifest list with no --amend flag",
    );
    s.same_ok(&["manifest", "create", "--insecure", "--amend", &list, &a]);
    s.stores_agree();

    // The local list, whole and one entry.
    s.same_ok(&["manifest", "inspect", &list]);
    s.same_ok(&["manifest", "inspect", "-v", &list]);
    s.same_ok(&["manifest", "inspect", &list, &a]);
    s.same_ok(&["manifest", "inspect", "-v", &list, &b]);
    s.same_err(
        &["manifest", "inspect", &list, &s.image("c")],
        &format!("No such manifest: {}", s.image("c")),
    );

    // Annotate.
    s.same_ok(&[
        "manifest",
        "annotate",
        "--arch",
        "arm",
        "--variant",
        "v7",
        "--os-features",
        "f1,f2",
        "--os-features",
        "f1",
        "--os-version",
        "1.0",
        &list,
        &a,
    ]);
    s.stores_agree();
    let annotated = s.same_ok(&["manifest", "inspect", &list]);
    assert!(annotated.stdout.contains("\"variant\": \"v7\""));
    s.same_ok(&["manifest", "annotate", &list, &b]);
    s.same_err(
        &["manifest", "annotate", "--arch", "bogus", &list, &a],
        "manifest entry for image has unsupported os/arch combination: /bogus",
    );
    s.same_err(
        &[
            "manifest", "annotate", "--os", "plan9", "--arch", "arm", &list, &a,
        ],
        "unsupported os/arch combination: plan9/arm",
    );
    s.same_err(
        &[
            "manifest",
            "annotate",
            "--arch",
            "arm",
            &list,
            &s.image("c"),
        ],
        "does not exist in",
    );
    s.same_err(
        &["manifest", "annotate", &s.list("none"), &a],
        "does not exist in",
    );
    s.same_err(
        &["manifest", "annotate", "UPPER", &a],
        "annotate: error parsing name for manifest list UPPER",
    );
    s.same_err(
        &["manifest", "annotate", &list, "UPPER"],
        "annotate: error parsing name for manifest UPPER",
    );
    s.stores_agree();

    // Push: hvdock first; then docker reads what hvdock pushed, and pushes its own list (the
    // same content) with the same output.
    let pushed = s.same_ok(&["manifest", "push", &list]);
    assert!(
        pushed.stdout.contains("Pushed ref ") && pushed.stdout.lines().count() == 3,
        "{}",
        pushed.stdout
    );
    let remote = s.same_ok(&[
        "manifest",
        "inspect",
        "--insecure",
        &format!("{}-list:l", s.repo),
    ]);
    assert!(remote.stdout.contains("\"architecture\": \"arm\""));
    // No local list of that name in a fresh config: the registry's.
    let fresh = tempfile::tempdir().unwrap();
    let from_registry = output(
        with_config(
            hvdock(&["manifest", "inspect", "-v", "--insecure", &list]),
            fresh.path(),
        ),
        None,
    );
    if let Some(c) = docker(&["manifest", "inspect", "-v", "--insecure", &list]) {
        assert_same(
            "inspect -v of the pushed list",
            &from_registry,
            &output(with_config(c, fresh.path()), None),
        );
    }
    assert_eq!(from_registry.code, 0, "{}", from_registry.stderr);
    // A list in the registry is not an image manifest.
    s.same_err(
        &["manifest", "create", "--insecure", &s.list("other"), &list],
        &format!("{list} is a manifest list"),
    );

    // Push with --insecure and --purge removes the local list.
    s.same_ok(&["manifest", "push", "--insecure", "--purge", &list]);
    assert!(!s
        .ours
        .path()
        .join("manifests")
        .join(file_safe(&list))
        .exists());
    s.stores_agree();
    s.same_err(
        &["manifest", "push", &list],
        &format!("No such manifest: {list}"),
    );

    // rm: every failure reported, the rest removed.
    s.same_ok(&["manifest", "create", "--insecure", &s.list("r1"), &a]);
    s.same_ok(&["manifest", "create", "--insecure", &s.list("r2"), &b]);
    let r1 = s.list("r1");
    let r2 = s.list("r2");
    s.same_err(
        &["manifest", "rm", &r1, "UPPER", &s.list("none"), &r2],
        "must be lowercase\nNo such manifest: ",
    );
    s.stores_agree();
    assert!(!s
        .ours
        .path()
        .join("manifests")
        .join(file_safe(&r2))
        .exists());
    s.same_err(&["manifest", "rm", &r1], "No such manifest: ");
}

/// docker's file-safe name of a list.
fn file_safe(name: &str) -> String {
    name.replace(':', "-").replace('/', "_")
}

#[test]
fn lists_made_by_one_client_are_used_by_the_other() {
    if !require(Need::Registry | Need::Docker) {
        return;
    }
    let s = Setup::new(PLAIN, false);
    let (a, b) = (s.image("a"), s.image("b"));
    let list = s.list("x");
    let dir = s.theirs.path();
    let docker_in = |args: &[&str]| output(with_config(common::reference(args), dir), None);
    let hvdock_in = |args: &[&str]| output(with_config(hvdock(args), dir), None);

    // docker creates, hvdock annotates and inspects, docker inspects, hvdock pushes.
    let made = docker_in(&["manifest", "create", "--insecure", &list, &a, &b]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let annotated = hvdock_in(&["manifest", "annotate", "--os-version", "9", &list, &b]);
    assert_eq!(annotated.code, 0, "{}", annotated.stderr);
    let theirs = docker_in(&["manifest", "inspect", "-v", &list]);
    assert_same(
        "inspect -v",
        &hvdock_in(&["manifest", "inspect", "-v", &list]),
        &theirs,
    );
    assert!(
        theirs.stdout.contains("\"os.version\": \"9\""),
        "{}",
        theirs.stdout
    );
    let pushed = hvdock_in(&["manifest", "push", &list]);
    assert_eq!(pushed.code, 0, "{}", pushed.stderr);
    let remote = docker_in(&["manifest", "inspect", "--insecure", &list]);
    assert_eq!(remote.code, 0, "{}", remote.stderr);
    assert!(
        remote.stdout.contains("\"os.version\": \"9\""),
        "{}",
        remote.stdout
    );

    // hvdock creates, docker pushes.
    let list2 = s.list("y");
    let made = hvdock_in(&["manifest", "create", "--insecure", &list2, &b]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let pushed2 = docker_in(&["manifest", "push", "--purge", &list2]);
    assert_eq!(pushed2.code, 0, "{}", pushed2.stderr);
    let back = hvdock_in(&["manifest", "inspect", "--insecure", &list2]);
    assert_same(
        "inspect",
        &back,
        &docker_in(&["manifest", "inspect", "--insecure", &list2]),
    );
    assert_eq!(back.code, 0);
}

#[test]
fn push_refusals_match_docker() {
    if !require(Need::Registry) {
        return;
    }
    let s = Setup::new(PLAIN, false);
    let a = s.image("a");

    // A list mixing registries can be made, not shown or pushed.
    let other = format!("{AUTH}/{}:a", uniq());
    let mixed = s.list("mixed");
    s.same_ok(&["manifest", "create", "--insecure", &mixed, &a]);
    let entry = s
        .ours
        .path()
        .join("manifests")
        .join(file_safe(&mixed))
        .join(file_safe(&a));
    let text = std::fs::read_to_string(&entry).unwrap();
    let moved = text.replace(&format!("\"Ref\":\"{a}\""), &format!("\"Ref\":\"{other}\""));
    for dir in [s.ours.path(), s.theirs.path()] {
        let d = dir.join("manifests").join(file_safe(&mixed));
        std::fs::write(d.join(file_safe(&other)), &moved).unwrap();
    }
    s.stores_agree();
    s.same_err(
        &["manifest", "inspect", &mixed],
        "failed to assemble ManifestDescriptor: cannot use source images from a different registry than the target image: 127.0.0.1:5001 != 127.0.0.1:5000",
    );
    s.same_err(
        &["manifest", "push", &mixed],
        "cannot use source images from a different registry than the target image",
    );

    // An entry from a repository that lacks its blobs: the registry starts an upload instead
    // of mounting.
    let unmounted = s.list("unmounted");
    s.same_ok(&["manifest", "create", "--insecure", &unmounted, &a]);
    let nowhere = format!("{}-nowhere:a", s.repo);
    for dir in [s.ours.path(), s.theirs.path()] {
        let f = dir
            .join("manifests")
            .join(file_safe(&unmounted))
            .join(file_safe(&a));
        let text = std::fs::read_to_string(&f).unwrap();
        let moved = text.replace(
            &format!("\"Ref\":\"{a}\""),
            &format!("\"Ref\":\"{nowhere}\""),
        );
        assert_ne!(moved, text);
        std::fs::write(&f, moved).unwrap();
    }
    s.same_err(
        &["manifest", "push", &unmounted],
        &format!(
            "error mounting {}-nowhere@sha256:",
            &s.repo[PLAIN.len() + 1..]
        ),
    );

    // An entry without a platform cannot be pushed.
    let bare = s.list("bare");
    s.same_ok(&["manifest", "create", "--insecure", &bare, &a]);
    for dir in [s.ours.path(), s.theirs.path()] {
        let f = dir
            .join("manifests")
            .join(file_safe(&bare))
            .join(file_safe(&a));
        let text = std::fs::read_to_string(&f).unwrap();
        let start = text.find(",\"platform\":").unwrap();
        let end = start + text[start..].find('}').unwrap() + 1;
        std::fs::write(&f, format!("{}{}", &text[..start], &text[end..])).unwrap();
    }
    s.same_err(
        &["manifest", "push", &bare],
        &format!("manifest {a} must have an OS and Architecture to be pushed to a registry"),
    );
    // An empty list directory.
    let empty = s.list("empty");
    for dir in [s.ours.path(), s.theirs.path()] {
        std::fs::create_dir_all(dir.join("manifests").join(file_safe(&empty))).unwrap();
    }
    s.same_ok(&["manifest", "inspect", &empty]);
    s.same_err(&["manifest", "push", &empty], &format!("{empty} not found"));
    s.same_err(&["manifest", "push", "UPPER"], "must be lowercase");
    s.same_err(
        &["manifest", "create", "UPPER", &a],
        "error parsing name for manifest list UPPER: invalid reference format",
    );
    s.same_err(
        &["manifest", "create", &s.list("z"), "UPPER"],
        "invalid reference format",
    );
}

#[test]
fn htpasswd_registry_with_login_credentials() {
    if !require(Need::Registry) {
        return;
    }
    let s = Setup::new(AUTH, true);
    let (a, b, list) = (s.image("a"), s.image("b"), s.list("l"));

    s.same_err(&["manifest", "inspect", &a], "no such manifest: ");
    s.same_ok(&["manifest", "inspect", "--insecure", &a]);
    s.same_ok(&["manifest", "inspect", "--insecure", "-v", &b]);
    s.same_ok(&["manifest", "create", "--insecure", &list, &a, &b]);
    s.stores_agree();
    s.same_ok(&["manifest", "push", &list]);
    s.same_ok(&["manifest", "inspect", "--insecure", &list]);
    s.same_ok(&["manifest", "inspect", "--insecure", "-v", &list]);

    // Without credentials: docker's errors for reading and for pushing.
    let anonymous = Setup::bare(&s.repo);
    anonymous.same_err(
        &["manifest", "inspect", "--insecure", &a],
        "no basic auth credentials",
    );
    anonymous.same_err(
        &["manifest", "create", "--insecure", &list, &a],
        "no basic auth credentials",
    );
    // Copy the lists into the anonymous configs (one in another repository, whose blobs are
    // mounted first, one in the images' own), then push them without credentials, and with a
    // wrong password.
    let own = s.image("list");
    s.same_ok(&["manifest", "create", "--insecure", &own, &a]);
    for dir in [anonymous.ours.path(), anonymous.theirs.path()] {
        for name in [&list, &own] {
            let from = s.ours.path().join("manifests").join(file_safe(name));
            let to = dir.join("manifests").join(file_safe(name));
            std::fs::create_dir_all(&to).unwrap();
            for f in std::fs::read_dir(from).unwrap() {
                let f = f.unwrap().path();
                std::fs::copy(&f, to.join(f.file_name().unwrap())).unwrap();
            }
        }
    }
    anonymous.same_err(
        &["manifest", "push", &list],
        &format!("failed to mount blob {}@sha256:", &s.repo[AUTH.len() + 1..]),
    );
    anonymous.same_err(
        &["manifest", "push", &own],
        &format!("failed to put manifest {own}: Put \"http://{AUTH}/v2/"),
    );
    let wrong = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:wrong"));
    for dir in [anonymous.ours.path(), anonymous.theirs.path()] {
        std::fs::write(
            dir.join("config.json"),
            format!("{{\"auths\":{{\"{AUTH}\":{{\"auth\":\"{wrong}\"}}}}}}"),
        )
        .unwrap();
    }
    anonymous.same_err(
        &["manifest", "push", &list],
        "unauthorized: authentication required",
    );
    anonymous.same_err(
        &["manifest", "inspect", "--insecure", &a],
        "no such manifest",
    );
    s.same_ok(&["manifest", "rm", &list, &own]);
    s.stores_agree();
}

#[test]
fn usage_errors_match_docker() {
    let s = Setup::bare("");
    for args in [
        &["manifest"][..],
        &["manifest", "frob"],
        &["volume", "frob"],
        &["stack", "frob"],
        &["network", "frob"],
        &["manifest", "inspect"],
        &["manifest", "inspect", "a", "b", "c"],
        &["manifest", "create", "x"],
        &["manifest", "annotate", "x"],
        &["manifest", "push"],
        &["manifest", "rm"],
        &["manifest", "inspect", "--bogus", "x"],
        &["manifest", "annotate", "--os-features"],
    ] {
        s.same(args);
    }
    // An unknown verb with --help or -h: the group's help (program name normalised).
    for args in [
        &["manifest", "frob", "--help"][..],
        &["manifest", "frob", "-h", "x"],
        &["volume", "frob", "-h"],
    ] {
        let mine = s.hvdock(args);
        let Some(theirs) = s.docker(args) else { return };
        assert_eq!(
            (
                mine.code,
                mine.stdout.replace("hvdock", "docker"),
                mine.stderr
            ),
            (theirs.code, theirs.stdout, theirs.stderr),
            "{args:?}"
        );
        assert_eq!(mine.code, 0);
    }
}
