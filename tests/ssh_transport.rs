//! `-H ssh://...`: hvdock reaches the daemon through `ssh DEST docker system dial-stdio`, as
//! docker does — here with a real sshd on 127.0.0.1 (started by the test, with keys it makes)
//! and the reference client's `docker system dial-stdio` on the far side.

mod common;

use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::*;

struct Sshd {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Drop for Sshd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn keygen(path: &std::path::Path) {
    let ok = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(path)
        .status()
        .expect("ssh-keygen")
        .success();
    assert!(ok, "ssh-keygen failed");
}

/// A private sshd on a free loopback port, accepting only the test's key.
fn start_sshd() -> Option<Sshd> {
    // sshd (scripts/provision.sh installs it) and the reference client for `dial-stdio`.
    if !require(Need::Sshd | Need::Docker) {
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    keygen(&d.join("host_key"));
    keygen(&d.join("client_key"));
    std::fs::copy(d.join("client_key.pub"), d.join("authorized_keys")).unwrap();
    std::fs::create_dir_all("/run/sshd").unwrap();
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let cfg = format!(
        "ListenAddress 127.0.0.1\nPort {port}\nHostKey {0}/host_key\nAuthorizedKeysFile {0}/authorized_keys\n\
         PermitRootLogin prohibit-password\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n\
         UsePAM no\nStrictModes no\nPidFile {0}/sshd.pid\nSetEnv PATH=/usr/local/bin:/usr/bin:/bin\n",
        d.display()
    );
    std::fs::write(d.join("sshd_config"), cfg).unwrap();
    let child = Command::new("/usr/sbin/sshd")
        .args(["-D", "-e", "-f"])
        .arg(d.join("sshd_config"))
        .stderr(Stdio::null())
        .spawn()
        .expect("sshd");
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // The client side: an ssh_config naming the key, and a PATH whose `ssh` reads it. hvdock
    // runs `ssh` with docker's arguments; this `ssh` only adds `-F`.
    std::fs::write(
        d.join("ssh_config"),
        format!("Host *\n  IdentityFile {}/client_key\n  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n  LogLevel ERROR\n", d.display()),
    )
    .unwrap();
    std::fs::create_dir(d.join("bin")).unwrap();
    let ssh = d.join("bin/ssh");
    std::fs::write(
        &ssh,
        format!(
            "#!/bin/sh\necho \"$@\" >> {0}/calls\nexec /usr/bin/ssh -F {0}/ssh_config \"$@\"\n",
            d.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&ssh, std::fs::Permissions::from_mode(0o755)).unwrap();
    Some(Sshd { child, port, dir })
}

#[test]
fn ssh_host_runs_dial_stdio_and_works() {
    let Some(sshd) = start_sshd() else { return };
    let path = format!(
        "{}:{}",
        sshd.dir.path().join("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let host = format!("ssh://root@127.0.0.1:{}", sshd.port);

    let mut c = hvdock(&["-H", &host, "version", "--format", "{{.Server.Os}}"]);
    c.env("PATH", &path);
    let r = output(c, None);
    assert_eq!((r.code, r.stdout.trim()), (0, "linux"), "{}", r.stderr);
    // The ssh command line: docker's, for the same -H.
    let calls_file = sshd.dir.path().join("calls");
    let calls = std::fs::read_to_string(&calls_file).unwrap();
    std::fs::remove_file(&calls_file).unwrap();
    let mut d = reference(&["-H", &host, "version", "--format", "{{.Server.Os}}"]);
    d.env("PATH", &path);
    let theirs = output(d, None);
    assert_eq!(
        (theirs.code, theirs.stdout.trim()),
        (0, "linux"),
        "{}",
        theirs.stderr
    );
    let distinct = |s: &str| {
        s.lines()
            .map(str::to_string)
            .collect::<std::collections::BTreeSet<_>>()
    };
    let docker_calls = std::fs::read_to_string(&calls_file).unwrap();
    assert_eq!(distinct(&calls), distinct(&docker_calls));
    assert_eq!(
        calls.lines().next().unwrap_or_default(),
        format!(
            "-o ConnectTimeout=30 -T -l root -p {} -- 127.0.0.1 docker system dial-stdio",
            sshd.port
        )
    );

    // A whole run with attached output through the same transport.
    let s = Scope::new("ssh");
    let mut c = hvdock(&[
        "-H",
        &host,
        "run",
        "--rm",
        "--label",
        &s.label(),
        IMAGE,
        "echo",
        "over-ssh",
    ]);
    c.env("PATH", &path);
    let r = output(c, None);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "over-ssh\n"),
        "{}",
        r.stderr
    );
}
