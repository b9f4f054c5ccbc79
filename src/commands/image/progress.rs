//! The daemon's JSON message streams (pull, push, build, load, import) shown as docker's
//! `jsonmessage.DisplayJSONMessagesStream` shows them: on a terminal one live line per layer
//! (drawn with indicatif), otherwise the plain lines, each status once, no escape codes.

use std::collections::HashMap;
use std::io::Write;

use anyhow::Result;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;

use crate::engine::answer::Chunks;
use crate::error::CliError;
use crate::format::go_json;
use crate::stream::terminal::is_tty;

/// Where the messages go: `pull`/`push`/`build` print on stdout, `run`/`create` on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Out {
    Stdout,
    Stderr,
    /// Nothing is shown (`-q`); errors still end the stream.
    Quiet,
}

pub struct Progress {
    out: Out,
    multi: Option<MultiProgress>,
    bars: HashMap<String, ProgressBar>,
    /// The `aux` payloads (build's image ID, push's digest), in order.
    pub aux: Vec<Value>,
    /// In quiet mode, the `stream` text that was not shown (build -q's image ID).
    pub captured: String,
}

/// A stream error (`errorDetail`, as docker 28 reads it: the old `error` text alone is no
/// error) with docker's code (build's failing step): exits with that code.
fn stream_error(msg: &Value) -> Option<anyhow::Error> {
    let detail = go_json::field(msg, "errorDetail")?;
    let text = go_json::field_str(detail, "message").to_string();
    let code = go_json::field(detail, "code")
        .and_then(Value::as_i64)
        .filter(|c| *c > 0)
        .and_then(|c| i32::try_from(c).ok());
    Some(CliError::message(text, code.unwrap_or(1)))
}

/// A JSON message stream's failure in the words of Go's `json.Decoder` (`unexpected EOF`,
/// `invalid character 'x' looking for beginning of value`); serde's own where Go has none.
fn syntax_failure(rest: &[u8], e: serde_json::Error) -> anyhow::Error {
    let text = go_json::decode_error(rest).unwrap_or_else(|| e.to_string());
    CliError::message(text, crate::error::code::FAILURE)
}

/// docker's progress text for a terminal when there is no total: the byte count alone.
fn has_progress(msg: &Value) -> (u64, u64) {
    let d = go_json::field(msg, "progressDetail");
    let n = |k: &str| {
        d.and_then(|d| go_json::field(d, k))
            .and_then(Value::as_i64)
            .unwrap_or(0)
            .max(0) as u64
    };
    (n("current"), n("total"))
}

impl Progress {
    pub fn new(out: Out) -> Progress {
        let multi = match out {
            Out::Stdout if is_tty(libc::STDOUT_FILENO) => {
                Some(MultiProgress::with_draw_target(ProgressDrawTarget::stdout()))
            }
            Out::Stderr if is_tty(libc::STDERR_FILENO) => {
                Some(MultiProgress::with_draw_target(ProgressDrawTarget::stderr()))
            }
            _ => None,
        };
        Progress {
            out,
            multi,
            bars: HashMap::new(),
            aux: Vec::new(),
            captured: String::new(),
        }
    }

    /// Reads the whole stream, showing each message; Ctrl-C stops it (the request is dropped,
    /// which cancels the daemon's work) and ends with 130, leaving the lines drawn so far.
    pub async fn consume(&mut self, body: impl Chunks) -> Result<()> {
        let result = tokio::select! {
            r = self.read(body) => r,
            _ = tokio::signal::ctrl_c() => Err(CliError::status(130)),
        };
        self.finish();
        result
    }

