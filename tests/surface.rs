//! network, volume, container prune/diff/export/commit (and the rest of docker's surface) against
//! the real engine, compared with the reference docker client where the output is deterministic.
//! Every object made here has a unique name and this test's label; only those are removed.

mod common;

use std::time::Duration;

use common::*;

/// `same` for output whose line order the daemon does not fix (`diff`: a Go map walk, so two
/// calls of the same client differ in order); lines, stderr and exit code still compare exactly.
fn same_lines(args: &[&str]) -> Run {
    let mine = run(args);
    if let Some(cmd) = docker(args) {
        let theirs = output(cmd, None);
        let sorted = |s: &str| {
            let mut l: Vec<String> = s.lines().map(str::to_string).collect();
            l.sort();
            l
        };
        assert_eq!(mine.code, theirs.code, "exit code of {args:?}");
        assert_eq!(
            sorted(&mine.stdout),
            sorted(&theirs.stdout),
            "stdout of {args:?}"
        );
        assert_eq!(
            normalise(&mine.stderr),
            normalise(&theirs.stderr),
            "stderr of {args:?}"
        );
    }
    mine
}

/// A prune's report: `HEADING:`, the one object, then the space reclaimed.
#[track_caller]
fn assert_pruned(out: &Run, heading: &str, object: &str) {
    let want = format!("{heading}:\n{object}\n\nTotal reclaimed space: ");
    assert!(out.stdout.starts_with(&want), "{}", out.stdout);
}

/// A network or volume removed at the end of the test, whatever happens.
struct Cleanup(Vec<String>);

impl Drop for Cleanup {
    fn drop(&mut self) {
        for p in &self.0 {
            api("DELETE", p, None);
        }
    }
}

fn sleeper(scope: &Scope, suffix: &str) -> String {
    scope.run_sleeper(&scope.name(suffix))
}

#[test]
fn network_lifecycle_and_listing_match_docker() {
    let scope = Scope::new("net");
    let net = format!("hvt-{}", scope.id);
    let _c = Cleanup(vec![format!("/networks/{net}")]);
    let id = ok(&[
        "network",
        "create",
        "--label",
        &scope.label(),
        "--subnet",
        "10.231.0.0/16",
        "--gateway",
        "10.231.0.1",
        "--ip-range",
        "10.231.5.0/24",
        "--internal",
        "--attachable",
        "-o",
        "com.docker.network.driver.mtu=1400",
        &net,
    ]);
    assert_eq!(id.trim().len(), 64, "{id}");
    let filter = format!("label={}", scope.label());
    for f in [
        "",
        "json",
        "table {{.Name}}\t{{.Driver}}\t{{.Internal}}\t{{.Labels}}",
        "{{.ID}} {{.CreatedAt}} {{.IPv6}} {{.Label \"io.hvdock.test\"}}",
        "raw",
    ] {
        let out = same(&["network", "ls", "--filter", &filter, "--format", f]);
        assert!(
            out.stdout.contains(&net[..]) || f.contains(".ID") || f == "raw",
            "{f}: {}",
            out.stdout
        );
    }
    let q = same(&["network", "ls", "-q", "--no-trunc", "--filter", &filter]);
    assert_eq!(q.stdout.trim(), id.trim());
    let ipam = same(&[
        "network",
        "inspect",
        "-f",
        "{{json .IPAM.Config}} {{.Internal}} {{.Attachable}} {{json .Options}}",
        &net,
    ]);
    assert_eq!(
        ipam.stdout,
        "[{\"Subnet\":\"10.231.0.0/16\",\"IPRange\":\"10.231.5.0/24\",\"Gateway\":\"10.231.0.1\"}] true true {\"com.docker.network.driver.mtu\":\"1400\"}\n"
    );
    same(&["network", "inspect", &net]);

    let c = sleeper(&scope, "c");
    ok(&[
        "network",
        "connect",
        "--alias",
        "web,db",
        "--ip",
        "10.231.5.9",
        &net,
        &c,
    ]);
    let ep = ok(&["inspect", "-f", &format!("{{{{json (index .NetworkSettings.Networks \"{net}\").IPAMConfig}}}} {{{{(index .NetworkSettings.Networks \"{net}\").Aliases}}}}"), &c]);
    assert!(ep.starts_with("{\"IPv4Address\":\"10.231.5.9\"}"), "{ep}");
    assert!(ep.contains("web") && ep.contains("db"), "{ep}");
    let again = same(&["network", "connect", &net, &c]);
    assert_eq!(again.code, 1);
    ok(&["network", "disconnect", &net, &c]);
    same(&["network", "disconnect", &net, &c]);
    assert_eq!(ok(&["network", "rm", &net]), format!("{net}\n"));
    same(&["network", "rm", &net]);
    same(&["network", "rm", "-f", &net]);
    same(&["network", "inspect", &net]);
}

