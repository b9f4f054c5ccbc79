//! `hvdock build` with the daemon's classic builder: .dockerignore with docker's rules (checked
//! against the reference client's build), -f inside/outside the context and from stdin, context
//! from stdin, build args, labels, target, iidfile, quiet, failing steps and --isolation.

mod common;

use std::path::Path;

use common::{docker, hvdock, ok, output, run, uniq, IMAGE};

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

const LISTING: &str = "FROM hvdock-test/busybox:latest\nCOPY . /ctx/\nRUN cd /ctx && find . | sort > /listing.txt\nCMD [\"cat\", \"/listing.txt\"]\n";

#[test]
fn dockerignore_follows_dockers_rules_not_gitignores() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "Dockerfile", LISTING);
    for f in [
        "a.log",
        "keep.log",
        "sub/a.log",
        "deep/x/y/z.tmp",
        "deep/x/keep.tmp",
        "secret/k",
        "sub/secret",
        "docs/readme.md",
        "docs/api/index.md",
        "node_modules/m/index.js",
        "src/main.rs",
        "src/gen/out.rs",
    ] {
        write(d, f, "x\n");
    }
    write(
        d,
        ".dockerignore",
        "# comment\n*.log\n!keep.log\n**/*.tmp\n!deep/x/keep.tmp\n/secret\nnode_modules\ndocs/**\n!docs/api\nsrc/*/out.rs\nDockerfile\n.dockerignore\n",
    );
    let image = format!("{}:1", uniq("ignore"));
    let _cleanup = common::Images::new(vec![image.clone()]);
    ok(&["build", "-q", "-t", &image, d.to_str().unwrap()]);
    let mine = ok(&["run", "--rm", &image]);
    for present in [
        "./keep.log",
        "./sub/a.log",
        "./sub/secret",
        "./deep/x/keep.tmp",
        "./src/main.rs",
        "./docs/api/index.md",
    ] {
        assert!(
            mine.lines().any(|l| l == present),
            "{present} missing:\n{mine}"
        );
    }
    for absent in [
        "./a.log",
        "./deep/x/y/z.tmp",
        "./secret/k",
        "./node_modules",
        "./src/gen/out.rs",
        "./docs/readme.md",
    ] {
        assert!(
            !mine.lines().any(|l| l == absent),
            "{absent} present:\n{mine}"
        );
    }
    if let Some(mut d2) = docker(&[
        "build",
        "-q",
        "-t",
        &format!("{image}-ref"),
        d.to_str().unwrap(),
    ]) {
        let _c = common::Images::new(vec![format!("{image}-ref")]);
        d2.env("DOCKER_BUILDKIT", "0");
        let r = output(d2, None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let theirs = ok(&["run", "--rm", &format!("{image}-ref")]);
        assert_eq!(mine, theirs);
    }
}

