//! Bad input never panics and gets docker's wording and exit code: a table-driven differential
//! test against the reference client (`/usr/local/bin/docker`). Without the reference client the
//! comparison is a reported skip (a failure under CI=true), but every line must still fail cleanly
//! (non-zero, no panic, a message).

mod common;

use std::path::Path;
use std::process::Command;

use common::{normalise, output, require, Need, Scope, IMAGE};

/// One bad command line: `ENV=value` words first, then the arguments. `IMG` is the test image.
const CASES: &[&str] = &[
    "run --isolation bogus IMG",
    // unknown flags
    "run --bogus IMG",
    "ps --nope",
    "run -Z IMG",
    // ports
    "run -p notaport IMG",
    "run -p 70000:80 IMG",
    "run -p 1.2.3.4.5:80:80 IMG",
    "run -p 80-70:80 IMG",
    "run -p 8080-8081:80-83 IMG",
    "run -p 80/xyz IMG",
    "run --expose abc IMG",
    // mounts and volumes
    "run --mount type=foo,dst=/x IMG",
    "run --mount src=/a IMG",
    "run --mount type=bind,dst=/x IMG",
    "run --mount type=volume,target=/x,readonly=maybe IMG",
    "run --mount type=tmpfs,dst=/x,tmpfs-size=lots IMG",
    "run --mount bogus IMG",
    "run --mount type=bind,src=/a,dst=/b,bind-propagation=weird IMG",
    "run -v /a:/b:zz IMG",
    "run -v :/b IMG",
    "run -v a:b:c:d IMG",
    // memory sizes
    "run -m 12q IMG",
    "run -m abc IMG",
    "run --memory-swap x IMG",
    "run --memory-reservation 1zb IMG",
    "run --shm-size -5 IMG",
    // durations and integers
    "run --stop-timeout abc IMG",
    "run --health-interval 5 IMG",
    "run --health-timeout 1x IMG",
    "run --health-start-period -1s IMG",
    "logs --since 2x nothing",
    "logs --until 1x nothing",
    "logs --tail abc nothing",
    "stop -t abc nothing",
    "run --cpu-shares x IMG",
    "run --pids-limit x IMG",
    "ps -n abc",
    // ulimits
    "run --ulimit nofile IMG",
    "run --ulimit nofile=a:b IMG",
    "run --ulimit bogus=1 IMG",
    "run --ulimit nofile=10:5 IMG",
    // env and label files
    "run --env-file /nonexistent IMG",
    "run --env-file bad.env IMG",
    "run --env-file . IMG",
    "run --label-file /nonexistent IMG",
    "run --label-file bad.labels IMG",
    "run -e =x IMG",
    // DOCKER_HOST and -H
    "DOCKER_HOST=http://x ps",
    "DOCKER_HOST=tcp://h:notaport ps",
    "DOCKER_HOST=h:abc ps",
    "DOCKER_HOST=tcp://[::1 ps",
    "DOCKER_HOST=tcp://a:b:c ps",
    "DOCKER_HOST=bogus://x version",
    "DOCKER_HOST=ssh:// ps",
    "DOCKER_HOST=ssh://user@ ps",
    "DOCKER_HOST=ssh://h:abc ps",
    "DOCKER_HOST=unix:///nonexistent.sock ps",
    "-H tcp://a -H tcp://b ps",
    "-H tcp://h:notaport ps",
    // contexts
    "--context nope ps",
    "DOCKER_CONTEXT=nope ps",
    "--context ../x ps",
    "--context a/b ps",
    "--context default -H unix:///x ps",
    // templates
    "ps --format {{.ID",
    "ps --format {{.Nope}}",
    "ps --format {{end}}",
    "version --format {{.Server.Nope}}",
    "images --format {{json}}",
    "ps --format {{range.}}{{end",
    "ps --format {{template\"x\"}}",
    "info --format {{bogusfn}}",
    // restart policies, cpus, devices, hosts, addresses
    "run --restart sometimes IMG",
    "run --restart on-failure:x IMG",
    "run --rm --restart always IMG",
    "run --cpus abc IMG",
    "run --cpus -1 IMG",
    "run --device /dev/a:/dev/b:xyz IMG",
    "run --add-host nohost IMG",
    "run --add-host h:999.1.1.1 IMG",
    "run --dns notanip IMG",
    "run --ip notanip IMG",
    "run --mac-address zz IMG",
    "run --link a:b:c IMG",
    // streams, namespaces, security, misc
    "run -a bogus IMG",
    "run -d -a stdout IMG",
    "run --pid bogus IMG",
    "run --uts bogus IMG",
    "run --userns bogus IMG",
    "run --cgroupns bogus IMG",
    "run --sysctl nokey IMG",
    "run --log-opt nokey IMG",
    "run --security-opt bogus IMG",
    "run --security-opt seccomp=/nonexistent IMG",
    "run --network name=x,bogus=1 IMG",
    "run --oom-kill-disable=maybe IMG",
    "run --rm=maybe IMG",
    "run --tmpfs= IMG",
    "run --storage-opt nokey IMG",
    "create --name bad/name! IMG",
    "update --cpus abc nothing",
    "update --memory 1q nothing",
    "kill -s SIGBOGUS nothing",
    "ps --filter bogus",
    "ps --filter nope=1",
    "images --filter bogus",
    // missing arguments
    "run",
    "exec",
    "rm",
    "logs",
    "rename onlyone",
    "port",
    "top",
    "wait",
    "nosuchcommand",
    "container nosuchverb",
];

