//! Issue 3: run/create/start/attach/exec with live attached I/O, in a real pseudo-terminal and
//! through pipes, against the real engine.

mod common;

use std::time::Duration;

use common::pty::Pty;
use common::*;

const T: Duration = Duration::from_secs(30);

fn sh_run(scope: &Scope, extra: &[&str], cmd: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = vec!["run".into(), "--label".into(), scope.label()];
    v.extend(extra.iter().map(|s| s.to_string()));
    v.push(IMAGE.into());
    v.extend(cmd.iter().map(|s| s.to_string()));
    v
}

fn args(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn exit_codes_like_docker() {
    let s = Scope::new("exit");
    let cases: &[(&[&str], &[&str], i32)] = &[
        (&["--rm"], &["true"], 0),
        (&["--rm"], &["sh", "-c", "exit 3"], 3),
        (&["--rm"], &["nonexistent-command"], 127),
        (&["--rm"], &["/etc"], 126),
        (&["--rm", "--runtime", "bogus-runtime"], &["true"], 125),
    ];
    for (extra, cmd, code) in cases {
        let a = sh_run(&s, extra, cmd);
        let r = same(&args(&a));
        assert_eq!(r.code, *code, "{a:?}: {}", r.stderr);
    }
    let r = same(&[
        "run",
        "--rm",
        "--pull=never",
        "--label",
        &s.label(),
        "hvdock-test/no-such-image:1",
    ]);
    assert_eq!(r.code, 125);
    assert!(s.containers().is_empty(), "--rm left containers behind");
}

#[test]
fn stdin_pipe_is_half_closed_and_streams_split() {
    let s = Scope::new("pipe");
    let a = sh_run(&s, &["-i", "--rm"], &["cat"]);
    let r = run_stdin(&args(&a), b"a\nb\n");
    assert_eq!((r.code, r.stdout.as_str()), (0, "a\nb\n"));
    let a = sh_run(&s, &["--rm"], &["sh", "-c", "echo out; echo err >&2"]);
    let r = run(&args(&a));
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("out\n", "err\n"));
}

#[test]
fn binary_data_round_trips_exactly() {
    let s = Scope::new("binary");
    // Every chunk of this payload starts with bytes a framing guesser would misread.
    let mut data = Vec::with_capacity(8 << 20);
    let mut x: u32 = 0x1234_5678;
    while data.len() < 8 << 20 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data.push((x % 3) as u8);
        data.extend_from_slice(&x.to_le_bytes());
    }
    let a = sh_run(&s, &["-i", "--rm"], &["cat"]);
    let r = run_stdin(&args(&a), &data);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.raw_stdout == data,
        "non-TTY round trip corrupted ({} bytes back)",
        r.raw_stdout.len()
    );
    // From a regular file on stdin (moved with sendfile), the same bytes and then EOF.
    let mut file = tempfile::tempfile().expect("tempfile");
    std::io::Write::write_all(&mut file, &data).expect("write");
    std::io::Seek::rewind(&mut file).expect("rewind");
    let r = hvdock(&args(&a))
        .stdin(std::process::Stdio::from(file))
        .output()
        .expect("run");
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(
        r.stdout == data,
        "file stdin round trip corrupted ({} bytes back)",
        r.stdout.len()
    );
    // Through a TTY (set raw inside, so the line discipline changes nothing): all 256 byte
    // values, 4096 times over, come out exactly.
    let script = "stty raw -echo; i=0; while [ $i -lt 256 ]; do printf \"\\\\$(printf %o $i)\"; i=$((i+1)); done > /tmp/a; \
                  for n in 1 2 3 4 5 6 7 8 9 10 11 12; do cat /tmp/a /tmp/a > /tmp/b; mv /tmp/b /tmp/a; done; cat /tmp/a";
    let a = sh_run(&s, &["-t", "--rm"], &["sh", "-c", script]);
    let r = run(&args(&a));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let want: Vec<u8> = (0..4096).flat_map(|_| 0u8..=255).collect();
    assert_eq!(r.raw_stdout.len(), want.len());
    assert!(r.raw_stdout == want, "TTY output corrupted");
}

#[test]
fn detached_run_prints_id_and_logs_survive_exit() {
    let s = Scope::new("detach");
    let a = sh_run(&s, &["-d"], &["sh", "-c", "echo hello-from-logs"]);
    let id = ok(&args(&a));
    let id = id.trim();
    assert_eq!(id.len(), 64, "{id}");
    assert_eq!(ok(&["wait", id]).trim(), "0");
    let r = run(&["logs", id]);
    assert_eq!(r.stdout, "hello-from-logs\n");
    let created = ok(&[
        "create",
        "--label",
        &s.label(),
        IMAGE,
        "sh",
        "-c",
        "echo created; exit 5",
    ]);
    let cid = created.trim();
    assert_eq!(cid.len(), 64);
    let r = run(&["start", "-a", cid]);
    assert_eq!((r.code, r.stdout.as_str()), (5, "created\n"));
}

