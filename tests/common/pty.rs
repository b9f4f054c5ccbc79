//! A real pseudo-terminal for interactive tests: hvdock runs with the pty's slave as its
//! controlling terminal; the test types into the master and reads what appears.
#![allow(dead_code)]

use std::ffi::CString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Pty {
    pub master: OwnedFd,
    /// Kept open so the terminal's settings can be read after the child is gone.
    pub slave: OwnedFd,
    pub child: Child,
    pub seen: Vec<u8>,
}

fn check(r: i32, what: &str) {
    assert!(r >= 0, "{what}: {}", std::io::Error::last_os_error());
}

/// A terminal size of `rows`×`cols`.
fn winsize(rows: u16, cols: u16) -> libc::winsize {
    libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    }
}

impl Pty {
    /// Spawns `cmd` on a new pty of `rows`×`cols`.
    pub fn spawn(mut cmd: Command, rows: u16, cols: u16) -> Pty {
        let (mut m, mut s) = (0, 0);
        let ws = winsize(rows, cols);
        // SAFETY: openpty fills two descriptors we then own.
        unsafe {
            check(
                libc::openpty(&mut m, &mut s, std::ptr::null_mut(), std::ptr::null(), &ws),
                "openpty",
            );
        }
        let master = unsafe { OwnedFd::from_raw_fd(m) };
        let slave = unsafe { OwnedFd::from_raw_fd(s) };
        let fd = slave.as_raw_fd();
        for stdio in 0..3 {
            let dup = unsafe { libc::dup(fd) };
            check(dup, "dup");
            let st = unsafe { Stdio::from(OwnedFd::from_raw_fd(dup)) };
            match stdio {
                0 => cmd.stdin(st),
                1 => cmd.stdout(st),
                _ => cmd.stderr(st),
            };
        }
        unsafe {
            cmd.pre_exec(move || {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn on pty");
        Pty {
            master,
            slave,
            child,
            seen: Vec::new(),
        }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        let r = unsafe { libc::write(self.master.as_raw_fd(), bytes.as_ptr().cast(), bytes.len()) };
        assert_eq!(r, bytes.len() as isize, "write to pty");
    }

    /// Reads until `needle` has appeared (after what was already consumed) or the timeout.
    pub fn expect(&mut self, needle: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let text = String::from_utf8_lossy(&self.seen).into_owned();
            if let Some(i) = text.find(needle) {
                let upto = i + needle.len();
                let consumed = text[..upto].to_string();
                self.seen = text.as_bytes()[upto..].to_vec();
                return consumed;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "timed out waiting for {needle:?}; screen so far: {text:?}"
            );
            self.read_some(left.min(Duration::from_millis(200)));
        }
    }

    fn read_some(&mut self, wait: Duration) {
        let mut pfd = libc::pollfd {
            fd: self.master.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        let r = unsafe { libc::poll(&mut pfd, 1, wait.as_millis() as i32) };
        if r > 0 {
            let mut buf = [0u8; 4096];
            let n =
                unsafe { libc::read(self.master.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                self.seen.extend_from_slice(&buf[..n as usize]);
            } else {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }

    /// Changes the terminal size; the kernel sends SIGWINCH to the foreground process group.
    pub fn resize(&self, rows: u16, cols: u16) {
        let ws = winsize(rows, cols);
        unsafe {
            check(
                libc::ioctl(self.master.as_raw_fd(), libc::TIOCSWINSZ, &ws),
                "TIOCSWINSZ",
            );
        }
    }

    /// The terminal's current settings (to compare before and after).
    pub fn termios(&self) -> Vec<u8> {
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        unsafe {
            check(libc::tcgetattr(self.slave.as_raw_fd(), &mut t), "tcgetattr");
        }
        let mut v = Vec::new();
        v.extend_from_slice(&t.c_iflag.to_ne_bytes());
        v.extend_from_slice(&t.c_oflag.to_ne_bytes());
        v.extend_from_slice(&t.c_cflag.to_ne_bytes());
        v.extend_from_slice(&t.c_lflag.to_ne_bytes());
        v.extend_from_slice(&t.c_cc);
        v
    }

    /// Waits until the child has turned the terminal's echo off (a password prompt): typing
    /// before that would show the text. Panics after `timeout`.
    pub fn wait_echo_off(&self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            let mut t: libc::termios = unsafe { std::mem::zeroed() };
            unsafe {
                check(libc::tcgetattr(self.slave.as_raw_fd(), &mut t), "tcgetattr");
            }
            if t.c_lflag & libc::ECHO == 0 {
                return;
            }
            assert!(Instant::now() < deadline, "echo stayed on");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits for the child to exit (draining output) and returns its exit code.
    pub fn wait(&mut self, timeout: Duration) -> Option<i32> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                self.read_some(Duration::from_millis(50));
                return status.code().or_else(|| {
                    use std::os::unix::process::ExitStatusExt;
                    status.signal().map(|s| 128 + s)
                });
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                return None;
            }
            self.read_some(Duration::from_millis(50));
        }
    }

    /// Waits for the child to exit, then reads everything it wrote: (exit code, all output not
    /// consumed by `expect`). After the exit, its output is already in the terminal's buffer.
    pub fn finish(&mut self, timeout: Duration) -> (Option<i32>, String) {
        let code = self.wait(timeout);
        loop {
            let before = self.seen.len();
            self.read_some(Duration::from_millis(20));
            if self.seen.len() == before {
                break;
            }
        }
        (code, String::from_utf8_lossy(&self.seen).into_owned())
    }

    pub fn signal(&self, sig: i32) {
        unsafe {
            libc::kill(self.child.id() as i32, sig);
        }
    }
}

pub fn cstring(s: &str) -> CString {
    CString::new(s).expect("no NUL")
}
