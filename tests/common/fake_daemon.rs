//! A fake daemon on a unix socket, for the one thing no machine here has: a Windows engine. It
//! answers through a handler (tests/isolation_windows.rs serves fixtures written from the Engine
//! API documentation) and records every request hvdock sends. [`both`] and [`same_requests`] run
//! a line through hvdock and docker, each against its own fake daemon, and compare.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::{assert_same, hvdock, normalise, output, reference, require, Need, Run};

#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The path without the API version prefix.
    pub path: String,
    pub version: Option<String>,
    /// The request's headers, names lowercased, in the order sent.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Request {
    /// The first header called `name` (lowercase).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A daemon's answer: status, extra headers, body.
pub type Answer = (u16, Vec<(String, String)>, String);

pub type Handler = dyn Fn(&Request) -> Answer + Send + Sync;

pub struct FakeDaemon {
    pub path: PathBuf,
    pub requests: Arc<Mutex<Vec<Request>>>,
    _dir: tempfile::TempDir,
}

impl FakeDaemon {
    pub fn start(handler: Box<Handler>) -> FakeDaemon {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("fake.sock");
        let listener = UnixListener::bind(&path).expect("bind");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        let handler: Arc<Handler> = Arc::from(handler);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = log.clone();
                let handler = handler.clone();
                std::thread::spawn(move || {
                    let mut writer = stream.try_clone().expect("clone");
                    let mut reader = BufReader::new(stream);
                    while let Some(req) = read_request(&mut reader) {
                        let (status, headers, answer) = handler(&req);
                        log.lock().expect("lock").push(req);
                        let mut out = format!("HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n", answer.len());
                        for (k, v) in headers {
                            out.push_str(&format!("{k}: {v}\r\n"));
                        }
                        out.push_str("\r\n");
                        out.push_str(&answer);
                        if writer.write_all(out.as_bytes()).is_err() {
                            return;
                        }
                    }
                });
            }
        });
        FakeDaemon {
            path,
            requests,
            _dir: dir,
        }
    }

    /// A healthy API 1.41 daemon that answers one resource with a fixed document: requests whose
    /// path contains `route` get `doc`, `/_ping` its API version, anything else a 404.
    pub fn answering(route: &'static str, doc: String) -> FakeDaemon {
        FakeDaemon::start(Box::new(move |req| {
            if let Some(pong) = ping(req) {
                return pong;
            }
            if req.path.contains(route) {
                return (200, vec![], doc.clone());
            }
            (404, vec![], r#"{"message":"page not found"}"#.into())
        }))
    }

    pub fn host(&self) -> String {
        format!("unix://{}", self.path.display())
    }

    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().expect("lock").clone()
    }
}

/// An API 1.41 daemon's answer to `/_ping`; `None` for any other request.
pub fn ping(req: &Request) -> Option<Answer> {
    req.path.starts_with("/_ping").then(|| {
        (
            200,
            vec![("Api-Version".into(), "1.41".into())],
            String::new(),
        )
    })
}

/// Reads one request (head and body, by `Content-Length` or chunked) from a daemon's
/// connection; `None` once the client has gone.
pub fn read_request(reader: &mut BufReader<UnixStream>) -> Option<Request> {
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let target = parts.next().unwrap_or_default().to_string();
    let mut length = 0usize;
    let mut chunked = false;
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 {
            return None;
        }
        if h == "\r\n" {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().unwrap_or(0);
            }
            if k.eq_ignore_ascii_case("transfer-encoding") {
                chunked = v.trim().eq_ignore_ascii_case("chunked");
            }
            headers.push((k.to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    let body = if chunked {
        read_chunked(reader)?
    } else {
        let mut body = vec![0u8; length];
        reader.read_exact(&mut body).ok()?;
        body
    };
    let (version, path) = match target.strip_prefix("/v") {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => {
            let (v, p) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            (Some(v.to_string()), p.to_string())
        }
        _ => (None, target.clone()),
    };
    Some(Request {
        method,
        path,
        version,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// A chunked request body (docker's client streams uploads: `import`, `build`).
fn read_chunked(reader: &mut BufReader<UnixStream>) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let mut size = String::new();
        reader.read_line(&mut size).ok()?;
        let size = usize::from_str_radix(size.trim().split(';').next()?, 16).ok()?;
        let mut chunk = vec![0u8; size + 2];
        reader.read_exact(&mut chunk).ok()?;
        if size == 0 {
            return Some(body);
        }
        body.extend_from_slice(&chunk[..size]);
    }
}

// Comparing both clients' requests to fake daemons.

/// `args` through hvdock (`ours`) or docker against `daemon`.
pub fn on(daemon: &FakeDaemon, ours: bool, args: &[&str]) -> Run {
    let host = daemon.host();
    let mut all = vec!["-H", host.as_str()];
    all.extend_from_slice(args);
    output(if ours { hvdock(&all) } else { reference(&all) }, None)
}

/// The requests a client sent, but the pings (docker pings with HEAD, hvdock with GET): method,
/// path with its query, API version and body.
pub fn sent(daemon: &FakeDaemon) -> Vec<(String, String, Option<String>, String)> {
    daemon
        .requests()
        .into_iter()
        .filter(|r| r.path != "/_ping")
        .map(|r| (r.method, r.path, r.version, r.body))
        .collect()
}

pub type Sent = Vec<(String, String, Option<String>, String)>;

/// `args` through both clients, each against its own fake daemon `make()`: the same output;
/// hvdock's requests and docker's. `None` without the reference client.
pub fn both(make: &dyn Fn() -> FakeDaemon, args: &[&str]) -> Option<(Sent, Sent)> {
    if !require(Need::Docker) {
        return None;
    }
    let (mine, theirs) = (make(), make());
    let (o, t) = (on(&mine, true, args), on(&theirs, false, args));
    let normalised = |r: &Run, d: &FakeDaemon| Run {
        stdout: normalise(&r.stdout.replace(&d.host(), "HOST")),
        stderr: r.stderr.replace(&d.host(), "HOST"),
        ..r.clone()
    };
    assert_same(
        &format!("{args:?}"),
        &normalised(&o, &mine),
        &normalised(&t, &theirs),
    );
    Some((sent(&mine), sent(&theirs)))
}

/// [`both`], and the same requests, byte for byte. Returns them (none without the reference
/// client).
pub fn same_requests(make: &dyn Fn() -> FakeDaemon, args: &[&str]) -> Sent {
    let Some((ours, theirs)) = both(make, args) else {
        return Vec::new();
    };
    assert_eq!(ours, theirs, "{args:?}: hvdock's requests, then docker's");
    ours
}
