//! docker's `Sending build context to Docker daemon  2.048kB` line, counted as the context is
//! written into the request. As docker's progress reader: on a terminal an update when more than
//! 512kB went since the last one (at most one every 100ms), always the last one followed by
//! `\r\n`; elsewhere only the last. `-q` keeps the lines for the failure report on stderr.

use std::fs::File;
use std::io::{self, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::engine::sized_body::Out;
use crate::engine::upload::Sink;
use crate::engine::upload_file::Body;
use crate::format::units;

const ACTION: &str = "Sending build context to Docker daemon";
/// docker's progress reader updates after this many bytes...
const EVERY: u64 = 512 * 1024;
/// ...and no more often than this.
const RATE: Duration = Duration::from_millis(100);

#[derive(Default)]
struct State {
    sent: u64,
    last_update: u64,
    last_shown: Option<Instant>,
    kept: String,
}

#[derive(Clone)]
pub struct Meter {
    quiet: bool,
    terminal: bool,
    state: Arc<Mutex<State>>,
}

fn line(sent: u64) -> String {
    format!("{ACTION} {:>8}\r", units::human_size4(sent as f64))
}

impl Meter {
    pub fn new(quiet: bool) -> Meter {
        Meter {
            quiet,
            terminal: crate::stream::terminal::is_tty(libc::STDOUT_FILENO),
            state: Arc::default(),
        }
    }

    fn show(&self, state: &mut State, text: &str) {
        if self.quiet {
            state.kept.push_str(text);
        } else {
            let mut out = io::stdout().lock();
            let _ = out.write_all(text.as_bytes());
            let _ = out.flush();
        }
    }

    fn add(&self, n: u64) {
        let Ok(mut s) = self.state.lock() else { return };
        s.sent += n;
        if !self.terminal || s.sent - s.last_update <= EVERY {
            return;
        }
        s.last_update = s.sent;
        if s.last_shown.is_some_and(|t| t.elapsed() < RATE) {
            return;
        }
        s.last_shown = Some(Instant::now());
        let text = line(s.sent);
        self.show(&mut s, &text);
    }

    /// The whole context was written: the last line.
    fn done(&self) {
        let Ok(mut s) = self.state.lock() else { return };
        let text = format!("{}\r\n", line(s.sent));
        self.show(&mut s, &text);
    }

    /// What `-q` kept back.
    pub fn kept(&self) -> String {
        self.state
            .lock()
            .map(|s| s.kept.clone())
            .unwrap_or_default()
    }

    /// `body`, counted as it is written.
    pub fn wrap(&self, body: Body) -> Body {
        let meter = self.clone();
        match body {
            Body::File(mut file, len) => Body::Sized(
                len,
                Box::new(move |out: &mut dyn Out| {
                    Counted { out, meter: &meter }.file(&mut file, len)?;
                    meter.done();
                    Ok(())
                }),
            ),
            Body::Sized(len, writer) => Body::Sized(
                len,
                Box::new(move |out: &mut dyn Out| {
                    writer(&mut Counted { out, meter: &meter })?;
                    meter.done();
                    Ok(())
                }),
            ),
            Body::Stream(producer) => Body::Stream(Box::new(move |sink: &mut Sink| {
                let m = meter.clone();
                sink.set_meter(Box::new(move |n| m.add(n)));
                producer(sink)?;
                meter.done();
                Ok(())
            })),
        }
    }
}

/// An [`Out`] that tells the meter what went through it.
struct Counted<'a> {
    out: &'a mut dyn Out,
    meter: &'a Meter,
}

impl Out for Counted<'_> {
    fn bytes(&mut self, data: &[u8]) -> io::Result<()> {
        self.out.bytes(data)?;
        self.meter.add(data.len() as u64);
        Ok(())
    }

    fn file(&mut self, file: &mut File, len: u64) -> io::Result<()> {
        self.out.file(file, len)?;
        self.meter.add(len);
        Ok(())
    }
}
