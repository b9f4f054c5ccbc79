//! The `build` context of a directory is measured before it is sent and goes out with a
//! `Content-Length` (src/commands/build/context.rs, src/engine/sized_body.rs), and its tar is
//! the one docker's client sends for the same directory, byte for byte: Go's `archive/tar`
//! headers (USTAR, a prefix for long paths, PAX records for longer or non-ASCII names, long
//! link targets and `security.capability`), hard links as links to the first name, FIFOs,
//! what `.dockerignore` leaves (a `!` pattern under an excluded directory included).
//!
//! docker's tar is recorded through a proxy in front of the real daemon (it sends it chunked);
//! hvdock's is received by a strict fake daemon that reads nothing but a `Content-Length` body
//! (a wrong length leaves the tar cut short or followed by garbage). Both clients then build the
//! same `COPY . /ctx` against the real daemon and get the same image (the classic builder's
//! cache key for `COPY` hashes what arrived).

mod common;

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::fake_daemon::{FakeDaemon, Request};
use common::proxy::Proxy;
use common::*;

fn write(dir: &Path, rel: &str, data: &[u8]) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, data).unwrap();
}

/// A context with one of every kind of entry docker's tar writer treats its own way.
fn context(dir: &Path) {
    write(
        dir,
        "Dockerfile",
        format!("FROM {IMAGE}\nCOPY . /ctx\n").as_bytes(),
    );
    write(dir, ".dockerignore", b"*.log\nskip\n!skip/keep\n");
    write(dir, "a.log", b"excluded");
    write(dir, "skip/x", b"excluded");
    write(dir, "skip/keep", b"taken back");
    write(dir, "empty", b"");
    write(dir, "block", &[b'b'; 512]);
    // Read into the buffer, and moved by sendfile.
    write(dir, "medium", &vec![b'm'; 70 * 1024]);
    write(dir, "sub/big", &vec![b'g'; 300 * 1024 + 3]);
    write(dir, "sub/a.txt", b"hi\n");
    std::fs::set_permissions(
        dir.join("sub/a.txt"),
        std::fs::Permissions::from_mode(0o4755),
    )
    .unwrap();
    std::fs::hard_link(dir.join("sub/a.txt"), dir.join("hard")).unwrap();
    std::os::unix::fs::symlink("sub/a.txt", dir.join("link")).unwrap();
    std::os::unix::fs::symlink("t".repeat(120), dir.join("longlink")).unwrap();
    write(dir, &"n".repeat(120), b"long name");
    write(
        dir,
        &format!("{}/{}/f", "d".repeat(60), "e".repeat(60)),
        b"split name",
    );
    write(dir, "é.txt", b"not ascii");
    let fifo = CString::new(dir.join("fifo").as_os_str().as_bytes()).unwrap();
    // SAFETY: a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    // A file capability, where the file system takes one (docker sends it as a PAX record).
    write(dir, "capf", b"cap");
    let capf = CString::new(dir.join("capf").as_os_str().as_bytes()).unwrap();
    let cap = [
        1u8, 0, 0, 2, 0, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    // SAFETY: a NUL-terminated path and name, a buffer of the length given.
    let set = unsafe {
        libc::lsetxattr(
            capf.as_ptr(),
            c"security.capability".as_ptr(),
            cap.as_ptr().cast(),
            cap.len(),
            0,
        )
    };
    if set != 0 {
        eprintln!(
            "no file capability here: {}",
            std::io::Error::last_os_error()
        );
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The body of the one `POST .../build` the proxy saw (chunked, as docker sends it).
fn chunked_build_body(raw: &[u8]) -> Vec<u8> {
    let post = find(raw, b"/build?").expect("a build request");
    let head_end = find(&raw[post..], b"\r\n\r\n").unwrap() + post + 4;
    let head = String::from_utf8_lossy(&raw[post..head_end]).to_ascii_lowercase();
    assert!(head.contains("transfer-encoding: chunked"), "{head}");
    let mut body = Vec::new();
    let mut at = head_end;
    loop {
        let line_end = find(&raw[at..], b"\r\n").unwrap() + at;
        let size = std::str::from_utf8(&raw[at..line_end]).unwrap();
        let size = usize::from_str_radix(size.split(';').next().unwrap(), 16).unwrap();
        at = line_end + 2;
        if size == 0 {
            return body;
        }
        body.extend_from_slice(&raw[at..at + size]);
        at += size + 2;
    }
}

/// A daemon that reads each request's body by its `Content-Length` alone.
fn strict_daemon() -> FakeDaemon {
    FakeDaemon::answering("/build", r#"{"stream":"sha256:fake\n"}"#.into())
}

#[test]
fn a_directory_context_is_dockers_tar_with_its_length() {
    if !require(Need::Docker) {
        return;
    }
    let id = std::process::id();
    let (theirs_tag, ours_tag) = (
        format!("hvbl-ctx-{id}:docker"),
        format!("hvbl-ctx-{id}:ours"),
    );
    let _images = Images::new(vec![theirs_tag.clone(), ours_tag.clone()]);
    let dir = tempfile::tempdir().unwrap();
    context(dir.path());
    let ctx = dir.path().to_str().unwrap();

    // docker's tar, as the daemon receives it.
    let proxy = Proxy::start(SOCKET);
    let host = proxy.host();
    let mut cmd = reference(&["-H", &host, "build", "-q", "-t", &theirs_tag, ctx]);
    cmd.env("DOCKER_BUILDKIT", "0");
    let theirs = output(cmd, None);
    assert_eq!(theirs.code, 0, "docker build: {}", theirs.stderr);
    let docker_tar = chunked_build_body(&proxy.raw());

    // hvdock's, read by its Content-Length alone.
    let fake = strict_daemon();
    let mut cmd = hvdock(&["build", "-q", ctx]);
    cmd.env("DOCKER_HOST", fake.host());
    let r = output(cmd, None);
    assert_eq!(r.code, 0, "hvdock build (fake daemon): {}", r.stderr);
    let builds: Vec<Request> = fake
        .requests()
        .into_iter()
        .filter(|q| q.path.starts_with("/build"))
        .collect();
    assert_eq!(builds.len(), 1, "{builds:?}");
    let sent = &builds[0];
    assert_eq!(sent.header("transfer-encoding"), None);
    assert_eq!(
        sent.header("content-length"),
        Some(docker_tar.len().to_string().as_str())
    );
    // Every byte of the context is ASCII or UTF-8: the fake daemon's text is the bytes.
    assert!(
        sent.body.as_bytes() == docker_tar.as_slice(),
        "hvdock's tar ({} bytes) is not docker's ({} bytes); first difference at {:?}",
        sent.body.len(),
        docker_tar.len(),
        sent.body
            .bytes()
            .zip(&docker_tar)
            .position(|(a, b)| a != *b)
    );

    // The daemon builds the same image from both.
    let ours = run(&["build", "-q", "-t", &ours_tag, ctx]);
    assert_eq!(ours.code, 0, "hvdock build: {}", ours.stderr);
    assert_eq!(ours.stdout, theirs.stdout);
}
