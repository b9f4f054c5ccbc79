//! The rest of issue 15: arguments starting with `-` where docker takes them as positionals
//! (`tag IMG -:x`, `commit C -:x`) and pflag's exact "unknown shorthand flag" text, `info`
//! against a broken daemon, Go's JSON wording, a bare Dockerfile on stdin streamed, and a
//! `context create` with an invalid CA. Differential with the reference client wherever docker
//! has the answer.

mod common;

use common::*;

/// `tag`, `commit` (like `run`, `exec`, `create`, `top`) stop parsing flags at their first
/// positional: what follows is a reference (refused on the client with docker's message) or
/// one argument too many. Elsewhere a short-flag cluster with an unknown letter is named from
/// that letter on, as pflag does (`'x' in -xy`). None of these reaches the daemon's objects.
#[test]
fn dash_arguments_are_positionals_or_flags_as_in_docker() {
    for args in [
        &["tag", IMAGE, "-:x"][..],
        &["image", "tag", IMAGE, "-x"],
        &["tag", IMAGE, "-"],
        &["tag", IMAGE, "hvh-x", "-q"],
        &["tag", IMAGE, "hvh-x", "--help"],
        &["tag", "-:x", "hvh-x"],
        &["commit", "hvh-nonexistent", "-:x"],
        &["container", "commit", "hvh-nonexistent", "hvh-x", "-q"],
        &["commit", "hvh-nonexistent", "--help"],
        &["commit", "hvh-nonexistent", "hvh-ok/Up"],
        &["rm", "-fxy", "hvh-nonexistent"],
        &["rm", "-xyz"],
        &["ps", "-a:b"],
        &["-D", "rm", "-Dxy"],
        &["rm", "-f=true", "-x"],
        &["logs", "-n", "5", "-:x", "hvh-nonexistent"],
        &["run", "-:x", IMAGE],
    ] {
        let r = same(args);
        assert_ne!(r.code, 0, "{args:?}");
    }
    let r = run(&["tag", IMAGE, "-:x"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            "Error parsing reference: \"-:x\" is not a valid repository/tag: invalid reference format\n"
        )
    );
    let r = run(&["ps", "-a:b"]);
    assert!(
        r.stderr.starts_with("unknown shorthand flag: ':' in -:b\n"),
        "{}",
        r.stderr
    );
}

/// A daemon on a unix socket that takes one `POST /build`: it answers `/_ping`, reads the
/// chunked context as a tar and hands back each entry's name, size and SHA-256.
mod build_sink {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::sync::mpsc;

    use sha2::{Digest, Sha256};

    pub type Entry = (String, u64, String);