/// Lines where hvdock knowingly differs from docker 28 in its message: each is one of `CASES`,
/// fails with docker's exit code, and prints exactly the message given here.
const KNOWN_DIFFERENT: &[(&str, &str)] = &[
    // hvdock validates --isolation itself (it is its headline); docker leaves it to the daemon
    // ("Invalid isolation: ... linux only supports 'default'").
    (
        "run --isolation bogus IMG",
        "docker: invalid isolation \"bogus\": valid values are \"default\", \"process\" and \"hyperv\"\n\nRun 'docker run --help' for more information\n",
    ),
];

struct Outcome {
    code: i32,
    stdout: String,
    /// Program name normalised.
    stderr: String,
}

fn split(line: &str) -> (Vec<(String, String)>, Vec<String>) {
    let mut env = Vec::new();
    let mut args = Vec::new();
    for word in line.split(' ') {
        match word.split_once('=') {
            Some((k, v))
                if args.is_empty() && k.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') =>
            {
                env.push((k.to_string(), v.to_string()))
            }
            _ => args.push(if word == "IMG" {
                IMAGE.to_string()
            } else {
                word.to_string()
            }),
        }
    }
    (env, args)
}

/// Runs `line` with `program`, labelling anything `run`/`create` might make with `scope`.
fn run_line(program: &str, line: &str, dir: &Path, scope: &Scope) -> Outcome {
    let (env, mut args) = split(line);
    if let Some(i) = args.iter().position(|a| a == "run" || a == "create") {
        args.insert(i + 1, format!("--label={}", scope.label()));
    }
    let mut c = Command::new(program);
    c.args(&args).current_dir(dir);
    common::without_connection_env(&mut c);
    c.env("DOCKER_CONFIG", dir.join("config"));
    for (k, v) in env {
        c.env(k, v);
    }
    let r = output(c, None);
    Outcome {
        code: r.code,
        stdout: r.stdout,
        stderr: normalise(&r.stderr),
    }
}

#[test]
fn bad_input_fails_like_docker() {
    assert!(CASES.len() >= 60);
    let scope = Scope::new("bad-input");
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("config")).expect("config dir");
    std::fs::write(dir.path().join("bad.env"), "A=1\nbad key=2\n").expect("env file");
    std::fs::write(dir.path().join("bad.labels"), "l=1\nbad label=2\n").expect("label file");
    for (line, _) in KNOWN_DIFFERENT {
        assert!(
            CASES.contains(line),
            "KNOWN_DIFFERENT {line:?} is not a case"
        );
    }
    // Without the reference client: a reported skip of the comparison (a failure under CI=true);
    // the clean-failure checks still run.
    let reference = require(Need::Docker);

    let results: Vec<(&str, Outcome, Option<Outcome>)> = std::thread::scope(|s| {
        let handles: Vec<_> = CASES
            .chunks(CASES.len().div_ceil(8))
            .map(|chunk| {
                let (dir, scope) = (dir.path(), &scope);
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|line| {
                            let ours = run_line(common::bin(), line, dir, scope);
                            let theirs = reference
                                .then(|| run_line(&common::reference_docker(), line, dir, scope));
                            (*line, ours, theirs)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker"))
            .collect()
    });

    let mut failures = Vec::new();
    for (line, ours, theirs) in &results {
        if ours.stderr.contains("panicked at") || ours.code == 101 || ours.code <= 0 {
            failures.push(format!(
                "{line}: exit {} (must fail cleanly), stderr:\n{}",
                ours.code, ours.stderr
            ));
            continue;
        }
        if ours.stderr.is_empty() {
            failures.push(format!("{line}: failed without a message"));
            continue;
        }
        let Some(theirs) = theirs else { continue };
        let want = match KNOWN_DIFFERENT.iter().find(|(l, _)| l == line) {
            Some((_, message)) => (theirs.code, "", *message),
            None => (theirs.code, theirs.stdout.as_str(), theirs.stderr.as_str()),
        };
        if (ours.code, ours.stdout.as_str(), ours.stderr.as_str()) != want {
            failures.push(format!(
                "{line}:\n  want:   exit {} {:?} {:?}\n  hvdock: exit {} {:?} {:?}",
                want.0, want.1, want.2, ours.code, ours.stdout, ours.stderr
            ));
        }
    }
    assert!(
        scope.containers().is_empty(),
        "a bad command line created a container"
    );
    assert!(
        failures.is_empty(),
        "{} of {} lines differ:\n{}",
        failures.len(),
        results.len(),
        failures.join("\n")
    );
}
