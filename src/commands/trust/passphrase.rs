//! notary's passphrase retriever as docker sets it up (`trust.GetPassphraseRetriever`): the
//! `DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE` variable, else a prompt on stdout answered on
//! stdin (without echo on a terminal). Each prompt reads through a fresh buffer, as notary's
//! `bufio.NewReader` per request does: what one read(2) brought beyond the lines it needed is
//! lost.

use std::io::Write;

use crate::stream::terminal::is_tty;

/// One request's view of stdin.
struct Input {
    buf: Vec<u8>,
    eof: bool,
}

impl Input {
    fn new() -> Input {
        Input {
            buf: Vec::new(),
            eof: false,
        }
    }

    /// A line up to its newline (trimmed); `None` at end of input before a newline.
    fn line(&mut self) -> Option<String> {
        loop {
            if let Some(i) = self.buf.iter().position(|b| *b == b'\n') {
                let line: Vec<u8> = self.buf.drain(..=i).collect();
                return Some(String::from_utf8_lossy(&line).trim().to_string());
            }
            if self.eof {
                return None;
            }
            let mut chunk = [0u8; 4096];
            // SAFETY: reading into a buffer we own.
            let n =
                unsafe { libc::read(libc::STDIN_FILENO, chunk.as_mut_ptr().cast(), chunk.len()) };
            if n <= 0 {
                self.eof = true;
            } else {
                self.buf.extend_from_slice(&chunk[..n as usize]);
            }
        }
    }
}

/// Reads a line with the terminal's echo off, when stdin is one.
fn read_secret(input: &mut Input) -> Option<String> {
    let saved = is_tty(libc::STDIN_FILENO).then(|| {
        // SAFETY: tcgetattr/tcsetattr on stdin with a termios we own.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            (libc::tcgetattr(libc::STDIN_FILENO, &mut t) == 0).then(|| {
                let mut quiet = t;
                quiet.c_lflag &= !libc::ECHO;
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &quiet);
                t
            })
        }
    });
    let line = input.line();
    if let Some(Some(t)) = saved {
        // SAFETY: restoring the attributes read above.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t);
        }
    }
    line
}

/// The passphrase for a new key of `role` with ID `key_id`: from the environment, or asked
/// (twice, at least 8 characters) until given; `None` after notary's 11 failed attempts.
pub fn for_new_key(role: &str, key_id: &str) -> Option<String> {
    if let Some(v) = std::env::var("DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE")
        .ok()
        .filter(|v| !v.is_empty())
    {
        return Some(v);
    }
    let short = key_id.get(..7).unwrap_or(key_id);
    let mut out = std::io::stdout();
    for _ in 0..=11 {
        let mut input = Input::new();
        let _ = write!(out, "Enter passphrase for new {role} key with ID {short}: ");
        let _ = out.flush();
        let first = read_secret(&mut input);
        let _ = writeln!(out);
        let Some(first) = first else { continue };
        if first.len() < 8 {
            let _ = writeln!(
                out,
                "Passphrase is too short. Please use a password manager to generate and store a good random passphrase."
            );
            continue;
        }
        let _ = write!(
            out,
            "Repeat passphrase for new {role} key with ID {short}: "
        );
        let _ = out.flush();
        let again = read_secret(&mut input);
        let _ = writeln!(out);
        let Some(again) = again else { continue };
        if again != first {
            let _ = writeln!(out, "Passphrases do not match. Please retry.");
            continue;
        }
        return Some(first);
    }
    None
}
