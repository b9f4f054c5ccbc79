//! The local terminal: raw mode that is undone on every exit path (normal return, error, detach,
//! signal, panic), and its size.

use std::sync::Mutex;

static SAVED: Mutex<Option<libc::termios>> = Mutex::new(None);

pub fn is_tty(fd: i32) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(fd) == 1 }
}

/// The echo of the terminal on stdin turned off until dropped (docker's `DisableInputEcho`).
pub struct NoEcho(libc::termios);

impl NoEcho {
    /// Turns echo off; the error is `tcgetattr`'s when stdin is no terminal.
    pub fn stdin() -> std::io::Result<NoEcho> {
        // SAFETY: tcgetattr/tcsetattr on stdin with a termios we own.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut t) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            let mut quiet = t;
            quiet.c_lflag &= !libc::ECHO;
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &quiet);
            Ok(NoEcho(t))
        }
    }
}

impl Drop for NoEcho {
    fn drop(&mut self) {
        // SAFETY: restoring the attributes read in `stdin`.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.0);
        }
    }
}

/// Runs `read` with the echo of the terminal on stdin turned off (a password prompt), and the
/// modes put back after; the flag says whether echo was turned off (stdin is a terminal).
pub fn without_echo<T>(read: impl FnOnce() -> T) -> (T, bool) {
    let quiet = NoEcho::stdin().ok();
    let value = read();
    let was = quiet.is_some();
    drop(quiet);
    (value, was)
}

/// The size (rows, columns) of the terminal on `fd`, when it is one.
pub fn size(fd: i32) -> Option<(u16, u16)> {
    // SAFETY: TIOCGWINSZ fills a winsize we own; a failure leaves it untouched.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) };
    (r == 0 && ws.ws_row > 0 && ws.ws_col > 0).then_some((ws.ws_row, ws.ws_col))
}

/// Restores the terminal saved by [`RawMode::enable`], if any. Safe to call from anywhere, any
/// number of times (panic hook, signal path, drop).
pub fn restore() {
    if let Ok(mut saved) = SAVED.lock() {
        if let Some(t) = saved.take() {
            // SAFETY: restoring attributes previously read from the same descriptor.
            unsafe {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t);
            }
        }
    }
}

/// Raw mode on stdin for as long as this value lives.
pub struct RawMode(());

impl RawMode {
    pub fn enable() -> std::io::Result<RawMode> {
        // SAFETY: tcgetattr/tcsetattr on stdin with a termios we own.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut t) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            if let Ok(mut saved) = SAVED.lock() {
                saved.get_or_insert(t);
            }
            install_panic_hook();
            let mut raw = t;
            libc::cfmakeraw(&mut raw);
            // Keep output post-processing as docker's term.MakeRaw does? It clears OPOST too;
            // the container's TTY does the CR/LF translation.
            if libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &raw) != 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        Ok(RawMode(()))
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        restore();
    }
}

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}
