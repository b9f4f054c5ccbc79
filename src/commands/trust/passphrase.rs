//! notary's passphrase retriever as docker sets it up (`trust.GetPassphraseRetriever`): the
//! `DOCKER_CONTENT_TRUST_*_PASSPHRASE` variables, else a prompt on stdout answered on stdin
//! (without echo on a terminal). Each prompt reads through a fresh buffer, as notary's
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

const ROOT_WARNING: &str =
    "You are about to create a new root signing key passphrase. This passphrase
will be used to protect the most sensitive key in your signing system. Please
choose a long, complex passphrase and be careful to keep the password and the
key file itself secure and backed up. It is highly recommended that you use a
password manager to generate the passphrase and keep it safe. There will be no
way to recover this key. You can find the key in your config directory.";

/// Why no passphrase came: `give_up` tells the caller to stop asking.
pub struct NoPassphrase {
    pub give_up: bool,
}

/// notary's prompt retriever wrapped by docker's `GetPassphraseRetriever`: the environment
/// first, else the prompts, with a passphrase given once per alias remembered.
#[derive(Default)]
pub struct Retriever {
    cache: std::collections::HashMap<String, String>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Retriever {
    /// One request: the passphrase of the key `key_name` (an ID, or a path ending in one)
    /// with role `alias`, a new one or an existing one, at attempt `attempts` (from 0).
    pub fn get(
        &mut self,
        key_name: &str,
        alias: &str,
        create_new: bool,
        attempts: u32,
    ) -> Result<String, NoPassphrase> {
        let repository = || env("DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE");
        let from_env = match alias {
            "root" => env("DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE"),
            _ => repository(),
        };
        if let Some(v) = from_env {
            // docker hands the variable back with "give up" after the second attempt.
            return match attempts > 1 && !create_new {
                true => Err(NoPassphrase { give_up: true }),
                false => Ok(v),
            };
        }
        if attempts == 0 {
            if alias == "root" && create_new {
                println!("{ROOT_WARNING}");
            }
            if let Some(v) = self.cache.get(alias) {
                return Ok(v.clone());
            }
        } else if !create_new {
            if attempts > 3 {
                return Err(NoPassphrase { give_up: true });
            }
            println!("Passphrase incorrect. Please retry.");
        }
        self.request(key_name, alias, create_new)
    }

    fn request(
        &mut self,
        key_name: &str,
        alias: &str,
        create_new: bool,
    ) -> Result<String, NoPassphrase> {
        let shown = match alias {
            "snapshot" | "targets" | "default" => "repository",
            a => a,
        };
        let sep = key_name.rfind('/').unwrap_or(0);
        let short = match (key_name.get(..sep), key_name.get(sep + 1..sep + 8)) {
            _ if key_name.len() <= sep + 7 => String::new(),
            (Some(prefix), Some(id)) if sep > 0 => format!("{id} ({prefix})"),
            _ => key_name.get(..7).unwrap_or_default().to_string(),
        };
        let with_id = if short.is_empty() {
            String::new()
        } else {
            format!(" with ID {short}")
        };
        let fail = NoPassphrase { give_up: false };
        let mut input = Input::new();
        let prompt = if create_new {
            format!("Enter passphrase for new {shown} key{with_id}: ")
        } else {
            format!("Enter passphrase for {shown} key{with_id}: ")
        };
        let first = ask(&prompt, &mut input).ok_or(fail)?;
        if create_new {
            if first.len() < 8 {
                println!(
                    "Passphrase is too short. Please use a password manager to generate and store a good random passphrase."
                );
                return Err(NoPassphrase { give_up: false });
            }
            let again = ask(
                &format!("Repeat passphrase for new {shown} key{with_id}: "),
                &mut input,
            )
            .ok_or(NoPassphrase { give_up: false })?;
            if again != first {
                println!("Passphrases do not match. Please retry.");
                return Err(NoPassphrase { give_up: false });
            }
        }
        self.cache.insert(alias.to_string(), first.clone());
        Ok(first)
    }

    /// notary's loop for a new key's passphrase: asked until given, `None` after 11 failed
    /// attempts.
    pub fn for_new_key(&mut self, key_name: &str, role: &str) -> Option<String> {
        (0..=11).find_map(|attempt| self.get(key_name, role, true, attempt).ok())
    }
}

/// The passphrase for a new key of `role` with ID `key_id` (`trust key generate`).
pub fn for_new_key(role: &str, key_id: &str) -> Option<String> {
    Retriever::default().for_new_key(key_id, role)
}
