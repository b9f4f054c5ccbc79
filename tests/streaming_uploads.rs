//! Uploads are streamed: `import`, `load`, `cp` into a container and the `build` context of a
//! few hundred megabytes of incompressible data go through hvdock with a peak RSS of at most
//! 32 MB (the child's own `ru_maxrss` from `wait4`), and arrive byte for byte. `save -o` makes
//! its file as docker's atomic writer does. Memory is asserted, never time.

mod common;

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};

use common::*;

/// The ceiling on hvdock's peak RSS for an upload of any size.
const MAX_RSS_KB: i64 = 32 * 1024;
/// The size of the big file (incompressible).
const BIG: u64 = 256 * 1024 * 1024;

/// Runs `cmd` (stdin from `stdin_file` when given), returns (exit code, stdout, stderr, peak
/// RSS in KB) from `wait4` on that child alone.
fn measured(mut cmd: Command, stdin_file: Option<&std::path::Path>) -> (i32, String, String, i64) {
    let out = tempfile::NamedTempFile::new().unwrap();
    let err = tempfile::NamedTempFile::new().unwrap();
    cmd.stdout(out.reopen().unwrap())
        .stderr(err.reopen().unwrap());
    cmd.stdin(match stdin_file {
        Some(p) => Stdio::from(std::fs::File::open(p).unwrap()),
        None => Stdio::null(),
    });
    // Reaped by wait4 below, which also gives its rusage.
    #[allow(clippy::zombie_processes)]
    let child = cmd.spawn().expect("spawn");
    let mut status = 0;
    // SAFETY: rusage is plain data filled by wait4 for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4: {}", std::io::Error::last_os_error());
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    let read = |f: &tempfile::NamedTempFile| std::fs::read_to_string(f.path()).unwrap();
    (code, read(&out), read(&err), usage.ru_maxrss)
}

/// `BIG` bytes that do not compress (xorshift), and their SHA-256 as hex.
fn big_file(path: &std::path::Path) -> String {
    use sha2::Digest;
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut hash = sha2::Sha256::new();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15 ^ u64::from(std::process::id());
    let mut block = vec![0u8; 1 << 20];
    for _ in 0..BIG / block.len() as u64 {
        for word in block.chunks_exact_mut(8) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            word.copy_from_slice(&x.to_le_bytes());
        }
        hash.update(&block);
        f.write_all(&block).unwrap();
    }
    f.flush().unwrap();
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn image_id(name: &str) -> String {
    ok(&["image", "inspect", "--format", "{{.Id}}", name])
        .trim()
        .to_string()
}

fn assert_small(what: &str, rss_kb: i64) {
    eprintln!("{what}: peak RSS {rss_kb} KB");
    assert!(
        rss_kb <= MAX_RSS_KB,
        "{what}: peak RSS {rss_kb} KB is over {MAX_RSS_KB} KB for a {} MB upload",
        BIG >> 20
    );
}

#[test]
fn import_save_load_of_a_big_image_stream_in_bounded_memory_and_round_trip() {
    let tag = format!("hvu-stream-{}:imp", std::process::id());
    let reference = format!("hvu-stream-{}:docker", std::process::id());
    let _cleanup = Images::new(vec![tag.clone(), reference.clone()]);
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.bin");
    big_file(&big);
    // A root filesystem tar holding the big file.
    let rootfs = dir.path().join("rootfs.tar");
    {
        let mut b = tar::Builder::new(std::fs::File::create(&rootfs).unwrap());
        b.append_path_with_name(&big, "big.bin").unwrap();
        b.finish().unwrap();
    }
    std::fs::remove_file(&big).unwrap();

    let layers = |name: &str| {
        ok(&[
            "image",
            "inspect",
            "--format",
            "{{json .RootFS.Layers}}",
            name,
        ])
    };
    let (code, out, err, rss) = measured(hvdock(&["import", rootfs.to_str().unwrap(), &tag]), None);
    assert_eq!(code, 0, "import: {err}");
    assert_small("import FILE", rss);
    assert_eq!(out.trim(), image_id(&tag));
    // The import from stdin below takes the tag: this first image would be left dangling.
    _cleanup.also(out.trim());
    let from_file = layers(&tag);

    // From stdin the same layer comes out.
    let (code, out, err, rss) = measured(hvdock(&["import", "-", &tag]), Some(&rootfs));
    assert_eq!(code, 0, "import -: {err}");
    assert_small("import - < FILE", rss);
    let imported = image_id(&tag);
    assert_eq!(out.trim(), imported);
    assert_eq!(layers(&tag), from_file);

    // The daemon's digest of the layer it received is the one it computes for the same tar
    // sent by docker: byte exact.
    if let Some(cmd) = docker(&["import", rootfs.to_str().unwrap(), &reference]) {
        let r = output(cmd, None);
        assert_eq!(r.code, 0, "docker import: {}", r.stderr);
        assert_eq!(layers(&reference), from_file);
    }
    std::fs::remove_file(&rootfs).unwrap();

    let saved = dir.path().join("img.tar");
    ok(&["save", "-o", saved.to_str().unwrap(), &tag]);
    assert_eq!(
        std::fs::metadata(&saved).unwrap().permissions().mode() & 0o7777,
        0o600
    );
    ok(&["rmi", &tag]);
    let (code, out, err, rss) = measured(hvdock(&["load", "-i", saved.to_str().unwrap()]), None);
    assert_eq!(code, 0, "load -i: {err}");
    assert_small("load -i FILE", rss);
    assert_eq!(out, format!("Loaded image: {tag}\n"));
    assert_eq!(
        image_id(&tag),
        imported,
        "the loaded image is not the saved one"
    );
    ok(&["rmi", &tag]);
    let (code, _, err, rss) = measured(hvdock(&["load"]), Some(&saved));
    assert_eq!(code, 0, "load < FILE: {err}");
    assert_small("load < FILE", rss);
    assert_eq!(image_id(&tag), imported);
}