#[test]
fn network_flag_errors_match_docker() {
    same(&["network", "create", "--gateway", "10.1.0.1", "hvt-never"]);
    same(&[
        "network",
        "create",
        "--subnet",
        "10.0.0.0/8",
        "--subnet",
        "10.1.0.0/16",
        "hvt-never",
    ]);
    same(&[
        "network",
        "create",
        "--subnet",
        "10.9.0.0/16",
        "--gateway",
        "10.8.0.1",
        "hvt-never",
    ]);
    same(&[
        "network",
        "create",
        "--subnet",
        "10.9.0.0/16",
        "--ip-range",
        "bad",
        "hvt-never",
    ]);
    same(&[
        "network",
        "connect",
        "--driver-opt",
        "novalue",
        "bridge",
        "hvt-never",
    ]);
    same(&["network", "rm", "hvt-never-a", "hvt-never-b"]);
    same(&["network", "ls", "--filter", "nope=1"]);
}

#[test]
fn network_prune_removes_only_the_filtered_unused_ones() {
    let scope = Scope::new("netprune");
    let name = |n: &str| format!("hvt-{}-{n}", scope.id);
    let (a, t, b) = (name("a"), name("t"), name("b"));
    let _c = Cleanup(vec![
        format!("/networks/{a}"),
        format!("/networks/{t}"),
        format!("/networks/{b}"),
    ]);
    // `a` is hvdock's to prune, `t` its twin for docker, `b` is in use and stays.
    ok(&[
        "network",
        "create",
        "--label",
        &scope.label(),
        "--label",
        "side=ours",
        &a,
    ]);
    ok(&[
        "network",
        "create",
        "--label",
        &scope.label(),
        "--label",
        "side=theirs",
        &t,
    ]);
    ok(&["network", "create", "--label", &scope.label(), &b]);
    let c = sleeper(&scope, "user");
    ok(&["network", "connect", &b, &c]);
    let filter = format!("label={}", scope.label());
    let no = same_stdin(&["network", "prune", "--filter", &filter], b"n\n");
    assert_eq!(no.code, 0);
    assert!(no.stdout.starts_with("WARNING! "), "{}", no.stdout);
    let out = prune_on_twins("network", &filter, &[(&t, &a)]);
    assert_eq!(
        (out.stdout.as_str(), out.stderr.as_str()),
        (format!("Deleted Networks:\n{a}\n\n").as_str(), "")
    );
    let left = same(&[
        "network",
        "ls",
        "-q",
        "--filter",
        &filter,
        "--filter",
        "label=side=ours",
    ]);
    assert_eq!(left.stdout, "");
    let left = ok(&[
        "network",
        "ls",
        "--filter",
        &filter,
        "--format",
        "{{.Name}}",
    ]);
    assert!(left.lines().any(|l| l == b), "{left}");
    ok(&["network", "disconnect", "-f", &b, &c]);
    ok(&["network", "rm", &b]);
}