    /// Reads a chunked body.
    struct Chunked<'a> {
        r: &'a mut BufReader<UnixStream>,
        left: usize,
        done: bool,
    }

    impl Read for Chunked<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.done {
                return Ok(0);
            }
            if self.left == 0 {
                let mut line = String::new();
                self.r.read_line(&mut line)?;
                if line == "\r\n" {
                    line.clear();
                    self.r.read_line(&mut line)?;
                }
                self.left = usize::from_str_radix(line.trim(), 16)
                    .map_err(|e| std::io::Error::other(format!("{line:?}: {e}")))?;
                if self.left == 0 {
                    // The empty line that ends the body.
                    self.r.read_line(&mut String::new())?;
                    self.done = true;
                    return Ok(0);
                }
            }
            let n = buf.len().min(self.left);
            let n = self.r.read(&mut buf[..n])?;
            self.left -= n;
            Ok(n)
        }
    }

    pub fn start(path: &std::path::Path) -> mpsc::Receiver<Vec<Entry>> {
        let listener = UnixListener::bind(path).unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let tx = tx.clone();
                std::thread::spawn(move || serve(conn, tx));
            }
        });
        rx
    }

    fn serve(conn: UnixStream, tx: mpsc::Sender<Vec<Entry>>) {
        let mut w = conn.try_clone().unwrap();
        let mut r = BufReader::new(conn);
        loop {
            let mut line = String::new();
            if r.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let (method, target) = {
                let mut p = line.split_whitespace();
                (
                    p.next().unwrap_or("").to_string(),
                    p.next().unwrap_or("").to_string(),
                )
            };
            let mut length = 0u64;
            let mut chunked = false;
            loop {
                let mut h = String::new();
                if r.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" {
                    break;
                }
                let h = h.to_ascii_lowercase();
                if let Some(v) = h.strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
                chunked |= h.starts_with("transfer-encoding:") && h.contains("chunked");
            }
            if target.contains("/_ping") {
                let body = if method == "HEAD" { "" } else { "OK" };
                let _ = write!(w, "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nOstype: linux\r\nContent-Length: {}\r\n\r\n{body}", body.len());
                continue;
            }
            let mut entries = Vec::new();
            {
                // Chunked, or a `Content-Length` body (a context whose size hvdock measured).
                let mut body: Box<dyn Read> = if chunked {
                    Box::new(Chunked {
                        r: &mut r,
                        left: 0,
                        done: false,
                    })
                } else {
                    Box::new((&mut r).take(length))
                };
                let mut archive = tar::Archive::new(&mut body);
                for e in archive.entries().unwrap() {
                    let mut e = match e {
                        Ok(e) => e,
                        Err(e) => {
                            entries.push((format!("bad archive: {e}"), 0, String::new()));
                            break;
                        }
                    };
                    let name = e.path().unwrap().to_string_lossy().into_owned();
                    let mut hash = Sha256::new();
                    let mut buf = vec![0u8; 1 << 16];
                    let mut size = 0u64;
                    loop {
                        let n = e.read(&mut buf).unwrap();
                        if n == 0 {
                            break;
                        }
                        hash.update(&buf[..n]);
                        size += n as u64;
                    }
                    entries.push((name, size, format!("{:x}", hash.finalize())));
                }
                if let Err(e) = std::io::copy(&mut body, &mut std::io::sink()) {
                    entries.push((format!("error after the archive: {e}"), 0, String::new()));
                }
            }
            let _ = tx.send(entries);
            let answer = "{\"stream\":\"Successfully built 0123456789ab\\n\"}\n";
            let _ = write!(w, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{answer}", answer.len());
        }
    }
}

/// Runs `cmd` with `stdin`, returns its exit code and peak RSS in KiB (its own, from wait4).
// The child is reaped by wait4, which also gives its rusage.
#[allow(clippy::zombie_processes)]
fn run_measured(mut cmd: std::process::Command, stdin: std::process::Stdio) -> (i32, i64, String) {
    use std::process::Stdio;
    cmd.stdin(stdin)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let got = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(got, pid);
    (libc::WEXITSTATUS(status), usage.ru_maxrss, err)
}

/// `build -` with a bare Dockerfile on stdin, and `build -f - DIR`: the Dockerfile arrives whole
/// (size and hash, checked by a daemon that reads the context), and hvdock's memory stays
/// bounded whatever its size (a 96 MiB Dockerfile, never held in memory).
#[test]
fn a_dockerfile_on_stdin_is_streamed() {
    use sha2::{Digest, Sha256};
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let entries = build_sink::start(&dir.path().join("d.sock"));
    let host = format!("unix://{}", dir.path().join("d.sock").display());
    // Written and hashed piece by piece: the test holds none of it either (a child's peak RSS
    // counts what its parent had mapped before the exec).
    let df = dir.path().join("Dockerfile.big");
    let (size, want) = {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&df).unwrap());
        let mut hash = Sha256::new();
        let mut size = 0u64;
        let line = format!("# {}\n", "0123456789abcdef".repeat(8));
        let mut put = |s: &str| {
            out.write_all(s.as_bytes()).unwrap();
            hash.update(s.as_bytes());
            size += s.len() as u64;
        };
        put("FROM scratch\n");
        for _ in 0..(96 << 20) / line.len() {
            put(&line);
        }
        put("LABEL end=reached\n");
        out.flush().unwrap();
        (size, format!("{:x}", hash.finalize()))
    };
    let ctx = dir.path().join("ctx");
    std::fs::create_dir(&ctx).unwrap();
    std::fs::write(ctx.join("a.txt"), "a").unwrap();
    for (args, piped) in [
        (vec!["build", "-q", "-"], false),
        (vec!["build", "-q", "-"], true),
        (vec!["build", "-q", "-f", "-", ctx.to_str().unwrap()], true),
    ] {
        let mut c = hvdock(&args);
        c.env("DOCKER_HOST", &host).env("DOCKER_BUILDKIT", "0");
        let stdin = if piped {
            // A pipe: its size is not known beforehand.
            let mut feeder = std::process::Command::new("cat")
                .arg(&df)
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            let out = feeder.stdout.take().unwrap();
            std::thread::spawn(move || feeder.wait());
            std::process::Stdio::from(out)
        } else {
            std::process::Stdio::from(std::fs::File::open(&df).unwrap())
        };
        let (code, rss_kib, err) = run_measured(c, stdin);
        assert_eq!(code, 0, "{args:?}: {err}");
        // A guard against a hang only.
        let got = entries
            .recv_timeout(std::time::Duration::from_secs(600))
            .unwrap();
        let dockerfile = got
            .iter()
            .find(|(name, _, _)| name == "Dockerfile" || name.starts_with(".dockerfile."))
            .unwrap_or_else(|| panic!("{args:?}: no Dockerfile in {got:?}"));
        assert_eq!(
            (dockerfile.1, dockerfile.2.as_str()),
            (size, want.as_str()),
            "{args:?}"
        );
        assert!(
            rss_kib < 48 * 1024,
            "{args:?}: peak RSS {rss_kib} KiB for a 96 MiB Dockerfile"
        );
    }
}