#[test]
fn exec_passes_exit_codes_and_data() {
    let s = Scope::new("exec");
    let a = sh_run(&s, &["-d"], &["sleep", "300"]);
    let id = ok(&args(&a)).trim().to_string();
    assert_eq!(run(&["exec", &id, "sh", "-c", "exit 7"]).code, 7);
    assert_eq!(run(&["exec", &id, "nonexistent-command"]).code, 126);
    let r = run_stdin(&["exec", "-i", &id, "wc", "-c"], &vec![0u8; 300_000]);
    assert_eq!(r.stdout.trim(), "300000");
    let r = run(&[
        "exec",
        "-e",
        "HV=1",
        "-w",
        "/tmp",
        &id,
        "sh",
        "-c",
        "echo $HV $(pwd)",
    ]);
    assert_eq!(r.stdout, "1 /tmp\n");
    if let Some(c) = docker(&["exec", &id, "nonexistent-command"]) {
        let theirs = output(c, None);
        let ours = run(&["exec", &id, "nonexistent-command"]);
        assert_eq!((ours.code, ours.stderr), (theirs.code, theirs.stderr));
    }
}

#[test]
fn input_device_is_not_a_tty() {
    let s = Scope::new("nottty");
    let a = sh_run(&s, &["-it", "--rm"], &["true"]);
    let r = same(&args(&a));
    assert_eq!(r.code, 1);
}

fn pty_run(scope: &Scope, extra: &[&str], cmd: &[&str], rows: u16, cols: u16) -> Pty {
    let a = sh_run(scope, extra, cmd);
    Pty::spawn(hvdock(&args(&a)), rows, cols)
}

#[test]
fn interactive_shell_in_a_pty() {
    let s = Scope::new("pty");
    let mut p = pty_run(&s, &["-it", "--rm"], &["sh"], 33, 101);
    let before = p.termios();
    p.send(b"stty size; echo MARK$((6*7))\r");
    let screen = p.expect("MARK42", T);
    assert!(screen.contains("33 101"), "{screen:?}");
    p.resize(40, 120);
    // The new size reaches the container asynchronously: ask until it shows (or T passes).
    let deadline = std::time::Instant::now() + T;
    loop {
        p.send(b"stty size; echo MARK$((6*8))\r");
        let screen = p.expect("MARK48", T);
        if screen.contains("40 120") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "resize not followed: {screen:?}"
        );
    }
    p.send(b"exit 3\r");
    assert_eq!(p.wait(T), Some(3));
    assert_eq!(p.termios(), before, "terminal settings not restored");
}

#[test]
fn detach_and_reattach() {
    let s = Scope::new("reattach");
    let name = s.name("sh");
    let mut p = pty_run(&s, &["-it", "--name", &name], &["sh"], 24, 80);
    let before = p.termios();
    p.send(b"echo READY$((1+1))\r");
    p.expect("READY2", T);
    p.send(&[16, 17]);
    assert_eq!(p.wait(T), Some(0), "detach should end hvdock with 0");
    assert_eq!(p.termios(), before);
    let running = ok(&["inspect", "--format", "{{.State.Running}}", &name]);
    assert_eq!(running.trim(), "true");
    let mut p = Pty::spawn(hvdock(&["attach", &name]), 24, 80);
    p.send(b"echo AGAIN$((2+2))\r");
    p.expect("AGAIN4", T);
    // On detach, attach says "read escape sequence" and exits 1 — as docker's attach does.
    p.send(&[16, 17]);
    let (code, said) = p.finish(T);
    assert_eq!(code, Some(1));
    assert!(said.contains("read escape sequence"), "{said:?}");
    // What follows the shell's prompt (which may or may not have arrived before the detach).
    let tail = |s: &str| {
        let s = s.trim_end();
        s.rsplit(['\n', '\x1b', '#'])
            .next()
            .unwrap_or_default()
            .trim_start_matches("[6n")
            .trim()
            .to_string()
    };
    if require(Need::Docker) {
        let mut d = Pty::spawn(reference(&["attach", &name]), 24, 80);
        d.send(b"echo AGAIN$((2+2))\r");
        d.expect("AGAIN4", T);
        d.send(&[16, 17]);
        let (theirs_code, theirs) = d.finish(T);
        assert_eq!((theirs_code, tail(&theirs)), (code, tail(&said)));
    }
    let mut p = Pty::spawn(hvdock(&["attach", &name]), 24, 80);
    p.send(b"echo THIRD$((3+3))\r");
    p.expect("THIRD6", T);
    p.send(b"exit 4\r");
    assert_eq!(p.wait(T), Some(4));
}

