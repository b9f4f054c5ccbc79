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

impl Proxy {
    pub fn start(upstream: &str) -> Proxy {
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
                std::thread::spawn(move || pipe(client, server, Some(log)));
                std::thread::spawn(move || pipe(s2, c2, None));
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

fn pipe(mut from: UnixStream, mut to: UnixStream, log: Option<Arc<Mutex<Vec<u8>>>>) {
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
                if to.write_all(&buf[..n]).is_err() {
                    return;
                }
            }
        }
    }
}
