//! `update --isolation` killed for real (SIGKILL, no cleanup possible) right after each step of
//! a conversion, in both directions (runc → runsc, runsc → runc). A proxy between hvdock and the
//! daemon watches the requests go by: when hvdock sends the request that begins the next step,
//! the previous step has fully taken effect on the daemon, and the proxy kills hvdock before
//! that request reaches the daemon. Then a second hvdock repairs it — re-running the same
//! `update --isolation`, or `isolation recover` — and the test checks that the container under
//! its name is either the converted one or the untouched original, back in its run state with
//! its published port, that the bytes of its writable layer and of its named and anonymous
//! volumes are identical, and that nothing is left behind (no journal, no set-aside original,
//! no layer image but the one the replacement runs on).

mod common;

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Arc;

use common::*;
use serde_json::Value;

/// A proxy that sends `signal` to `pid` when a request line contains every one of `trigger`'s
/// parts. With SIGKILL that request is dropped; with another signal it is held until `release`
/// is set, then forwarded.
struct KillProxy {
    path: std::path::PathBuf,
    pid: Arc<AtomicI32>,
    fired: Arc<AtomicBool>,
    release: Arc<AtomicBool>,
    _dir: tempfile::TempDir,
}

impl KillProxy {
    fn start(trigger: Vec<String>) -> KillProxy {
        Self::signalling(trigger, libc::SIGKILL)
    }

    fn signalling(trigger: Vec<String>, signal: i32) -> KillProxy {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("kill.sock");
        let listener = UnixListener::bind(&path).expect("bind");
        let pid = Arc::new(AtomicI32::new(0));
        let fired = Arc::new(AtomicBool::new(false));
        let release = Arc::new(AtomicBool::new(false));
        let (pid2, fired2, release2) = (pid.clone(), fired.clone(), release.clone());
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let Ok(server) = UnixStream::connect(SOCKET) else {
                    continue;
                };
                let (c2, s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                let (trigger, pid, fired, release) = (
                    trigger.clone(),
                    pid2.clone(),
                    fired2.clone(),
                    release2.clone(),
                );
                std::thread::spawn(move || {
                    let t = Trigger {
                        parts: &trigger,
                        signal,
                        pid: &pid,
                        fired: &fired,
                        release: &release,
                    };
                    requests(client, server, &t)
                });
                std::thread::spawn(move || copy(s2, c2));
            }
        });
        KillProxy {
            path,
            pid,
            fired,
            release,
            _dir: dir,
        }
    }

    fn host(&self) -> String {
        format!("unix://{}", self.path.display())
    }
}

fn copy(mut from: UnixStream, mut to: UnixStream) {
    let mut buf = [0u8; 65536];
    while let Ok(n) = from.read(&mut buf) {
        if n == 0 || to.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = to.shutdown(std::net::Shutdown::Both);
}

struct Trigger<'a> {
    parts: &'a [String],
    signal: i32,
    pid: &'a AtomicI32,
    fired: &'a AtomicBool,
    release: &'a AtomicBool,
}

