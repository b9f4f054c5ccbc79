//! Issue 6: Ctrl-C during a pull with live progress cancels cleanly (exit 130, as docker) and
//! leaves the terminal as it was. Uses the local registry started by scripts/provision.sh.

mod common;

use std::io::Write;
use std::time::Duration;

use common::pty::Pty;
use common::*;

/// 300 MB of deterministic noise: the same blob every run, so the registry stores it once.
fn big_context(dir: &std::path::Path) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join("blob")).unwrap());
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut buf = vec![0u8; 1 << 20];
    for _ in 0..300 {
        for chunk in buf.chunks_mut(8) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            chunk.copy_from_slice(&x.to_le_bytes()[..chunk.len()]);
        }
        f.write_all(&buf).unwrap();
    }
    f.flush().unwrap();
    std::fs::write(
        dir.join("Dockerfile"),
        format!("FROM {IMAGE}\nCOPY blob /blob\n"),
    )
    .unwrap();
}

#[test]
fn ctrl_c_cancels_a_pull_and_restores_the_terminal() {
    let ctx = tempfile::tempdir().unwrap();
    big_context(ctx.path());
    let tag = format!("127.0.0.1:5000/hvt-big-{}:1", std::process::id());
    ok(&["build", "-q", "-t", &tag, ctx.path().to_str().unwrap()]);
    ok(&["push", "-q", &tag]);
    ok(&["rmi", &tag]);

    let mut p = Pty::spawn(hvdock(&["pull", &tag]), 30, 120);
    let before = p.termios();
    p.expect("Downloading", Duration::from_secs(60));
    p.send(&[3]); // Ctrl-C: the terminal sends SIGINT to the foreground process group
    let code = p.wait(Duration::from_secs(30));
    assert_eq!(
        code,
        Some(130),
        "docker exits 130 when a pull is interrupted"
    );
    assert_eq!(p.termios(), before, "terminal settings changed");
    let screen = String::from_utf8_lossy(&p.seen).into_owned();
    if let Some(hidden) = screen.rfind("\x1b[?25l") {
        assert!(
            screen[hidden..].contains("\x1b[?25h"),
            "cursor left hidden: {screen:?}"
        );
    }
    let _ = run(&["rmi", &tag]);
}