/// `context create` and `context update` refuse TLS material docker's client could not use for a
/// TCP endpoint (a CA file with no certificate, a key that is no PEM, a certificate file with
/// none) with docker's message, and take it for a socket or ssh endpoint, as docker does.
#[test]
fn context_tls_material_is_checked_like_docker() {
    let dir = tempfile::tempdir().unwrap();
    let put = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = rcgen::CertificateParams::new(vec!["localhost".to_string()])
        .unwrap()
        .self_signed(&key)
        .unwrap();
    let good_cert = put("cert.pem", &cert.pem());
    let good_key = put("key.pem", &key.serialize_pem());
    let text = put("text.pem", "not a certificate\n");
    let garbage = put(
        "garbage.pem",
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    );
    let cases = [
        format!("host=tcp://127.0.0.1:2376,ca={text}"),
        format!("host=tcp://127.0.0.1:2376,ca={garbage}"),
        format!("host=tcp://127.0.0.1:2376,ca={good_key}"),
        format!("host=tcp://127.0.0.1:2376,ca={good_cert}"),
        format!("host=unix:///hvh-none.sock,ca={text}"),
        format!("host=ssh://hvh@127.0.0.1,ca={text}"),
        format!("ca={text}"),
        format!("host=tcp://127.0.0.1:2376,cert={good_cert},key={text}"),
        format!("host=tcp://127.0.0.1:2376,cert={text},key={good_key}"),
        format!("host=tcp://127.0.0.1:2376,ca={good_cert},cert={good_cert},key={good_key}"),
    ];
    for spec in &cases {
        for verb in ["create", "update"] {
            let configs: Vec<tempfile::TempDir> =
                (0..2).map(|_| tempfile::tempdir().unwrap()).collect();
            let args = ["context", verb, "hvh-tls", "--docker", spec.as_str()];
            let prepare = |c: &mut std::process::Command, cfg: &tempfile::TempDir| {
                c.env("DOCKER_CONFIG", cfg.path());
            };
            if verb == "update" {
                // An existing context to update, made by each client in its own store.
                let mut c = hvdock(&["context", "create", "hvh-tls", "--docker", "host=unix:///x"]);
                prepare(&mut c, &configs[0]);
                assert_eq!(output(c, None).code, 0);
                if let Some(mut c) =
                    docker(&["context", "create", "hvh-tls", "--docker", "host=unix:///x"])
                {
                    prepare(&mut c, &configs[1]);
                    assert_eq!(output(c, None).code, 0);
                }
            }
            let mut c = hvdock(&args);
            prepare(&mut c, &configs[0]);
            let ours = output(c, None);
            if let Some(mut c) = docker(&args) {
                prepare(&mut c, &configs[1]);
                assert_same(&format!("{args:?}"), &ours, &output(c, None));
            }
        }
    }
    let mut c = hvdock(&["context", "create", "hvh-tls", "--docker", &cases[0]]);
    let cfg = tempfile::tempdir().unwrap();
    c.env("DOCKER_CONFIG", cfg.path());
    let r = output(c, None);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            "unable to create docker endpoint config: invalid docker endpoint options: failed to retrieve context tls info: ca.pem seems invalid\n"
        )
    );
    assert!(!cfg.path().join("contexts").exists(), "a context was saved");
}
