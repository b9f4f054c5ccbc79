//! A recording unix-socket proxy in front of the real engine: tests read exactly what hvdock put
//! on the wire.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub struct Proxy {
    pub path: PathBuf,
    pub log: Arc<Mutex<Vec<u8>>>,
    _dir: tempfile::TempDir,
}

/// A same-length byte replacement a [`Proxy`] applies to what passes (so lengths and chunk sizes
/// stay right).
pub type Rewrite = (Vec<u8>, Vec<u8>);

/// One request as the proxy saw it: the request line and the body (de-chunked).
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub line: String,
    pub body: Vec<u8>,
}

impl Proxy {
    pub fn start(upstream: &str) -> Proxy {
        Proxy::rewriting(upstream, Vec::new(), Vec::new())
    }

    /// A proxy that claims the API version `claimed` for the daemon at `upstream`, whose own is
    /// `actual` (same length, `1.47` for `1.41`): `/_ping`'s `Api-Version` header and
    /// `/version`'s `ApiVersion` say `claimed`, and a request path's `/vCLAIMED/` goes on as
    /// `/vACTUAL/` so the daemon answers. What the client sent is recorded as sent.
    pub fn claiming_api(upstream: &str, actual: &str, claimed: &str) -> Proxy {
        assert_eq!(actual.len(), claimed.len(), "same-length versions only");
        let pair = |a: String, b: String| (a.into_bytes(), b.into_bytes());
        Proxy::rewriting(
            upstream,
            vec![pair(format!(" /v{claimed}/"), format!(" /v{actual}/"))],
            vec![
                pair(
                    format!("Api-Version: {actual}\r\n"),
                    format!("Api-Version: {claimed}\r\n"),
                ),
                pair(
                    format!("\"ApiVersion\":\"{actual}\""),
                    format!("\"ApiVersion\":\"{claimed}\""),
                ),
            ],
        )
    }

    /// A recording proxy that applies `up` to what clients send and `down` to what the daemon
    /// answers (within each read).
    pub fn rewriting(upstream: &str, up: Vec<Rewrite>, down: Vec<Rewrite>) -> Proxy {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("proxy.sock");
        let listener = UnixListener::bind(&path).expect("bind proxy");
        let log = Arc::new(Mutex::new(Vec::new()));
        let log2 = log.clone();
        let upstream = upstream.to_string();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let Ok(server) = UnixStream::connect(&upstream) else {
                    continue;
                };
                let (c2, s2) = (
                    client.try_clone().expect("clone"),
                    server.try_clone().expect("clone"),
                );
                let log = log2.clone();
                let (up, down) = (up.clone(), down.clone());
                std::thread::spawn(move || pipe(client, server, Some(log), &up));
                std::thread::spawn(move || pipe(s2, c2, None, &down));
            }
        });
        Proxy {
            path,
            log,
            _dir: dir,
        }
    }

    pub fn host(&self) -> String {
        format!("unix://{}", self.path.display())
    }

    /// The request lines seen so far ("GET /v1.41/version HTTP/1.1").
    pub fn request_lines(&self) -> Vec<String> {
        let text = String::from_utf8_lossy(&self.log.lock().expect("lock")).into_owned();
        text.split("\r\n")
            .filter(|l| l.ends_with(" HTTP/1.1") || l.ends_with(" HTTP/1.0"))
            .map(|l| {
                // keep from the method on (bodies may precede it on a kept-alive connection)
                ["GET ", "POST ", "DELETE ", "PUT ", "HEAD "]
                    .iter()
                    .filter_map(|m| l.rfind(m).map(|i| l[i..].to_string()))
                    .next()
                    .unwrap_or_else(|| l.to_string())
            })
            .collect()
    }

    pub fn raw(&self) -> Vec<u8> {
        self.log.lock().expect("lock").clone()
    }

    /// The requests seen so far, in order (bodies by Content-Length or de-chunked).
    pub fn requests(&self) -> Vec<Request> {
        let raw = self.raw();
        let mut out = Vec::new();
        let mut at = 0;
        while let Some(end) = find(&raw[at..], b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[at..at + end]).into_owned();
            let mut rest = at + end + 4;
            let line = head.split("\r\n").next().unwrap_or_default().to_string();
            let body = if let Some(n) =
                header_of(&head, "content-length").and_then(|v| v.parse::<usize>().ok())
            {
                let b = raw.get(rest..rest + n).unwrap_or_default().to_vec();
                rest += n;
                b
            } else if header_of(&head, "transfer-encoding").is_some_and(|v| v.contains("chunked")) {
                let mut b = Vec::new();
                while let Some(e) = find(&raw[rest..], b"\r\n") {
                    let size = String::from_utf8_lossy(&raw[rest..rest + e]).into_owned();
                    let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
                    rest += e + 2;
                    if n == 0 {
                        rest += 2;
                        break;
                    }
                    b.extend_from_slice(raw.get(rest..rest + n).unwrap_or_default());
                    rest += n + 2;
                }
                b
            } else {
                Vec::new()
            };
            out.push(Request { line, body });
            at = rest.min(raw.len());
        }
        out
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `buf` with every `from` replaced by its same-length `to`.
fn rewrite(buf: &mut [u8], rules: &[Rewrite]) {
    for (from, to) in rules {
        let mut i = 0;
        while i + from.len() <= buf.len() {
            if &buf[i..i + from.len()] == from.as_slice() {
                buf[i..i + to.len()].copy_from_slice(to);
                i += from.len();
            } else {
                i += 1;
            }
        }
    }
}

/// The value of header `name` (any case, as HTTP defines names) in a request's head (the text
/// from the request line to the blank line, or further).
pub fn header_of(head: &str, name: &str) -> Option<String> {
    head.split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .split("\r\n")
        .find_map(|h| {
            let (k, v) = h.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
}

fn pipe(
    mut from: UnixStream,
    mut to: UnixStream,
    log: Option<Arc<Mutex<Vec<u8>>>>,
    rules: &[Rewrite],
) {
    let mut buf = [0u8; 65536];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => {
                let _ = to.shutdown(std::net::Shutdown::Write);
                return;
            }
            Ok(n) => {
                if let Some(l) = &log {
                    l.lock().expect("lock").extend_from_slice(&buf[..n]);
                }
                rewrite(&mut buf[..n], rules);
                if to.write_all(&buf[..n]).is_err() {
                    return;
                }
            }
        }
    }
}