#[test]
fn volume_lifecycle_and_listing_match_docker() {
    let scope = Scope::new("vol");
    let (v, w) = (format!("hvt-{}-v", scope.id), format!("hvt-{}-w", scope.id));
    let _c = Cleanup(vec![
        format!("/volumes/{v}?force=1"),
        format!("/volumes/{w}?force=1"),
    ]);
    assert_eq!(
        ok(&[
            "volume",
            "create",
            "--label",
            &scope.label(),
            "-o",
            "type=tmpfs",
            "-o",
            "device=tmpfs",
            &v
        ]),
        format!("{v}\n")
    );
    assert_eq!(
        ok(&["volume", "create", "--name", &w, "--label", &scope.label()]),
        format!("{w}\n")
    );
    let filter = format!("label={}", scope.label());
    for f in [
        "",
        "json",
        "{{.Name}} {{.Driver}} {{.Scope}} {{.Links}} {{.Size}} {{.Mountpoint}}",
        "table {{.Name}}\t{{.Label \"io.hvdock.test\"}}",
        "raw",
    ] {
        same(&["volume", "ls", "--filter", &filter, "--format", f]);
    }
    assert_eq!(
        same(&["volume", "ls", "-q", "--filter", &filter]).stdout,
        format!("{v}\n{w}\n")
    );
    let opts = same(&["volume", "inspect", "-f", "{{.Options}} {{.Labels}}", &v]);
    assert!(
        opts.stdout.starts_with("map[device:tmpfs type:tmpfs] map["),
        "{}",
        opts.stdout
    );
    same(&["volume", "inspect", &v, &w]);
    same(&["volume", "create", "--name", "a", "b"]);

    let c = scope.name("user");
    // Dropped before `_c`: the volume can go only once its user has.
    let _user = Cleanup(vec![format!("/containers/{c}?force=1")]);
    ok(&[
        "create",
        "--name",
        &c,
        "--label",
        &scope.label(),
        "-v",
        &format!("{v}:/data"),
        IMAGE,
    ]);
    let busy = same(&["volume", "rm", &v]);
    assert_eq!(busy.code, 1);
    assert_eq!(ok(&["volume", "rm", &w]), format!("{w}\n"));
    same(&["volume", "rm", &w, "hvt-never"]);
    let forced = run(&["volume", "rm", "-f", &w]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    // prune: only ours, only the unused (the API 1.41 daemon prunes named volumes too).
    let (unused, twin) = (format!("hvt-{}-u", scope.id), format!("hvt-{}-t", scope.id));
    let _u = Cleanup(vec![
        format!("/volumes/{unused}"),
        format!("/volumes/{twin}"),
    ]);
    ok(&[
        "volume",
        "create",
        "--label",
        &scope.label(),
        "--label",
        "side=ours",
        &unused,
    ]);
    ok(&[
        "volume",
        "create",
        "--label",
        &scope.label(),
        "--label",
        "side=theirs",
        &twin,
    ]);
    let out = prune_on_twins("volume", &filter, &[(&twin, &unused)]);
    assert_pruned(&out, "Deleted Volumes", &unused);
    if docker(&[]).is_some() {
        assert_eq!(
            same(&["volume", "ls", "-q", "--filter", &filter]).stdout,
            format!("{v}\n")
        );
    }
}

#[test]
fn container_prune_diff_export_commit() {
    let scope = Scope::new("cprune");
    // `done` is hvdock's to prune, `twin` (made the same way) docker's.
    let exited = |suffix: &str, side: &str| {
        let name = scope.name(suffix);
        ok(&[
            "run",
            "--name",
            &name,
            "--label",
            &scope.label(),
            "--label",
            &format!("side={side}"),
            IMAGE,
            "sh",
            "-c",
            "mkdir /made && echo x > /made/f && rm /etc/hostname.bak 2>/dev/null; touch /etc/group",
        ]);
        name
    };
    let done = exited("done", "ours");
    let diff = same_lines(&["diff", &done]);
    for line in ["A /made", "A /made/f", "C /etc", "C /etc/group"] {
        assert!(
            diff.stdout.lines().any(|l| l == line),
            "{line}: {}",
            diff.stdout
        );
    }
    same(&["diff", "hvt-never"]);
    same(&["container", "diff", ""]);

    // export: a tar stream to a file; stdout only when it is not a terminal.
    let dir = tempfile::tempdir().unwrap();
    let tar_path = dir.path().join("fs.tar");
    ok(&["export", "-o", tar_path.to_str().unwrap(), &done]);
    let bytes = std::fs::read(&tar_path).unwrap();
    assert!(
        bytes.len() > 512 && bytes.windows(6).any(|w| w == b"made/f"),
        "{} bytes",
        bytes.len()
    );
    let piped = run(&["export", &done]);
    assert_eq!(piped.code, 0);
    assert_eq!(piped.raw_stdout.len(), bytes.len());
    let mut tty = pty::Pty::spawn(hvdock(&["export", &done]), 24, 80);
    tty.expect(
        "cowardly refusing to save to a terminal. Use the -o flag or redirect",
        Duration::from_secs(20),
    );
    assert_eq!(tty.wait(Duration::from_secs(20)), Some(1));
    same(&["export", "-o", "/nonexistent-dir/x.tar", "hvt-never"]);

    // commit: author, message, changes; the image is removed at the end.
    let repo = format!("hvt-commit-{}", scope.id);
    let image = format!("{repo}:v1");
    let id = ok(&[
        "commit",
        "-a",
        "Ann <a@b>",
        "-m",
        "msg",
        "-c",
        "ENV HV=1",
        "-c",
        "LABEL hv=yes",
        &done,
        &image,
    ]);
    assert!(id.starts_with("sha256:"), "{id}");
    let (_, info) = api("GET", &format!("/images/{image}/json"), None);
    api("DELETE", &format!("/images/{image}?force=1"), None);
    let info: serde_json::Value = serde_json::from_str(&info).unwrap();
    assert_eq!(info["Author"], "Ann <a@b>");
    assert_eq!(info["Comment"], "msg");
    assert!(
        info["Config"]["Env"].to_string().contains("HV=1"),
        "{}",
        info["Config"]
    );
    assert_eq!(info["Config"]["Labels"]["hv"], "yes");
    same(&["commit", &done, "Upper"]);
    same(&["commit", "hvt-never"]);

    // container prune: only this test's stopped containers.
    let running = sleeper(&scope, "running");
    let twin = exited("twin", "theirs");
    let filter = format!("label={}", scope.label());
    let no = same_stdin(&["container", "prune", "--filter", &filter], b"\n");
    assert!(no.stdout.starts_with("WARNING! "), "{}", no.stdout);
    let id = |name: &str| ok(&["inspect", "-f", "{{.Id}}", name]).trim().to_string();
    let (done_id, twin_id) = (id(&done), id(&twin));
    let out = prune_on_twins("container", &filter, &[(&twin_id, &done_id)]);
    assert_pruned(&out, "Deleted Containers", &done_id);
    if docker(&[]).is_some() {
        assert_eq!(
            scope.containers().len(),
            1,
            "the running one stays: {running}"
        );
    }
    // Nothing left to prune on either side.
    let none = prune_on_twins("container", &filter, &[]);
    assert_eq!(none.stdout, "Total reclaimed space: 0B\n");
}

/// hvdock and docker on the same temporary DOCKER_CONFIG.
fn in_config(dir: &std::path::Path, ours: bool, args: &[&str]) -> Run {
    let mut cmd = if ours {
        hvdock(args)
    } else {
        match docker(args) {
            Some(c) => c,
            None => return run(&["--version"]),
        }
    };
    cmd.env("DOCKER_CONFIG", dir);
    output(cmd, None)
}

fn same_in(dir: &std::path::Path, args: &[&str]) -> Run {
    let mine = in_config(dir, true, args);
    if docker(&[]).is_some() {
        assert_same(&format!("{args:?}"), &mine, &in_config(dir, false, args));
    }
    mine
}

/// For commands that change the config: docker runs on a copy of `dir`, hvdock on `dir`; the
/// outputs must be the same and so must the two directories afterwards.
fn same_in_twin(dir: &std::path::Path, args: &[&str]) -> Run {
    let mine_before = tempfile::tempdir().unwrap();
    copy_dir(dir, mine_before.path());
    let mine = in_config(dir, true, args);
    if docker(&[]).is_some() {
        let theirs = in_config(mine_before.path(), false, args);
        assert_same(&format!("{args:?}"), &mine, &theirs);
        assert_eq!(
            tree(dir),
            tree(mine_before.path()),
            "the config directory after {args:?}: hvdock's, docker's"
        );
    }
    mine
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// Every file under `dir` with its content; JSON files parsed (docker indents config.json with
/// tabs, hvdock with two blanks: what the two clients read back is what matters here).
fn tree(dir: &std::path::Path) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
                let text = match serde_json::from_str::<serde_json::Value>(&text) {
                    Ok(v) if rel.ends_with(".json") => v.to_string(),
                    _ => text,
                };
                out.insert(rel, text);
            }
        }
    }
    out
}

