//! cp, stats, events / system events, system df and system prune on the real engine, compared
//! with the reference docker client where the output is deterministic.

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::time::Duration;

use common::*;

/// Every entry under `root`: relative path to (mode, uid, gid, size, link target, mtime).
fn tree(root: &Path) -> BTreeMap<String, (u32, u32, u32, u64, String, i64)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(p) = stack.pop() {
        let m = std::fs::symlink_metadata(&p).unwrap();
        let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
        let link = std::fs::read_link(&p)
            .map(|l| l.to_string_lossy().into_owned())
            .unwrap_or_default();
        let size = if m.is_dir() { 0 } else { m.len() };
        // The directories the test made itself differ in time between the two runs.
        let mtime = if rel.is_empty() || rel == "exist" {
            0
        } else {
            m.mtime()
        };
        out.insert(rel, (m.mode(), m.uid(), m.gid(), size, link, mtime));
        if m.is_dir() {
            for e in std::fs::read_dir(&p).unwrap() {
                stack.push(e.unwrap().path());
            }
        }
    }
    out
}

/// A tar stream's entries: name to (mode, uid, gid, size, link, mtime).
fn tar_listing(bytes: &[u8]) -> BTreeMap<String, (u32, u64, u64, u64, String, u64)> {
    let mut out = BTreeMap::new();
    let mut a = tar::Archive::new(bytes);
    for e in a.entries().unwrap() {
        let e = e.unwrap();
        let h = e.header();
        let name = e.path().unwrap().to_string_lossy().into_owned();
        // The directories the test made itself differ in time between the two containers.
        let premade = name == "t/" || name == "t/exist/";
        out.insert(
            e.path().unwrap().to_string_lossy().into_owned(),
            (
                h.mode().unwrap(),
                h.uid().unwrap(),
                h.gid().unwrap(),
                h.size().unwrap(),
                e.link_name()
                    .unwrap()
                    .map(|l| l.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                if premade { 0 } else { h.mtime().unwrap() },
            ),
        );
    }
    out
}

fn start(scope: &Scope, suffix: &str, script: &str) -> String {
    let name = scope.name(suffix);
    ok(&[
        "run",
        "-d",
        "--label",
        &scope.label(),
        "--name",
        &name,
        IMAGE,
        "sh",
        "-c",
        script,
    ]);
    name
}

const SETUP: &str = "mkdir -p /d/sub && echo hi > /d/f && chmod 640 /d/f && chown 123:456 /d/f \
     && ln -s f /d/link && ln /d/f /d/hard && ln -s /d /dl && echo x > /d/sub/x && chmod 4755 /d/sub/x \
     && touch /ready && sleep 600";

fn wait_ready(name: &str) {
    for _ in 0..50 {
        if run(&["exec", name, "test", "-e", "/ready"]).code == 0 {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("{name} never got ready");
}

#[test]
fn cp_from_container_matches_docker_file_by_file() {
    let scope = Scope::new("cpfrom");
    let c = start(&scope, "src", SETUP);
    wait_ready(&c);
    let tmp = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str, &str)] = &[
        (&[], "/d", "new"),
        (&[], "/d/.", "exist"),
        (&[], "/d/", "exist/"),
        (&[], "/d/f", "file"),
        (&[], "/d/link", "l"),
        (&["-L"], "/d/link", "lf"),
        (&[], "/dl", "dl"),
        (&["-L"], "/dl", "dlf"),
        (&["-a"], "/d/sub/x", "exist/x"),
    ];
    let with_docker = require(Need::Docker);
    for (who, client) in [("hv", true), ("docker", false)] {
        if !client && !with_docker {
            continue;
        }
        let root = tmp.path().join(who);
        std::fs::create_dir_all(root.join("exist")).unwrap();
        for (flags, src, dst) in cases {
            let mut args: Vec<String> = vec!["cp".into()];
            args.extend(flags.iter().map(|s| s.to_string()));
            args.push(format!("{c}:{src}"));
            args.push(root.join(dst).to_string_lossy().into_owned());
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            let r = if client {
                run(&refs)
            } else {
                output(reference(&refs), None)
            };
            assert_eq!(r.code, 0, "{who} {args:?}: {}", r.stderr);
            // Not a terminal: no "Successfully copied" line.
            if client {
                assert_eq!(r.stderr, "", "{args:?}");
            }
        }
    }
    let mine = tree(&tmp.path().join("hv"));
    assert!(
        mine.contains_key("new/sub/x") && mine.contains_key("exist/f"),
        "{mine:?}"
    );
    assert_eq!(mine["new/f"].0 & 0o7777, 0o640);
    assert_eq!(mine["l"].4, "f");
    assert_eq!(mine["lf"].3, 3);
    if with_docker {
        assert_eq!(mine, tree(&tmp.path().join("docker")));
    }
}

#[test]
fn cp_to_container_and_streams_match_docker() {
    let scope = Scope::new("cpto");
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    std::fs::create_dir_all(src.join("dir/sub")).unwrap();
    std::fs::write(src.join("dir/a"), "a\n").unwrap();
    std::fs::write(src.join("dir/sub/b"), "bb\n").unwrap();
    std::fs::write(src.join("file"), "f\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(src.join("dir/a"), std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::set_permissions(
        src.join("dir/sub/b"),
        std::fs::Permissions::from_mode(0o4755),
    )
    .unwrap();
    std::os::unix::fs::symlink("a", src.join("dir/la")).unwrap();
    std::fs::hard_link(src.join("dir/a"), src.join("dir/hard")).unwrap();
    std::os::unix::fs::chown(src.join("dir/a"), Some(1234), Some(5678)).unwrap();
    let setup = "mkdir -p /t/exist && touch /ready && sleep 600";
    let mut listings = Vec::new();
    let with_docker = require(Need::Docker);
    for (who, client) in [("hv", true), ("docker", false)] {
        if !client && !with_docker {
            continue;
        }
        let c = start(&scope, who, setup);
        wait_ready(&c);
        let s = |p: &str| src.join(p).to_string_lossy().into_owned();
        let cases: Vec<Vec<String>> = vec![
            vec![s("dir"), format!("{c}:/t/new")],
            vec![s("dir/"), format!("{c}:/t/exist")],
            vec![s("file"), format!("{c}:/t/exist/")],
            vec!["-a".into(), s("dir"), format!("{c}:/t/arch")],
            vec![s("dir/."), format!("{c}:/t/dot")],
        ];
        for args in cases {
            let mut full = vec!["cp".to_string()];
            full.extend(args);
            let refs: Vec<&str> = full.iter().map(String::as_str).collect();
            let r = if client {
                run(&refs)
            } else {
                output(reference(&refs), None)
            };
            assert_eq!(r.code, 0, "{who} {full:?}: {}", r.stderr);
        }
        // A tar stream in, and the container's tree out as a tar stream.
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_size(3);
        h.set_mode(0o751);
        h.set_mtime(1_000_000_000);
        b.append_data(&mut h, "streamed", &b"abc"[..]).unwrap();
        let tar_in = b.into_inner().unwrap();
        let dest = format!("{c}:/t");
        let r = if client {
            run_stdin(&["cp", "-", &dest], &tar_in)
        } else {
            output(reference(&["cp", "-", &dest]), Some(&tar_in))
        };
        assert_eq!(r.code, 0, "{who}: {}", r.stderr);
        let r = run(&["cp", &format!("{c}:/t"), "-"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        listings.push(tar_listing(&r.raw_stdout));
    }
    let mine = &listings[0];
    assert_eq!(mine["t/streamed"].0 & 0o7777, 0o751);
    assert_eq!(mine["t/arch/a"].1, 1234, "{mine:?}");
    assert_eq!(mine["t/new/sub/b"].0 & 0o7777, 0o4755);
    assert_eq!(mine["t/new/la"].4, "a");
    assert!(mine.contains_key("t/exist/file") && mine.contains_key("t/dot/a"));
    if with_docker {
        assert_eq!(listings[0], listings[1]);
    }
}

#[test]
fn cp_errors_match_docker() {
    let scope = Scope::new("cperr");
    let c = start(&scope, "e", SETUP);
    wait_ready(&c);
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path().to_string_lossy().into_owned();
    std::fs::write(tmp.path().join("file"), "x").unwrap();
    std::fs::create_dir(tmp.path().join("dir")).unwrap();
    let cases: Vec<Vec<String>> = vec![
        vec![format!("{c}:/nope"), format!("{t}/a")],
        vec!["/nope-cp-src".into(), format!("{c}:/")],
        vec![format!("{t}/nodir/x"), format!("{c}:/")],
        vec![format!("{c}:/d/f"), format!("{t}/nodir/x")],
        vec!["nosuchctr:/d".into(), t.clone()],
        vec!["a".into(), "b".into()],
        vec![format!("{c}:/a"), format!("{c}:/b")],
        vec!["".into(), "b".into()],
        vec!["a".into(), "".into()],
        vec![format!("{c}:/d"), format!("{t}/file")],
        vec![format!("{c}:/d/f"), format!("{t}/newdir/")],
        vec![format!("{t}/dir"), format!("{c}:/d/f")],
        vec![format!("{t}/file"), format!("{c}:/d/new/")],
        vec![format!("{t}/file"), format!("{c}:/nodir/y")],
        vec!["-".into(), format!("{c}:/d/f")],
    ];
    for args in cases {
        let mut full = vec!["cp".to_string()];
        full.extend(args);
        let refs: Vec<&str> = full.iter().map(String::as_str).collect();
        let mine = run(&refs);
        assert_ne!(mine.code, 0, "{full:?} should fail");
        assert!(!mine.stderr.is_empty(), "{full:?}");
        if let Some(cmd) = docker(&refs) {
            let theirs = output(cmd, None);
            // docker's own tar writer logs a broken pipe (`time=... level=error`) when it gives
            // up early, or not, depending on timing: that line is docker's race, not output.
            let said: String = theirs
                .stderr
                .lines()
                .filter(|l| !l.starts_with("time="))
                .map(|l| format!("{l}\n"))
                .collect();
            assert_eq!(
                (mine.code, mine.stdout.as_str(), normalise(&mine.stderr)),
                (theirs.code, theirs.stdout.as_str(), said),
                "{full:?}"
            );
        }
    }
    let r = run(&["cp", &format!("{c}:/nope"), &format!("{t}/a")]);
    assert_eq!(
        r.stderr,
        format!("Error response from daemon: Could not find the file /nope in container {c}\n")
    );
}

#[test]
fn cp_reports_success_on_a_terminal() {
    let scope = Scope::new("cptty");
    let c = start(&scope, "t", SETUP);
    wait_ready(&c);
    let tmp = tempfile::tempdir().unwrap();
    // What each client writes on a terminal, compared with docker's.
    let on_tty = |cmd: std::process::Command| {
        let mut p = pty::Pty::spawn(cmd, 24, 80);
        p.finish(Duration::from_secs(30))
    };
    for (who, to) in [("hv", "got"), ("docker", "got-docker")] {
        if who == "docker" && !require(Need::Docker) {
            break;
        }
        let dst = tmp.path().join(to).to_string_lossy().into_owned();
        let args = ["cp".to_string(), format!("{c}:/d/f"), dst.clone()];
        let quiet = [
            "cp".to_string(),
            "-q".into(),
            dst.clone(),
            format!("{c}:/tmp/"),
        ];
        let client = |a: &[String]| {
            let mut c = if who == "hv" {
                hvdock(&[])
            } else {
                reference(&[])
            };
            c.args(a);
            c
        };
        let (copied, quietly) = (on_tty(client(&args)), on_tty(client(&quiet)));
        assert_eq!(
            copied,
            (Some(0), format!("Successfully copied 2.05kB to {dst}\r\n")),
            "{who}"
        );
        assert_eq!(quietly, (Some(0), String::new()), "{who}");
        assert_eq!(std::fs::read_to_string(&dst).unwrap(), "hi\n");
    }
}

#[test]
fn stats_no_stream_matches_docker_and_redraws_on_a_terminal() {
    let scope = Scope::new("stats");
    let c = start(&scope, "s", "touch /ready; sleep 600");
    let stopped = scope.name("stopped");
    ok(&[
        "create",
        "--label",
        &scope.label(),
        "--name",
        &stopped,
        IMAGE,
        "true",
    ]);
    let fmt = "{{.Name}} {{.PIDs}} {{.Container}}";
    let mine = same(&["stats", "--no-stream", "--format", fmt, &c, &stopped]);
    assert_eq!(mine.code, 0, "{}", mine.stderr);
    assert_eq!(mine.stdout, format!("{c} 1 {c}\n{stopped} 0 {stopped}\n"));
    let json = run(&[
        "container",
        "stats",
        "--no-stream",
        "--no-trunc",
        "--format",
        "json",
        &c,
    ]);
    let v: serde_json::Value = serde_json::from_str(json.stdout.trim()).unwrap();
    assert_eq!(v["ID"].as_str().unwrap().len(), 64);
    assert!(v["MemUsage"].as_str().unwrap().contains("iB / "), "{v}");
    // The default table: its usage figures move from one call to the next, its header does not.
    let table = ok(&["stats", "--no-stream", &c]);
    let header = |s: &str| s.lines().next().unwrap_or_default().to_string();
    assert!(table.starts_with("CONTAINER ID   NAME"), "{table}");
    if let Some(cmd) = docker(&["stats", "--no-stream", &c]) {
        assert_eq!(header(&table), header(&output(cmd, None).stdout));
    }
    let bad = same(&["stats", "--no-stream", "nosuch-hvdock", &c]);
    assert_eq!(bad.code, 1);
    // Live: cursor home, erase-line, erase-below, as docker draws them; Ctrl-C ends it.
    for who in ["hv", "docker"] {
        if who == "docker" && !require(Need::Docker) {
            break;
        }
        let args = ["stats", "--format", "{{.Name}} {{.PIDs}}", &c];
        let cmd = if who == "hv" {
            hvdock(&args)
        } else {
            reference(&args)
        };
        let mut p = pty::Pty::spawn(cmd, 24, 80);
        p.expect(
            &format!("\x1b[H{c} 1\r\n\x1b[H{c} 1 \x1b[K"),
            Duration::from_secs(10),
        );
        p.expect("\x1b[J\x1b[H", Duration::from_secs(5));
        if who == "docker" {
            // docker 28 keeps drawing after Ctrl-C (its interrupt cancels a context the stats
            // loop does not watch); hvdock ends there with 130, as an interrupted program does.
            let _ = p.child.kill();
            let _ = p.child.wait();
            continue;
        }
        p.send(b"\x03");
        assert_eq!(p.wait(Duration::from_secs(30)), Some(130));
    }
}

#[test]
fn events_window_matches_docker() {
    let scope = Scope::new("events");
    let since = ok(&["version", "--format", "{{.Server.Version}}"]);
    assert!(!since.is_empty());
    let start_t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let name = scope.name("ev");
    ok(&[
        "run",
        "--label",
        &scope.label(),
        "--name",
        &name,
        IMAGE,
        "true",
    ]);
    ok(&["rm", &name]);
    // One window for every call, ending after the last event: the first call waits for its
    // end, the others find it past.
    let until = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 1;
    let args = |fmt: &str| -> Vec<String> {
        let mut v = vec![
            "events".to_string(),
            "--since".into(),
            start_t.to_string(),
            "--until".into(),
            until.to_string(),
            "--filter".into(),
            format!("label={}", scope.label()),
        ];
        if !fmt.is_empty() {
            v.push("--format".into());
            v.push(fmt.into());
        }
        v
    };
    for fmt in [
        "",
        "json",
        "{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Status}}",
    ] {
        let a = args(fmt);
        let refs: Vec<&str> = a.iter().map(String::as_str).collect();
        let mine = same(&refs);
        assert_eq!(mine.code, 0, "{}", mine.stderr);
        assert!(mine.stdout.contains("start"), "{fmt}: {}", mine.stdout);
        assert!(mine.stdout.contains("destroy"), "{fmt}: {}", mine.stdout);
    }
    let line = run(&args("")[..].iter().map(String::as_str).collect::<Vec<_>>()).stdout;
    let first = line.lines().next().unwrap();
    assert!(first.contains(" container create "), "{first}");
    assert!(first.ends_with(&format!("name={name})")), "{first}");
    let bad = same(&["system", "events", "--format", "{{.Foo}}"]);
    assert_eq!(bad.code, 64);
    let bad = same(&["events", "--since", "foo"]);
    assert_eq!(bad.code, 1);
}

#[test]
fn system_df_and_prune() {
    let scope = Scope::new("sysdf");
    let fmt = "{{.Type}} {{.TotalCount}}";
    let mine = ok(&["system", "df", "--format", fmt]);
    let kinds: Vec<&str> = mine
        .lines()
        .map(|l| l.rsplit_once(' ').unwrap().0)
        .collect();
    assert_eq!(
        kinds,
        ["Images", "Containers", "Local Volumes", "Build Cache"]
    );
    if let Some(cmd) = docker(&["system", "df", "--format", "json"]) {
        let theirs = output(cmd, None);
        let again = ok(&["system", "df", "--format", "json"]);
        if theirs.code == 0 {
            let keys = |s: &str| -> Vec<String> {
                s.lines()
                    .map(|l| {
                        let v: serde_json::Value = serde_json::from_str(l).unwrap();
                        format!(
                            "{} {:?}",
                            v["Type"],
                            v.as_object().unwrap().keys().collect::<Vec<_>>()
                        )
                    })
                    .collect()
            };
            assert_eq!(keys(&again), keys(&theirs.stdout));
        }
    }
    // The table's figures move with the other tests on this engine; its header does not.
    let table = ok(&["system", "df"]);
    assert!(table.starts_with("TYPE            TOTAL"), "{table}");
    if let Some(cmd) = docker(&["system", "df"]) {
        let header = |s: &str| s.lines().next().unwrap_or_default().to_string();
        assert_eq!(header(&table), header(&output(cmd, None).stdout));
    }
    // The prompt, answered no.
    let label = format!("label={}", scope.label());
    let r = same_stdin(
        &["system", "prune", "-a", "--volumes", "--filter", &label],
        b"n\n",
    );
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout,
        format!(
            "WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all anonymous volumes not used by at least one container\n  - all images without at least one container associated to them\n  - all build cache\n\n  Items to be pruned will be filtered with:\n  - {label}\n\nAre you sure you want to continue? [y/N] "
        )
    );
    same_stdin(&["system", "prune", "--filter", &label], b"n\n");
    let bad = same(&["system", "prune", "-f", "--volumes", "--filter", "until=1h"]);
    assert_eq!(bad.code, 1);
    // A real prune limited to this test's label removes exactly its stopped container; docker
    // prunes a twin.
    let dead = |suffix: &str, side: &str| {
        let name = scope.name(suffix);
        let side = format!("side={side}");
        let id = ok(&[
            "create",
            "--label",
            &scope.label(),
            "--label",
            &side,
            "--name",
            &name,
            IMAGE,
            "true",
        ]);
        id.trim().to_string()
    };
    let (id, twin) = (dead("dead", "ours"), dead("twin", "theirs"));
    let out = prune_on_twins("system", &label, &[(&twin, &id)]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = out.stdout;
    assert!(
        out.starts_with(&format!("Deleted Containers:\n{}\n\n", id.trim())),
        "{out}"
    );
    assert!(
        out.ends_with('\n') && out.contains("Total reclaimed space: "),
        "{out}"
    );
    assert!(scope.containers().is_empty());
}