#[test]
fn dockerfile_outside_context_from_stdin_and_stdin_context() {
    let ctx = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    write(ctx.path(), "data.txt", "data\n");
    write(
        other.path(),
        "Build.df",
        "FROM hvdock-test/busybox:latest\nCOPY data.txt /\nCMD [\"cat\", \"/data.txt\"]\n",
    );
    let image = format!("{}:1", uniq("dfout"));
    let _cleanup = common::Images::new(vec![
        image.clone(),
        format!("{image}-stdin"),
        format!("{image}-tar"),
    ]);
    let df = other.path().join("Build.df");
    ok(&[
        "build",
        "-q",
        "-f",
        df.to_str().unwrap(),
        "-t",
        &image,
        ctx.path().to_str().unwrap(),
    ]);
    assert_eq!(ok(&["run", "--rm", &image]), "data\n");

    // -f - : the Dockerfile from stdin, the context from the directory.
    let r = output(
        hvdock(&[
            "build",
            "-q",
            "-f",
            "-",
            "-t",
            &format!("{image}-stdin"),
            ctx.path().to_str().unwrap(),
        ]),
        Some(b"FROM hvdock-test/busybox:latest\nCOPY . /c/\nCMD [\"ls\", \"-a\", \"/c\"]\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let listing = ok(&["run", "--rm", &format!("{image}-stdin")]);
    assert!(
        listing.contains("data.txt") && !listing.contains(".dockerfile."),
        "{listing}"
    );

    // Context from stdin: a bare Dockerfile, then a tar.
    let r = output(
        hvdock(&["build", "-t", &format!("{image}-stdin"), "-"]),
        Some(b"FROM hvdock-test/busybox:latest\nCMD [\"echo\", \"bare\"]\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("Step 1/2 : FROM hvdock-test/busybox:latest"),
        "{}",
        r.stdout
    );
    assert_eq!(ok(&["run", "--rm", &format!("{image}-stdin")]), "bare\n");
    write(
        ctx.path(),
        "Dockerfile",
        "FROM hvdock-test/busybox:latest\nCOPY data.txt /\nCMD [\"cat\", \"/data.txt\"]\n",
    );
    let tar = std::process::Command::new("tar")
        .args(["-C", ctx.path().to_str().unwrap(), "-c", "."])
        .output()
        .unwrap()
        .stdout;
    let r = output(
        hvdock(&["build", "-q", "-t", &format!("{image}-tar"), "-"]),
        Some(&tar),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(ok(&["run", "--rm", &format!("{image}-tar")]), "data\n");

    let both = output(hvdock(&["build", "-f", "-", "-"]), Some(b""));
    assert_eq!(
        (both.code, after_notice(&both.stderr)),
        (
            1,
            "invalid argument: can't use stdin for both build context and dockerfile"
        )
    );
    let missing = run(&["build", "/nonexistent-hvdock-ctx"]);
    assert_eq!(
        (missing.code, after_notice(&missing.stderr)),
        (
            1,
            "unable to prepare context: path \"/nonexistent-hvdock-ctx\" not found"
        )
    );
}

#[test]
fn args_labels_target_iidfile_and_quiet() {
    let ctx = tempfile::tempdir().unwrap();
    write(
        ctx.path(),
        "Dockerfile",
        "FROM hvdock-test/busybox:latest AS first\nARG GREETING=none\nRUN echo \"$GREETING\" > /greeting\nCMD [\"cat\", \"/greeting\"]\nFROM first AS second\nRUN echo second > /greeting\n",
    );
    let image = format!("{}:1", uniq("args"));
    let _cleanup = common::Images::new(vec![image.clone()]);
    let iid = ctx.path().join("iid");
    let out = ok(&[
        "build",
        "-q",
        "--build-arg",
        "GREETING=hello",
        "--label",
        "io.hvdock.test.build=yes",
        "--target",
        "first",
        "--iidfile",
        iid.to_str().unwrap(),
        "--no-cache",
        "-t",
        &image,
        ctx.path().to_str().unwrap(),
    ]);
    let id = std::fs::read_to_string(&iid).unwrap();
    assert!(id.starts_with("sha256:"), "{id}");
    assert_eq!(out, format!("{id}\n"));
    assert_eq!(ok(&["run", "--rm", &image]), "hello\n");
    let label = ok(&[
        "image",
        "inspect",
        "--format",
        "{{index .Config.Labels \"io.hvdock.test.build\"}}",
        &image,
    ]);
    assert_eq!(label, "yes\n");
}

#[test]
fn failing_step_exits_with_its_code_like_docker() {
    let ctx = tempfile::tempdir().unwrap();
    write(
        ctx.path(),
        "Dockerfile",
        "FROM hvdock-test/busybox:latest\nRUN exit 3\n",
    );
    // --force-rm: the failed step's container is removed, so the test leaves nothing behind.
    let r = run(&["build", "--force-rm", ctx.path().to_str().unwrap()]);
    assert_eq!(r.code, 3, "{} {}", r.stdout, r.stderr);
    assert_eq!(
        after_notice(&r.stderr),
        "The command '/bin/sh -c exit 3' returned a non-zero code: 3"
    );
    assert!(r.stdout.contains("Step 2/2 : RUN exit 3"), "{}", r.stdout);
    // docker without buildx runs the legacy builder after the same notice: stderr identical.
    if let Some(d) = docker(&["build", "--force-rm", ctx.path().to_str().unwrap()]) {
        let theirs = output(d, None);
        assert_eq!((theirs.code, theirs.stderr), (r.code, r.stderr.clone()));
    }
    write(
        ctx.path(),
        "Dockerfile",
        "FROM hvdock-test/busybox:latest\nBOGUS x\n",
    );
    let r = run(&["build", ctx.path().to_str().unwrap()]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("unknown instruction: BOGUS"),
        "{}",
        r.stderr
    );
}

#[test]
fn isolation_hyperv_is_refused_on_linux_and_help_says_no_buildkit() {
    let ctx = tempfile::tempdir().unwrap();
    write(
        ctx.path(),
        "Dockerfile",
        "FROM hvdock-test/busybox:latest\n",
    );
    let r = run(&["build", "--isolation=hyperv", ctx.path().to_str().unwrap()]);
    assert_eq!((r.code, r.stdout.as_str()), (1, ""));
    assert_eq!(
        after_notice(&r.stderr),
        "hvdock build: --isolation=hyperv cannot be honoured on a Linux daemon: the classic \
         builder runs every build step with the daemon's default runtime and cannot run them \
         in a sandbox runtime (runsc, kata). Build without --isolation, then run the image \
         with --isolation=hyperv."
    );
    let bad = run(&["build", "--isolation=bogus", ctx.path().to_str().unwrap()]);
    assert_eq!((bad.code, bad.stdout.as_str()), (1, ""));
    assert_eq!(
        after_notice(&bad.stderr),
        "invalid isolation \"bogus\": valid values are \"default\", \"process\" and \"hyperv\""
    );
    // `build --help` is docker's page, with docker's notice on stderr.
    let help = run(&["build", "--help"]);
    if let Some(d) = docker(&["build", "--help"]) {
        let theirs = output(d, None);
        assert_eq!(
            (
                theirs.code,
                theirs.stdout.replace("docker", "hvdock"),
                theirs.stderr
            ),
            (
                help.code,
                help.stdout.replace("docker", "hvdock"),
                help.stderr
            )
        );
    }
    let _ = IMAGE;
}

/// docker's legacy-builder notice, which every build prints first on stderr; the rest trimmed.
fn after_notice(stderr: &str) -> &str {
    const NOTICE: &str =
        "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            Install the buildx component to build images with BuildKit:
            https://docs.docker.com/go/buildx/

";
    assert!(stderr.starts_with(NOTICE), "{stderr}");
    stderr[NOTICE.len()..].trim()
}