#[test]
fn contexts_are_shared_with_docker() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("config.json"),
        "{\"auths\":{},\"psFormat\":\"{{.ID}}\"}",
    )
    .unwrap();
    let ca = d.join("ca-src.pem");
    // A real certificate: docker refuses a ca.pem it cannot parse.
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    let pem = params
        .self_signed(&rcgen::KeyPair::generate().unwrap())
        .unwrap()
        .pem();
    std::fs::write(&ca, &pem).unwrap();
    let created = same_in_twin(
        d,
        &[
            "context",
            "create",
            "--description",
            "made by hvdock",
            "--docker",
            &format!(
                "host=tcp://10.0.0.1:2376,ca={},skip-tls-verify=true",
                ca.display()
            ),
            "ours",
        ],
    );
    assert_eq!(
        (created.code, created.stdout.as_str()),
        (0, "ours\n"),
        "{}",
        created.stderr
    );
    assert_eq!(created.stderr, "Successfully created context \"ours\"\n");
    let stored = std::fs::read_dir(d.join("contexts/meta")).unwrap().count();
    assert_eq!(stored, 1);
    // docker sees and uses what hvdock made, and the other way round.
    if docker(&[]).is_some() {
        let made = in_config(
            d,
            false,
            &[
                "context",
                "create",
                "--docker",
                "host=unix:///var/run/docker.sock",
                "theirs",
            ],
        );
        assert_eq!(made.code, 0, "{}", made.stderr);
    } else {
        in_config(
            d,
            true,
            &[
                "context",
                "create",
                "--docker",
                "host=unix:///var/run/docker.sock",
                "theirs",
            ],
        );
    }
    for args in [
        &["context", "ls"][..],
        &["context", "ls", "--format", "json"],
        &["context", "ls", "-q"],
        &["context", "inspect", "ours", "theirs"],
        &["context", "inspect"],
        &[
            "context",
            "inspect",
            "-f",
            "{{.Endpoints.docker.Host}} {{.Name}} {{json .TLSMaterial}}",
            "ours",
        ],
        &["context", "inspect", "nope"],
        &["context", "show"],
        &["context", "create", "default", "--docker", "host=unix:///x"],
        &[
            "context",
            "create",
            "bad name",
            "--docker",
            "host=unix:///x",
        ],
        &["context", "create", "x3", "--docker", "nope=1"],
        &["context", "create", "ours", "--docker", "host=unix:///x"],
    ] {
        same_in(d, args);
    }
    let tls = std::fs::read(
        d.join("contexts/tls")
            .join(sha("ours"))
            .join("docker/ca.pem"),
    )
    .unwrap();
    assert_eq!(tls, pem.as_bytes());

    // hvdock's `use` is docker's current context; docker's `use` is hvdock's.
    let used = same_in_twin(d, &["context", "use", "theirs"]);
    assert_eq!(
        (used.stdout.as_str(), used.stderr.as_str()),
        ("theirs\n", "Current context is now \"theirs\"\n")
    );
    let config = std::fs::read_to_string(d.join("config.json")).unwrap();
    assert!(
        config.contains("\"currentContext\": \"theirs\"") && config.contains("psFormat"),
        "{config}"
    );
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(d.join("config.json"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    same_in(d, &["context", "show"]);
    same_in(d, &["context", "ls"]);
    assert_eq!(
        in_config(d, true, &["version", "--format", "{{.Server.APIVersion}}"]).code,
        0
    );
    same_in(d, &["context", "rm", "theirs"]);
    if docker(&[]).is_some() {
        in_config(d, false, &["context", "use", "ours"]);
        assert_eq!(in_config(d, true, &["context", "show"]).stdout, "ours\n");
    }
    same_in_twin(
        d,
        &["context", "update", "--description", "renamed", "ours"],
    );
    same_in(
        d,
        &["context", "ls", "--format", "{{.Name}}={{.Description}}"],
    );
    // Without -f a missing context is an error; with -f it is "removed" like any other.
    let rm = same_in_twin(d, &["context", "rm", "nope"]);
    assert_eq!(rm.code, 1);
    let rm = same_in_twin(d, &["context", "rm", "-f", "ours", "nope"]);
    assert_eq!(rm.stdout, "ours\nnope\n");
    assert_eq!(same_in(d, &["context", "show"]).stdout, "default\n");
}

fn sha(s: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