#[test]
fn sigterm_while_attached_restores_the_terminal() {
    let s = Scope::new("sigterm");
    let mut p = pty_run(
        &s,
        &["-it", "--init"],
        &["sh", "-c", "echo UP; sleep 300"],
        24,
        80,
    );
    let before = p.termios();
    p.expect("UP", T);
    p.signal(libc::SIGTERM);
    assert_eq!(p.wait(T), Some(143));
    assert_eq!(p.termios(), before);
}

#[test]
fn sig_proxy_forwards_signals_without_a_tty() {
    let s = Scope::new("sigproxy");
    let a = sh_run(
        &s,
        &["--rm", "--init"],
        &[
            "sh",
            "-c",
            "trap 'echo got-term; exit 9' TERM; echo ready; while :; do sleep 0.1; done",
        ],
    );
    let mut c = hvdock(&args(&a));
    c.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn().expect("spawn");
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 6];
    use std::io::Read;
    out.read_exact(&mut first).unwrap();
    assert_eq!(&first, b"ready\n");
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(rest, "got-term\n");
    assert_eq!(status.code(), Some(9));
}

/// Like docker, flags stop at the image (or the container for exec): the rest is the command's.
#[test]
fn flags_after_the_image_belong_to_the_command() {
    let s = Scope::new("interspersed");
    let a = sh_run(&s, &["--rm"], &["echo", "--help", "-d", "--", "x"]);
    let r = run(&args(&a));
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "--help -d -- x\n"),
        "{}",
        r.stderr
    );
    if let Some(c) = docker(&args(&a)) {
        assert_eq!(output(c, None).stdout, r.stdout);
    }
    let id = ok(&args(&sh_run(&s, &["-d"], &["sleep", "300"])))
        .trim()
        .to_string();
    assert_eq!(ok(&["exec", &id, "echo", "-it", "--help"]), "-it --help\n");
}

/// `attach` as docker's: the exit status of the container it waited on, the refusals of a
/// stopped, paused and restarting container (docker's wording, exit 1).
#[test]
fn attach_exit_status_and_refusals_like_docker() {
    let s = Scope::new("attach-states");
    let started = |name: &str, extra: &[&str], cmd: &[&str]| {
        let mut a = vec!["run", "-d", "--name", name, "--label"];
        let label = s.label();
        a.push(&label);
        a.extend_from_slice(extra);
        a.push(IMAGE);
        a.extend_from_slice(cmd);
        ok(&a);
    };
    // The same exit status through both clients: two containers that end the same way.
    for (who, ours) in [("d", false), ("h", true)] {
        let name = s.name(&format!("exit3-{who}"));
        started(&name, &[], &["sh", "-c", "sleep 2; echo bye; exit 3"]);
        let r = if ours {
            run(&["attach", "--no-stdin", &name])
        } else {
            output(docker(&["attach", "--no-stdin", &name]).unwrap(), None)
        };
        assert_eq!(
            (r.code, r.stdout.as_str()),
            (3, "bye\n"),
            "{who}: {}",
            r.stderr
        );
    }
    let stopped = s.name("stopped");
    started(&stopped, &[], &["true"]);
    ok(&["wait", &stopped]);
    let r = same(&["attach", &stopped]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let paused = s.name("paused");
    started(&paused, &[], &["sleep", "600"]);
    ok(&["pause", &paused]);
    let r = same(&["attach", &paused]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    ok(&["unpause", &paused]);
    // A container that keeps failing waits longer before each restart (doubling from 100 ms):
    // after a few, it stays `restarting` for seconds.
    let restarting = s.name("restarting");
    started(&restarting, &["--restart", "always"], &["false"]);
    let state = |k: &str| {
        ok(&["inspect", "-f", &format!("{{{{.{k}}}}}"), &restarting])
            .trim()
            .to_string()
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let count: u32 = state("RestartCount").parse().unwrap_or(0);
        if count >= 5 && state("State.Restarting") == "true" {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "never restarting");
        std::thread::sleep(Duration::from_millis(50));
    }
    let r = same(&["attach", &restarting]);
    assert!(r.stderr.contains("restarting container"), "{}", r.stderr);
}
