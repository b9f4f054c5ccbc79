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

/// Shows `prompt` and reads a line, with the terminal's echo off (already while the prompt is
/// shown) when stdin is one; then a newline, as notary prints.
fn ask(prompt: &str, input: &mut Input) -> Option<String> {
    let mut show = || {
        let mut out = std::io::stdout();
        let _ = write!(out, "{prompt}");
        let _ = out.flush();
        input.line()
    };
    let line = if is_tty(libc::STDIN_FILENO) {
        crate::stream::terminal::without_echo(show).0
    } else {
        show()
    };
    println!();
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
    for _ in 0..=11 {
        let mut input = Input::new();
        let first = ask(
            &format!("Enter passphrase for new {role} key with ID {short}: "),
            &mut input,
        );
        let Some(first) = first else { continue };
        if first.len() < 8 {
            println!(
                "Passphrase is too short. Please use a password manager to generate and store a good random passphrase."
            );
            continue;
        }
        let again = ask(
            &format!("Repeat passphrase for new {role} key with ID {short}: "),
            &mut input,
        );
        let Some(again) = again else { continue };
        if again != first {
            println!("Passphrases do not match. Please retry.");
            continue;
        }
        return Some(first);
    }
    None
}