    /// docker's `json.NewDecoder(body)`: JSON values one after another (however the daemon
    /// splits or joins them), each decoded into a `jsonmessage.JSONMessage` (a value of the
    /// wrong type is Go's error) and shown as it arrives.
    async fn read(&mut self, mut body: impl Chunks) -> Result<()> {
        let mut buf: Vec<u8> = Vec::new();
        let mut ended = false;
        loop {
            let mut used = 0;
            let mut values = serde_json::Deserializer::from_slice(&buf).into_iter::<Value>();
            loop {
                match values.next() {
                    Some(Ok(msg)) => {
                        used = values.byte_offset();
                        self.message(&msg)?;
                    }
                    // A value not complete yet: wait for more of it.
                    Some(Err(e)) if e.is_eof() && !ended => break,
                    Some(Err(e)) => return Err(syntax_failure(&buf[used..], e)),
                    None => {
                        used = buf.len();
                        break;
                    }
                }
            }
            buf.drain(..used);
            if ended {
                return Ok(());
            }
            match body.next_chunk().await? {
                Some(data) => buf.extend_from_slice(&data),
                None => ended = true,
            }
        }
    }

    /// One decoded message: checked as Go fills docker's struct, then shown.
    fn message(&mut self, msg: &Value) -> Result<()> {
        if let Some(e) = crate::format::go_decode::type_error("JSONMessage", msg) {
            return Err(CliError::message(e, crate::error::code::FAILURE));
        }
        self.show(msg)
    }

    /// One message, as jsonmessage's `Display`.
    pub fn show(&mut self, msg: &Value) -> Result<()> {
        // docker hands an `aux` message to its callback before it looks for an error.
        if let Some(aux) = go_json::field(msg, "aux") {
            self.aux.push(aux.clone());
            return Ok(());
        }
        if let Some(e) = stream_error(msg) {
            return Err(e);
        }
        let text = |k: &str| go_json::field_str(msg, k);
        let (id, status, stream) = (text("id"), text("status"), text("stream"));
        let (current, total) = has_progress(msg);
        let progressing =
            go_json::field(msg, "progressDetail").is_some() && (current > 0 || total > 0);
        if self.out == Out::Quiet {
            self.captured.push_str(stream);
            return Ok(());
        }
        let Some(multi) = self.multi.clone() else {
            if progressing {
                return Ok(());
            }
            let mut line = String::new();
            if !id.is_empty() {
                line.push_str(&format!("{id}: "));
            }
            if !stream.is_empty() {
                line.push_str(stream);
            } else {
                line.push_str(status);
                line.push('\n');
            }
            return self.write(&line);
        };
        if !stream.is_empty() {
            // Build output is text, not a status board: print it as it comes.
            multi.suspend(|| self.write(stream))?;
            return Ok(());
        }
        let bar = if id.is_empty() {
            multi.add(ProgressBar::new(0))
        } else {
            self.bars
                .entry(id.to_string())
                .or_insert_with(|| multi.add(ProgressBar::new(0)))
                .clone()
        };
        let template = match (id.is_empty(), progressing, total > 0) {
            (true, _, _) => "{msg}",
            (false, true, true) => "{prefix}: {msg} [{bar:50}] {bytes:>8}/{total_bytes}",
            (false, true, false) => "{prefix}: {msg} {bytes}",
            (false, false, _) => "{prefix}: {msg}",
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_prefix(id.to_string());
        if total > 0 {
            bar.set_length(total);
        }
        bar.set_position(current.min(if total > 0 { total } else { current }));
        bar.set_message(status.to_string());
        if id.is_empty() {
            bar.finish();
        } else {
            bar.tick();
        }
        Ok(())
    }

    fn write(&self, text: &str) -> Result<()> {
        match self.out {
            Out::Stdout => std::io::stdout().lock().write_all(text.as_bytes())?,
            Out::Stderr => std::io::stderr().lock().write_all(text.as_bytes())?,
            Out::Quiet => {}
        }
        Ok(())
    }

    /// Leaves every line as last drawn and the cursor below them.
    fn finish(&mut self) {
        for (_, bar) in self.bars.drain() {
            bar.abandon();
        }
    }
}