#[test]
fn cp_of_a_big_file_into_a_container_streams_in_bounded_memory_byte_exact() {
    let scope = Scope::new("stream-cp");
    let c = scope.run_sleeper(&scope.name("dst"));
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.bin");
    let sum = big_file(&big);
    std::fs::set_permissions(&big, std::fs::Permissions::from_mode(0o640)).unwrap();
    let (code, _, err, rss) = measured(
        hvdock(&["cp", big.to_str().unwrap(), &format!("{c}:/big.bin")]),
        None,
    );
    assert_eq!(code, 0, "cp: {err}");
    assert_small("cp FILE C:PATH", rss);
    let r = run(&[
        "exec",
        &c,
        "sh",
        "-c",
        "sha256sum /big.bin; stat -c %a /big.bin",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut words = r.stdout.split_whitespace();
    assert_eq!(words.next(), Some(sum.as_str()));
    assert_eq!(words.last(), Some("640"));
    ok(&["exec", &c, "rm", "/big.bin"]);
}

#[test]
fn a_big_build_context_streams_in_bounded_memory_and_keeps_dockerignore() {
    let tag = format!("hvu-stream-{}:build", std::process::id());
    let _cleanup = Images::new(vec![tag.clone()]);
    let dir = tempfile::tempdir().unwrap();
    let ctx = dir.path();
    let sum = big_file(&ctx.join("big.bin"));
    std::fs::write(
        ctx.join("Dockerfile"),
        format!(
            "FROM {IMAGE}\nCOPY . /ctx\nRUN sha256sum /ctx/big.bin && cd /ctx && find . | sort\n"
        ),
    )
    .unwrap();
    std::fs::write(ctx.join(".dockerignore"), "skip\n*.log\n!keep.log\n").unwrap();
    std::fs::create_dir(ctx.join("skip")).unwrap();
    std::fs::write(ctx.join("skip/x"), "x").unwrap();
    std::fs::write(ctx.join("a.log"), "a").unwrap();
    std::fs::write(ctx.join("keep.log"), "k").unwrap();
    std::os::unix::fs::symlink("keep.log", ctx.join("link")).unwrap();
    let (code, out, err, rss) = measured(
        hvdock(&["build", "--rm", "-t", &tag, ctx.to_str().unwrap()]),
        None,
    );
    assert_eq!(code, 0, "build: {out}{err}");
    assert_small("build DIR", rss);
    assert!(out.contains(&format!("{sum}  /ctx/big.bin\n")), "{out}");
    assert!(
        out.contains(".\n./.dockerignore\n./Dockerfile\n./big.bin\n./keep.log\n./link\n"),
        "the context is not what .dockerignore leaves: {out}"
    );
}

#[test]
fn save_to_a_file_is_docker_atomic_writer() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n).to_string_lossy().into_owned();
    // A new file and a replaced one are 0600, whatever the umask or the old mode.
    std::fs::write(p("old.tar"), "old").unwrap();
    std::fs::set_permissions(p("old.tar"), std::fs::Permissions::from_mode(0o644)).unwrap();
    for name in ["new.tar", "old.tar"] {
        let mut cmd = hvdock(&["save", "-o", &p(name), IMAGE]);
        // SAFETY: umask in the child before exec.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
                libc::umask(0o277);
                Ok(())
            });
        }
        let r = output(cmd, None);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let meta = std::fs::metadata(p(name)).unwrap();
        assert_eq!(meta.permissions().mode() & 0o7777, 0o600, "{name}");
        assert!(meta.len() > 1024);
    }
    // Only the file itself is there: no temporary left beside it.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["new.tar", "old.tar"]);
    // What it refuses, as docker refuses it.
    std::os::unix::fs::symlink("old.tar", p("link.tar")).unwrap();
    std::fs::create_dir(p("dir")).unwrap();
    for target in [p("link.tar"), p("dir"), p("old.tar/x"), p("none/x")] {
        let ours = run(&["save", "-o", &target, IMAGE]);
        assert_eq!(ours.code, 1, "{target}");
        assert!(
            ours.stderr.starts_with("failed to save image: "),
            "{}",
            ours.stderr
        );
        if let Some(cmd) = docker(&["save", "-o", &target, IMAGE]) {
            let theirs = output(cmd, None);
            assert_eq!(
                (ours.code, normalise(&ours.stderr)),
                (theirs.code, normalise(&theirs.stderr)),
                "{target}"
            );
        }
    }
    assert_eq!(
        std::fs::read_link(p("link.tar")).unwrap().to_str(),
        Some("old.tar")
    );
}
