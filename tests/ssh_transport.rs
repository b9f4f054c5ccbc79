//! `-H ssh://...`: hvdock reaches the daemon through `ssh DEST docker system dial-stdio`, as
//! docker does. The machine has no ssh server, so an `ssh` on PATH for this test only bridges
//! its stdio to the real engine socket, and records how it was called.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::*;

const FAKE_SSH: &str = r#"#!/bin/sh
echo "$@" >> "$(dirname "$0")/calls"
exec python3 -c '
import os, socket, sys, threading
s = socket.socket(socket.AF_UNIX)
s.connect("/var/run/docker.sock")
def up():
    while True:
        b = os.read(0, 65536)
        if not b:
            s.shutdown(socket.SHUT_WR)
            return
        s.sendall(b)
threading.Thread(target=up, daemon=True).start()
while True:
    b = s.recv(65536)
    if not b:
        break
    os.write(1, b)
'
"#;

#[test]
fn ssh_host_runs_dial_stdio_and_works() {
    let dir = tempfile::tempdir().unwrap();
    let ssh = dir.path().join("ssh");
    std::fs::write(&ssh, FAKE_SSH).unwrap();
    std::fs::set_permissions(&ssh, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", dir.path().display(), std::env::var("PATH").unwrap_or_default());

    let mut c = hvdock(&["-H", "ssh://me@buildhost:2222", "version", "--format", "{{.Server.Os}}"]);
    c.env("PATH", &path);
    let r = output(c, None);
    assert_eq!((r.code, r.stdout.trim()), (0, "linux"), "{}", r.stderr);
    let calls = std::fs::read_to_string(dir.path().join("calls")).unwrap();
    let first = calls.lines().next().unwrap_or_default();
    assert_eq!(first, "-o ConnectTimeout=30 -T -p 2222 -- me@buildhost docker system dial-stdio");

    // A whole run with output through the same transport.
    let s = Scope::new("ssh");
    let mut c = hvdock(&["-H", "ssh://me@buildhost", "run", "--rm", "--label", &s.label(), IMAGE, "echo", "over-ssh"]);
    c.env("PATH", &path);
    let r = output(c, None);
    assert_eq!((r.code, r.stdout.as_str()), (0, "over-ssh\n"), "{}", r.stderr);
}