fn requests(mut from: UnixStream, mut to: UnixStream, t: &Trigger) {
    let mut buf = [0u8; 65536];
    while let Ok(n) = from.read(&mut buf) {
        if n == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&buf[..n]);
        let first_line = text.lines().next().unwrap_or_default();
        if !t.fired.load(Ordering::SeqCst)
            && t.parts.iter().all(|p| first_line.contains(p.as_str()))
        {
            // hvdock's pid is stored right after spawn; it cannot have sent this much before.
            let mut p = t.pid.load(Ordering::SeqCst);
            while p == 0 {
                std::thread::yield_now();
                p = t.pid.load(Ordering::SeqCst);
            }
            // Recorded before the signal: the test reads it as soon as the killed process is
            // reaped, which can be before this thread runs again.
            t.fired.store(true, Ordering::SeqCst);
            unsafe { libc::kill(p, t.signal) };
            if t.signal == libc::SIGKILL {
                let _ = from.shutdown(std::net::Shutdown::Both);
                let _ = to.shutdown(std::net::Shutdown::Both);
                return;
            }
            while !t.release.load(Ordering::SeqCst) {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
        }
        if to.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = to.shutdown(std::net::Shutdown::Write);
}

/// The kill points: the step that has just taken effect, and the request that begins the next.
fn kill_points(id: &str) -> Vec<(&'static str, Vec<String>)> {
    let c = |rest: &str| format!("/containers/{id}{rest}");
    vec![
        ("journal", vec!["POST ".into(), c("/")]),
        ("stop", vec!["GET ".into(), c("/changes")]),
        ("commit", vec!["POST ".into(), c("/rename")]),
        ("rename", vec!["POST ".into(), "/containers/create".into()]),
        ("create", vec!["POST ".into(), "/start ".into()]),
        ("start", vec!["DELETE ".into(), c("?")]),
        (
            "remove",
            vec!["DELETE ".into(), "/volumes/hvdock-convert-".into()],
        ),
    ]
}

fn inspect(reference: &str) -> Option<Value> {
    let (status, body) = api("GET", &format!("/containers/{reference}/json"), None);
    (status == 200).then(|| serde_json::from_str(&body).expect("inspect json"))
}

fn exists(path: &str) -> bool {
    api("GET", path, None).0 == 200
}

/// Checksums of every file of the writable layer and the volumes we wrote.
fn checksums(name: &str) -> String {
    ok(&[
        "exec",
        name,
        "sh",
        "-c",
        "find /root /data /mv -type f | sort | xargs md5sum",
    ])
}

struct Case {
    name: String,
    id: String,
    volumes: Vec<String>,
    sums: String,
}

fn start_case(scope: &Scope, tag: &str, from_runtime: &str, state: &str) -> Case {
    let name = format!("hvc-{}-{tag}", scope.id);
    let vol = format!("{name}-vol");
    let label = scope.label();
    let id = ok(&[
        "run",
        "-d",
        "--name",
        &name,
        "--label",
        &label,
        "--runtime",
        from_runtime,
        "-p",
        "127.0.0.1::80",
        "-v",
        &format!("{vol}:/data"),
        "--mount",
        "type=volume,dst=/mv",
        IMAGE,
        "sh",
        "-c",
        // Written once: a restarted container (original or replacement) keeps the bytes.
        "[ -e /root/ready ] || { echo layer > /root/layer; head -c 65536 /dev/urandom > /root/big; echo named > /data/f; head -c 4096 /dev/urandom > /mv/g; touch /root/ready; }; exec sleep 100000",
    ])
    .trim()
    .to_string();
    let mut ready = false;
    for _ in 0..300 {
        if run(&["exec", &name, "cat", "/root/ready"]).code == 0 {
            ready = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(ready, "{name} never wrote its files");
    let sums = checksums(&name);
    if state == "paused" {
        ok(&["pause", &name]);
    }
    let volumes = inspect(&id).unwrap()["Mounts"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["Name"].as_str().map(str::to_string))
        .collect();
    Case {
        name,
        id,
        volumes,
        sums,
    }
}

fn volume_names(c: &Value) -> Vec<String> {
    let mut v: Vec<String> = c["Mounts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["Name"].as_str().map(str::to_string))
        .collect();
    v.sort();
    v
}

/// After recovery: the container under its name is the original (`converted == false`) or the
/// replacement, in the original's run state, with everything kept and nothing left over.
fn check_recovered(
    scope: &Scope,
    case: &Case,
    target_runtime: &str,
    from_runtime: &str,
    converted: bool,
    state: &str,
) -> Result<(), String> {
    let c = inspect(&case.name).ok_or("nothing under the container's name")?;
    let id = c["Id"].as_str().unwrap_or_default();
    if converted == (id == case.id) {
        return Err(format!(
            "expected the {} container, found {id}",
            if converted { "converted" } else { "original" }
        ));
    }
    let runtime = c["HostConfig"]["Runtime"].as_str().unwrap_or_default();
    let want = if converted {
        target_runtime
    } else {
        from_runtime
    };
    if runtime != want {
        return Err(format!("runtime {runtime}, expected {want}"));
    }
    let (running, paused) = (
        c["State"]["Running"].as_bool() == Some(true),
        c["State"]["Paused"].as_bool() == Some(true),
    );
    if !running || paused != (state == "paused") {
        return Err(format!(
            "state running={running} paused={paused}, expected {state}"
        ));
    }
    let port = &c["NetworkSettings"]["Ports"]["80/tcp"];
    if port.as_array().is_none_or(|p| p.is_empty()) {
        return Err(format!("port 80 is not published: {port}"));
    }
    let mut want_vols = case.volumes.clone();
    want_vols.sort();
    if volume_names(&c) != want_vols {
        return Err(format!(
            "volumes {:?}, expected {want_vols:?}",
            volume_names(&c)
        ));
    }
    if paused {
        ok(&["unpause", &case.name]);
    }
    let sums = checksums(&case.name);
    if sums != case.sums {
        return Err(format!("bytes changed:\n{}\nnow\n{sums}", case.sums));
    }
    // Nothing left behind.
    if exists(&format!("/volumes/hvdock-convert-{}", case.id)) {
        return Err("the journal volume is left".into());
    }
    let others: Vec<String> = scope
        .containers()
        .into_iter()
        .filter_map(|i| inspect(&i))
        .map(|i| i["Name"].as_str().unwrap_or_default().to_string())
        .filter(|n| n.starts_with(&format!("/{}", case.name)) && n != &format!("/{}", case.name))
        .collect();
    if !others.is_empty() {
        return Err(format!("containers left: {others:?}"));
    }
    let layer = format!("hvdock-layer/{}:{}", case.name, &case.id[..12]);
    let layer_exists = exists(&format!("/images/{}/json", urlencode(&layer)));
    let used = c["Config"]["Image"].as_str() == Some(layer.as_str());
    if layer_exists != used {
        return Err(format!(
            "layer image {layer}: exists={layer_exists}, used={used}"
        ));
    }
    Ok(())
}

fn cleanup(case: &Case) {
    if let Some(c) = inspect(&case.name) {
        let image = c["Config"]["Image"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        api(
            "DELETE",
            &format!("/containers/{}?force=1", case.name),
            None,
        );
        if image.starts_with("hvdock-layer/") {
            api("DELETE", &format!("/images/{}", urlencode(&image)), None);
        }
    }
    for v in &case.volumes {
        api("DELETE", &format!("/volumes/{v}"), None);
    }
}

/// Kills `update --isolation=<level>` at `trigger`; returns the killed process's status.
fn killed_update(case: &Case, level: &str, trigger: Vec<String>) -> Result<(), String> {
    let proxy = KillProxy::start(trigger);
    let mut c = hvdock(&[
        "-H",
        &proxy.host(),
        "update",
        &format!("--isolation={level}"),
        &case.name,
    ]);
    c.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    let child = c.spawn().expect("spawn");
    proxy.pid.store(child.id() as i32, Ordering::SeqCst);
    let out = child.wait_with_output().expect("wait");
    if !proxy.fired.load(Ordering::SeqCst) {
        return Err(format!(
            "the kill point was never reached (exit {:?}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    use std::os::unix::process::ExitStatusExt;
    if out.status.signal() != Some(libc::SIGKILL) {
        return Err(format!("hvdock was not killed: {:?}", out.status));
    }
    Ok(())
}

/// For every kill point at once (one container each): starts a `from` container in `state`,
/// kills `update --isolation=<level>` there, lets `repair(case, step)` repair and check it, and
/// asserts that every kill point was repaired.
fn at_every_kill_point(
    scope: &Scope,
    tag: &str,
    from: &str,
    state: &str,
    level: &str,
    repair: impl Fn(&Case, &str) -> Result<(), String> + Sync,
) {
    let points = kill_points("x").len();
    let repair = &repair;
    let failures: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..points)
            .map(|i| {
                s.spawn(move || {
                    let case = start_case(scope, &format!("{tag}{i}"), from, state);
                    let (step, trigger) = kill_points(&case.id).swap_remove(i);
                    let r = killed_update(&case, level, trigger).and_then(|()| repair(&case, step));
                    cleanup(&case);
                    r.map_err(|e| format!("{from} ({state}) killed after {step}: {e}"))
                })
            })
            .collect();
        handles
            .into_iter()
            .filter_map(|h| h.join().unwrap_or_else(|_| Err("panicked".into())).err())
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One direction, every kill point, repaired by re-running the same `update --isolation`:
/// the conversion is finished.
fn rerun_finishes(from: &str, to: &str, level: &str) {
    let scope = Scope::new(&format!("kill-{from}"));
    at_every_kill_point(&scope, "k", from, "running", level, |case, _| {
        let again = run(&["update", &format!("--isolation={level}"), &case.name]);
        if again.code != 0 {
            return Err(format!("re-running failed: {}", again.stderr));
        }
        if !again
            .stderr
            .contains("Finishing the interrupted conversion")
        {
            return Err(format!(
                "re-running did not say it finishes: {}",
                again.stderr
            ));
        }
        check_recovered(&scope, case, to, from, true, "running")
    });
}

#[test]
fn killed_runc_to_runsc_is_finished_by_rerunning() {
    rerun_finishes("runc", "runsc", "hyperv");
}

#[test]
fn killed_runsc_to_runc_is_finished_by_rerunning() {
    rerun_finishes("runsc", "runc", "process");
}

/// `isolation recover` after a kill at every step of a paused container's conversion: rolled
/// back before the replacement exists, finished after; paused either way.
#[test]
fn recover_rolls_back_or_finishes_and_keeps_paused() {
    let scope = Scope::new("kill-recover");
    at_every_kill_point(&scope, "r", "runc", "paused", "hyperv", |case, step| {
        let finishes = matches!(step, "create" | "start" | "remove");
        let list = run(&["isolation", "recover", "--list"]);
        let row = list
            .stdout
            .lines()
            .find(|l| l.starts_with(&format!("{} ", case.name)))
            .unwrap_or_default()
            .to_string();
        let want = if finishes { "finish" } else { "roll back" };
        if !row.trim_end().ends_with(want) {
            return Err(format!("--list says {row:?}, expected {want}"));
        }
        let again = run(&["isolation", "recover", &case.name]);
        if again.code != 0 {
            return Err(format!("recover failed: {}", again.stderr));
        }
        check_recovered(&scope, case, "runsc", "runc", finishes, "paused")
    });
}

/// Reads hvdock's stderr line by line until a line contains `what`; returns all read so far.
fn read_until(err: &mut impl std::io::BufRead, what: &str) -> String {
    let mut all = String::new();
    let mut line = String::new();
    while err.read_line(&mut line).unwrap_or(0) > 0 {
        all.push_str(&line);
        if line.contains(what) {
            break;
        }
        line.clear();
    }
    all
}

/// Ctrl-C while the original is set aside: the rename finishes, everything is rolled back, and
/// hvdock exits 130. A second Ctrl-C stops at once (130) and leaves the journal, which
/// `isolation recover` then rolls back.
#[test]
fn ctrl_c_rolls_back_once_and_a_second_stops_at_once() {
    use std::io::BufReader;
    let scope = Scope::new("kill-sigint");
    for twice in [false, true] {
        let case = start_case(
            &scope,
            if twice { "twice" } else { "once" },
            "runc",
            "running",
        );
        let c = |rest: &str| format!("/containers/{}{rest}", case.id);
        let proxy = KillProxy::signalling(vec!["POST ".into(), c("/rename")], libc::SIGINT);
        let mut cmd = hvdock(&[
            "-H",
            &proxy.host(),
            "update",
            "--isolation=hyperv",
            &case.name,
        ]);
        cmd.stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().expect("spawn");
        proxy.pid.store(child.id() as i32, Ordering::SeqCst);
        let mut err = BufReader::new(child.stderr.take().unwrap());
        let mut said = read_until(&mut err, "Interrupted: finishing the current step");
        assert!(said.contains("Interrupted: finishing"), "{said}");
        if twice {
            unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
            said.push_str(&read_until(&mut err, "Stopped at once"));
        }
        proxy.release.store(true, Ordering::SeqCst);
        std::io::Read::read_to_string(&mut err, &mut said).unwrap();
        let status = child.wait().unwrap();
        let result = (|| {
            if status.code() != Some(130) {
                return Err(format!("exit {status:?}: {said}"));
            }
            if twice {
                if !said.contains("Stopped at once") {
                    return Err(format!("no stop at once: {said}"));
                }
                let again = run(&["isolation", "recover", &case.name]);
                if again.code != 0 || !again.stderr.contains("Rolling back") {
                    return Err(format!("recover: {}", again.stderr));
                }
            } else if !said.contains("the conversion was rolled back") {
                return Err(format!("no rollback said: {said}"));
            }
            check_recovered(&scope, &case, "runsc", "runc", false, "running")
        })();
        cleanup(&case);
        if let Err(e) = result {
            panic!("{} Ctrl-C: {e}", if twice { "two" } else { "one" });
        }
    }
}
